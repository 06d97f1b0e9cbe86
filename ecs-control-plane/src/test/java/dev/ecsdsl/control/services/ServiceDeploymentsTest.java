package dev.ecsdsl.control.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.control.TestAgent;
import dev.ecsdsl.control.TestLoop;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Service deployments and revisions as ECS records them (developer guide, "View service history using Amazon ECS
 * service deployments"): each deployment takes the service from its source revisions to a target revision and
 * moves through PENDING, IN_PROGRESS and one of the completed statuses; the deployments array of DescribeServices
 * follows from them.
 */
class ServiceDeploymentsTest {
  private static final Duration MINUTES = Duration.ofMinutes(10);
  private final TestLoop loop = new TestLoop();
  private final TestAgent agent = new TestAgent();
  private final ControlPlane plane = new ControlPlane(loop, agent, 5, Timings.defaults());

  private static EnvironmentBuilder web(boolean rollback) {
    EnvironmentBuilder builder = Ecs.environment("deployments")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(2)
            .zones("us-east-1a", "us-east-1b")));
    for (String version : List.of("1", "2", "3")) {
      builder.taskDefinition("web", td -> td.container("app", a -> a.image("web:" + version).memory(256)
          .healthCheck("true", q -> q.interval(10).timeout(5).retries(3).startPeriod(0))));
    }
    return builder.service("web", s -> s.cluster("prod").taskDefinition("web:1").desiredCount(3).ec2()
        .circuitBreaker(rollback));
  }

  private List<ServiceDeployment> deployments() {
    return plane.services().serviceDeployments("prod", "web");
  }

  private void update(String revision) {
    plane.services().updateService(UpdateServiceRequest.builder().cluster("prod").service("web")
        .taskDefinition(revision).build());
  }

  @Test
  void eachDeploymentTakesTheServiceFromItsSourceRevisionsToItsTarget() {
    plane.deploy(web(true).build());
    assertThat(deployments()).singleElement().satisfies(d ->
        assertThat(d.status()).isEqualTo(ServiceDeploymentStatus.IN_PROGRESS));
    loop.advance(MINUTES);

    update("web:2");
    ServiceDeployment second = deployments().get(1);
    assertThat(second.status()).isEqualTo(ServiceDeploymentStatus.IN_PROGRESS);
    loop.advance(MINUTES);

    ServiceDeployment first = deployments().get(0);
    assertThat(first.status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(first.sources()).isEmpty();
    assertThat(first.target().taskDefinitionArn()).endsWith("web:1");
    assertThat(second.status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(second.sources()).containsExactly(first.target());
    assertThat(second.target().taskDefinitionArn()).endsWith("web:2");
    assertThat(second.target().containerImages()).containsExactly(new ServiceRevision.ContainerImage("app", "web:2"));
    assertThat(second.arn()).startsWith("arn:aws:ecs:us-east-1:123456789012:service-deployment/prod/web/");
    assertThat(second.target().arn()).startsWith("arn:aws:ecs:us-east-1:123456789012:service-revision/prod/web/");
    assertThat(second.circuitBreakerStatus()).isEqualTo(CircuitBreakerStatus.MONITORING_COMPLETE);
    assertThat(second.finishedAt()).isPresent();
    assertThat(plane.services().describeService("prod", "web").deployments()).singleElement()
        .satisfies(d -> assertThat(d.taskDefinition()).isEqualTo(second.target().taskDefinitionArn()));
  }

  @Test
  void aNewerDeploymentStopsTheOneInProgress() {
    plane.deploy(web(true).build());
    loop.advance(MINUTES);
    update("web:2");
    update("web:3");

    assertThat(deployments()).extracting(ServiceDeployment::status).containsExactly(
        ServiceDeploymentStatus.SUCCESSFUL, ServiceDeploymentStatus.STOPPED, ServiceDeploymentStatus.IN_PROGRESS);
    assertThat(deployments().get(1).stoppedAt()).isPresent();
  }

  /** Developer guide, "How the Amazon ECS deployment circuit breaker detects failures". */
  @Test
  void aTrippedBreakerRollsBackToTheLastCompletedRevision() {
    agent.failing.add("web:2");
    plane.deploy(web(true).build());
    loop.advance(MINUTES);

    update("web:2");
    loop.advance(Duration.ofMinutes(30));

    ServiceDeployment failed = deployments().get(1);
    assertThat(failed.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
    assertThat(failed.circuitBreakerStatus()).isEqualTo(CircuitBreakerStatus.TRIGGERED);
    assertThat(failed.circuitBreakerFailureCount()).isGreaterThanOrEqualTo(failed.circuitBreakerThreshold());
    assertThat(failed.rollback()).hasValueSatisfying(r -> {
      assertThat(r.serviceRevisionArn()).isEqualTo(deployments().get(0).target().arn());
      assertThat(r.reason()).startsWith("ECS deployment circuit breaker:");
    });
    assertThat(plane.services().describeService("prod", "web").deployments()).singleElement()
        .satisfies(d -> assertThat(d.taskDefinition()).endsWith("web:1"));
  }

  @Test
  void withoutRollbackATrippedBreakerStopsTheDeployment() {
    agent.failing.add("web:2");
    plane.deploy(web(false).build());
    loop.advance(MINUTES);

    update("web:2");
    loop.advance(Duration.ofMinutes(30));

    assertThat(deployments().get(1).status()).isEqualTo(ServiceDeploymentStatus.STOPPED);
    assertThat(deployments().get(1).statusReason()).hasValueSatisfying(r ->
        assertThat(r).startsWith("ECS deployment circuit breaker:"));
  }
}
