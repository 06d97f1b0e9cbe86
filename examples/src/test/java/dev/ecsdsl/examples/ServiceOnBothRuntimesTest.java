package dev.ecsdsl.examples;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.Service;
import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same test on either runtime (in memory by default, real containers with {@code -Decs.runtime=docker}):
 * a service of two tasks spreads over two zones, and replaces a task that someone stops. On Docker its image
 * is the project's busybox, built locally; in memory any name does. The description depends on the runtime,
 * so the test deploys it itself, on the runtime the extension gives it, instead of through {@code @Deploy}.
 */
@EcsTest(seed = 11)
class ServiceOnBothRuntimesTest {
  private static final Duration PATIENCE = Duration.ofMinutes(2);
  EcsRuntime ecs;

  static Environment environment(String image) {
    return Ecs.environment("both")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(2)
            .zones("us-east-1a", "us-east-1b")))
        .taskDefinition("web", td -> td.ec2().container("app", a -> a.image(image).memoryReservation(64)
            .command("sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done")))
        .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(2).ec2())
        .build();
  }

  @BeforeEach
  void deploy() {
    String image = ecs instanceof DockerEcs docker ? TestImages.busybox(docker.docker()) : "example/web:1";
    ecs.deploy(environment(image));
  }

  @Test
  void twoTasksSpreadOverBothZones(@Service("web") ServiceHandle web) {
    web.awaitSteady(PATIENCE);

    assertThat(web).isSteady().hasRunningCount(2).tasksSpreadAcross("ecs.availability-zone").allTasksHealthy();
  }

  @Test
  void aStoppedTaskIsReplaced(@Service("web") ServiceHandle web) {
    web.awaitSteady(PATIENCE);
    Task stopped = web.runningTasks().get(0);

    ecs.ecs().stopTask(r -> r.cluster("prod").task(stopped.taskArn()).reason("chaos"));
    web.awaitSteady(PATIENCE);
    // the replacement may be RUNNING before the stopped task's container has exited (SIGTERM, then cleanup)
    ecs.await("the stopped task STOPPED", r -> task(r, stopped.taskArn()).lastStatus() == TaskStatus.STOPPED)
        .atMost(PATIENCE);

    assertThat(task(ecs, stopped.taskArn())).isStopped().stoppedWith(StopCode.UserInitiated);
    assertThat(web).hasRunningCount(2);
    assertThat(web.runningTasks()).extracting(Task::taskArn).doesNotContain(stopped.taskArn());
  }

  private static Task task(EcsRuntime runtime, String taskArn) {
    return runtime.ecs().describeTasks(r -> r.cluster("prod").tasks(taskArn)).task();
  }
}
