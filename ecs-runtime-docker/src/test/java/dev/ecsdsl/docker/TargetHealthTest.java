package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.ServiceEvent;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Target health on Docker comes from real HTTP checks of the task's container, and the control plane acts
 * on it as it does in memory: a target whose health path stops answering 200 turns unhealthy with ELB's
 * reason, and the service replaces its task.
 */
@RequiresDocker
class TargetHealthTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private static final String CLUSTER = "health";
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private static Environment environment() {
    return DockerTesting.webVpc("health")
        .loadBalancer("alb", lb -> lb.application().subnets("subnet-a", "subnet-b").securityGroups("sg-lb")
            .listener(80, l -> l.forwardTo("web")))
        .targetGroup("web", tg -> tg.ip().port(8080).deregistrationDelay(1).healthCheck(h -> h.path("/health")
            .matcher("200-299").intervalSeconds(5).timeoutSeconds(2).healthyThresholdCount(2)
            .unhealthyThresholdCount(2)))
        .cluster(CLUSTER, c -> c.fargateCapacityProviders())
        .taskDefinition("web", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image(ENGINE.busybox()).memory(64).port(8080).command("sh", "-c",
                "mkdir -p /www && echo ok > /www/health && trap 'exit 0' TERM; httpd -f -p 8080 -h /www & wait")))
        .service("web", s -> s.cluster(CLUSTER).taskDefinition("web").desiredCount(1).fargate()
            .subnets("subnet-a").securityGroups("sg-web").loadBalancer("web", "app", 8080))
        .build();
  }

  @Test
  void aTargetWhoseHealthPathAnswers404TurnsUnhealthyAndItsTaskIsReplaced() throws Exception {
    DockerEcs ecs = ENGINE.runtime(9, environment());
    assertThat(ecs.runUntil(r -> healthy(r.describeTargetHealth("web")).isPresent(), PATIENCE)).isTrue();
    String first = healthy(ecs.describeTargetHealth("web")).orElseThrow().taskArn();
    String taskId = first.substring(first.lastIndexOf('/') + 1);

    DockerTesting.Result removed = DockerTesting.exec(ENGINE.docker(),
        DockerTesting.containerId(ENGINE.docker(), ecs.runId(), taskId, "app"), "rm", "/www/health");
    assertThat(removed.exitCode()).isZero();

    assertThat(ecs.runUntil(r -> r.describeTask(CLUSTER, first).lastStatus() == TaskStatus.STOPPED, PATIENCE))
        .as("the task is stopped: %s", ecs.timeline()).isTrue();
    Task stopped = ecs.describeTask(CLUSTER, first);
    List<String> events = ecs.describeService(CLUSTER, "web").events().stream().map(ServiceEvent::message).toList();
    assertThat(stopped.stoppedReason()).contains("Task failed ELB health checks");
    assertThat(events).anyMatch(m -> m.contains("is unhealthy in (target-group web)")
        && m.contains("Health checks failed with these codes: [404]"));
    assertThat(ecs.runUntil(r -> healthy(r.describeTargetHealth("web")).filter(t -> !t.taskArn().equals(first))
        .isPresent(), PATIENCE)).as("a replacement is healthy").isTrue();
    assertThat(ecs.listTasks(CLUSTER, TaskFilter.running().serviceName("web"))).extracting(Task::taskArn)
        .hasSize(1).doesNotContain(first);
  }

  private static Optional<TargetHealth> healthy(List<TargetHealth> targets) {
    return targets.stream().filter(TargetHealth::isHealthy).findFirst();
  }
}
