package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.ServiceEvent;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.waiters.Condition;
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
    ecs.await("a healthy target", r -> healthy(targets(r)).isPresent()).atMost(PATIENCE);
    String first = healthy(targets(ecs)).orElseThrow().taskArn();
    String taskId = first.substring(first.lastIndexOf('/') + 1);

    DockerTesting.Result removed = DockerTesting.exec(ENGINE.docker(),
        DockerTesting.containerId(ENGINE.docker(), ecs.runId(), taskId, "app"), "rm", "/www/health");
    assertThat(removed.exitCode()).isZero();

    ecs.await(Condition.of("the task is stopped", r -> task(r, first).lastStatus() == TaskStatus.STOPPED,
        r -> r.events().timeline())).atMost(PATIENCE);
    Task stopped = task(ecs, first);
    List<String> events = ecs.ecs().describeServices(d -> d.cluster(CLUSTER).services("web")).service().events()
        .stream().map(ServiceEvent::message).toList();
    assertThat(stopped.stoppedReason()).contains("Task failed ELB health checks");
    assertThat(events).anyMatch(m -> m.contains("is unhealthy in (target-group web)")
        && m.contains("Health checks failed with these codes: [404]"));
    ecs.await("a replacement is healthy", r -> healthy(targets(r)).filter(t -> !t.taskArn().equals(first))
        .isPresent()).atMost(PATIENCE);
    assertThat(ListAndDescribe.tasks(ecs.ecs(), CLUSTER, TaskFilter.running().serviceName("web")))
        .extracting(Task::taskArn).hasSize(1).doesNotContain(first);
  }

  private static List<TargetHealth> targets(EcsRuntime runtime) {
    return runtime.elb().describeTargetHealth(d -> d.targetGroupArn("web")).targetHealthDescriptions();
  }

  private static Task task(EcsRuntime runtime, String taskArn) {
    return runtime.ecs().describeTasks(d -> d.cluster(CLUSTER).tasks(taskArn)).task();
  }

  private static Optional<TargetHealth> healthy(List<TargetHealth> targets) {
    return targets.stream().filter(TargetHealth::isHealthy).findFirst();
  }
}
