package dev.ecsdsl.inmemory.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.control.services.HookResponse;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.runtime.EventBridgeEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ECS's "ECS Deployment State Change" EventBridge events (developer guide, "Amazon ECS service deployment state
 * change events"): SERVICE_DEPLOYMENT_IN_PROGRESS when a deployment (or its rollback) starts,
 * SERVICE_DEPLOYMENT_COMPLETED when the service is steady on it, SERVICE_DEPLOYMENT_FAILED when it fails; the
 * envelope's detail-type, source aws.ecs, account, region, time and the service ARN in resources.
 */
class DeploymentStateChangeEventsTest {
  private static List<String> names(InMemoryEcs ecs) {
    return ecs.events().eventBridge().stream().map(e -> e.detail().get("eventName") + " " + e.detail()
        .get("deploymentId")).toList();
  }

  @Test
  void aBlueGreenDeploymentSendsInProgressThenCompletedWithEcsEnvelope() {
    try (InMemoryEcs ecs = InMemoryEcs.create(5)) {
      ecs.deploy(GreenTargetHealthTest.shop());
      ecs.clock().advance(Duration.ofMinutes(5));
      ecs.ecs().updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2"));
      ecs.clock().advance(Duration.ofMinutes(30));

      List<EventBridgeEvent> events = ecs.events().eventBridge();
      assertThat(events).extracting(e -> e.detail().get("eventName")).containsExactly(
          "SERVICE_DEPLOYMENT_IN_PROGRESS", "SERVICE_DEPLOYMENT_COMPLETED", "SERVICE_DEPLOYMENT_IN_PROGRESS",
          "SERVICE_DEPLOYMENT_COMPLETED");
      EventBridgeEvent completed = events.get(3);
      String serviceArn = ecs.ecs().describeServices(r -> r.cluster("prod").services("web")).services().get(0)
          .serviceArn();
      assertThat(completed.detailType()).isEqualTo("ECS Deployment State Change");
      assertThat(completed.source()).isEqualTo("aws.ecs");
      assertThat(completed.resources()).containsExactly(serviceArn);
      assertThat(serviceArn).startsWith("arn:aws:ecs:" + completed.region() + ":" + completed.account() + ":");
      String id = completed.detail().get("deploymentId");
      assertThat(id).startsWith("ecs-svc/");
      assertThat(completed.detail()).containsEntry("eventType", "INFO")
          .containsEntry("reason", "ECS deployment " + id + " completed.")
          .containsEntry("updatedAt", completed.time().toString());
      assertThat(events.get(2).detail()).containsEntry("reason", "ECS deployment " + id + " in progress.");
      assertThat(completed.toJson()).contains("\"detail-type\":\"ECS Deployment State Change\"",
          "\"source\":\"aws.ecs\"", "\"eventName\":\"SERVICE_DEPLOYMENT_COMPLETED\"");
    }
  }

  @Test
  void aFailedDeploymentSendsFailedThenTheRollbacksInProgressAndCompleted() {
    try (InMemoryEcs ecs = InMemoryEcs.create(5)) {
      ecs.deploy(GreenTargetHealthTest.shop());
      ecs.clock().advance(Duration.ofMinutes(5));
      ecs.behaviour("web:2", "app", ContainerBehaviour.failsToStart("exec format error"));
      ecs.ecs().updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2"));
      ecs.clock().advance(Duration.ofMinutes(30));
      List<String> names = names(ecs);
      String first = names.get(0).substring(names.get(0).indexOf(' ') + 1);
      String second = names.get(2).substring(names.get(2).indexOf(' ') + 1);
      assertThat(names).startsWith("SERVICE_DEPLOYMENT_IN_PROGRESS " + first,
          "SERVICE_DEPLOYMENT_COMPLETED " + first, "SERVICE_DEPLOYMENT_IN_PROGRESS " + second);
      assertThat(names).contains("SERVICE_DEPLOYMENT_FAILED " + second);
      assertThat(names).endsWith("SERVICE_DEPLOYMENT_IN_PROGRESS " + first, "SERVICE_DEPLOYMENT_COMPLETED " + first);
      EventBridgeEvent rollback = ecs.events().eventBridge().get(names.size() - 2);
      assertThat(rollback.detail().get("reason")).isEqualTo("ECS deployment circuit breaker: rolling back to"
          + " deploymentId " + first + ".");
      assertThat(ecs.events().eventBridge().stream().filter(e -> e.detail().get("eventType").equals("ERROR")))
          .singleElement().satisfies(e -> assertThat(e.detail().get("reason"))
              .startsWith("ECS deployment circuit breaker:"));
    }
  }

  @Test
  void theSameSeedSendsTheSameEvents() {
    List<String> json = new java.util.ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try (InMemoryEcs ecs = InMemoryEcs.create(9)) {
        ecs.deploy(GreenTargetHealthTest.shop());
        ecs.clock().advance(Duration.ofMinutes(5));
        ecs.serviceDeployments().lifecycleHooks().register("none", i -> HookResponse.succeeded());
        ecs.ecs().updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2"));
        ecs.clock().advance(Duration.ofMinutes(30));
        json.add(ecs.events().eventBridge().stream().map(EventBridgeEvent::toJson).toList().toString());
      }
    }
    assertThat(json.get(0)).isEqualTo(json.get(1)).contains("SERVICE_DEPLOYMENT_COMPLETED");
  }
}
