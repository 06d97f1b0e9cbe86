package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.control.services.HookResponse;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.control.services.ServiceDeploymentStatus;
import dev.ecsdsl.json.DeploymentStrategyFiles;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The create-service inputs of a BLUE_GREEN, a LINEAR and a CANARY service (ecs-dsl's test resources
 * {@code json/deployments}, written as the developer guide and API reference show them) import, run, and carry a
 * new task definition revision through a completed deployment: every lifecycle stage to CLEAN_UP, the new revision
 * at the desired count, all production traffic on it.
 */
class DeploymentStrategyFilesRunTest {
  private static final String HOOK = "arn:aws:lambda:us-west-2:123456789012:function:checkout-smoke-test";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"service-blue-green.json", "service-linear.json", "service-canary.json"})
  void eachStrategyRunsToACompletedDeploymentOfANewRevision(String file) {
    Service service = DeploymentStrategyFiles.service(file);
    try (InMemoryEcs ecs = InMemoryEcs.create(31)) {
      ecs.deploy(DeploymentStrategyFiles.description().build());
      ecs.serviceDeployments().lifecycleHooks().register(HOOK, invocation -> {
        assertThat(invocation.hookDetails()).hasValueSatisfying(d ->
            assertThat(d.json().get("TEST_PATH").asText()).isEqualTo("/health"));
        return HookResponse.succeeded();
      });
      ecs.await(Conditions.serviceSteady("checkout", service.serviceName())).atMost(Duration.ofMinutes(10));
      String revision = ecs.ecs().registerTaskDefinition(q -> q.taskDefinition(EcsJson
          .readTaskDefinition("checkout-task.json",
          DeploymentStrategyFiles.text("checkout-task.json")).value())).taskDefinition().taskDefinitionArn();

      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("checkout").service(service.serviceName())
          .taskDefinition(revision).build());
      ecs.clock().advance(Duration.ofHours(3));

      List<ServiceDeployment> deployments = ecs.serviceDeployments().list("checkout", service.serviceName(),
          List.of(), Optional.empty(), Optional.empty());
      ServiceDeployment latest = deployments.get(0);
      assertThat(latest.status()).as("%s: %s at %s; %s", file, latest.statusReason(), latest.lifecycleStage(),
          ecs.ecs().describeServices(q -> q.cluster("checkout").services(service.serviceName())).service().events()
              .stream().limit(6).toList())
          .isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
      assertThat(latest.lifecycleStage()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("CLEAN_UP"));
      assertThat(latest.productionTrafficWeight()).contains(100.0);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "checkout", TaskFilter.running().serviceName(service.serviceName())))
          .hasSize(service.desiredCount().orElseThrow())
          .allSatisfy(t -> assertThat(t.taskDefinitionArn()).isEqualTo(revision));
      String rule = service.loadBalancers().get(0).advancedConfiguration().orElseThrow().productionListenerRule()
          .orElseThrow();
      assertThat(ecs.forwardWeights(rule)).containsValue(100.0).hasSize(2);
    }
  }
}
