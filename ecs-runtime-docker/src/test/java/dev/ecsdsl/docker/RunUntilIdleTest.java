package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code runUntilIdle} on Docker waits for the agent's Docker calls too, not only for the control plane's
 * scheduled work: while an image is checked or pulled and a container created, nothing is scheduled on the
 * loop. (A container's own exit comes from outside, like a user's call, and is not waited for.)
 */
@RequiresDocker
class RunUntilIdleTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private static final String CLUSTER = "idle";
  private static final Duration LIMIT = Duration.ofSeconds(60);

  private static Environment environment() {
    return Ecs.environment("idle")
        .cluster(CLUSTER, c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1).zones("us-east-1a")))
        .taskDefinition("server", td -> td.container("app", a -> a.image(ENGINE.busybox()).memory(64)
            .command("sh", "-c", DockerTesting.RUNS_UNTIL_STOPPED)))
        .taskDefinition("absent", td -> td.container("app", a -> a.image("ecs-dsl/absent:1").memory(64)))
        .build();
  }

  @Test
  void aTaskWhoseContainerKeepsRunningIsRunningWhenTheRuntimeIsIdle() {
    DockerEcs ecs = ENGINE.runtime(3, environment());
    Task task = ecs.ecs().runTask(RunTaskRequest.of(CLUSTER, "server", 1)).tasks().get(0);

    Duration waited = ecs.clock().runUntilIdle(LIMIT);

    assertThat(waited).isLessThan(LIMIT);
    assertThat(describe(ecs, task).lastStatus()).isEqualTo(TaskStatus.RUNNING);
  }

  @Test
  void aTaskWhoseImageCannotBePulledIsStoppedWhenTheRuntimeIsIdle() {
    DockerEcs ecs = ENGINE.runtime(3, environment());
    Task task = ecs.ecs().runTask(RunTaskRequest.of(CLUSTER, "absent", 1)).tasks().get(0);

    ecs.clock().runUntilIdle(LIMIT);

    Task stopped = describe(ecs, task);
    assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
    assertThat(stopped.stoppedReason()).hasValueSatisfying(r -> assertThat(r).contains("CannotPullContainerError"));
  }

  private static Task describe(DockerEcs ecs, Task task) {
    return ecs.ecs().describeTasks(d -> d.cluster(CLUSTER).tasks(task.taskArn())).task();
  }
}
