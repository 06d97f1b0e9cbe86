package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code EcsRuntime.logs} on Docker: a container's stdout and stderr lines, while it runs and after its
 * task has stopped and its containers are removed, until the runtime is closed.
 */
@RequiresDocker
class DockerLogsTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private static final String CLUSTER = "logs";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private DockerEcs ecs;

  @BeforeEach
  void start() {
    ecs = ENGINE.runtime(7, environment());
  }

  private static Environment environment() {
    return Ecs.environment("logs")
        .cluster(CLUSTER, c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1).zones("us-east-1a")))
        .taskDefinition("report", td -> td.container("app", a -> a.image(ENGINE.busybox()).memory(64)
            .command("sh", "-c", "echo one; usleep 300000; echo two >&2; usleep 300000; echo 'three and grüße'; printf 'no newline'")))
        .taskDefinition("server", td -> td.container("app", a -> a.image(ENGINE.busybox()).memory(64)
            .command("sh", "-c", "echo listening; trap 'echo bye; exit 0' TERM; while true; do sleep 1; done")))
        .build();
  }

  private Task run(String family) {
    return ecs.ecs().runTask(RunTaskRequest.of(CLUSTER, family, 1)).tasks().get(0);
  }

  private void await(Task task, TaskStatus status) {
    ecs.await("task " + task.taskId() + " reaches " + status,
        r -> r.ecs().describeTasks(d -> d.cluster(CLUSTER).tasks(task.taskArn())).task().lastStatus() == status)
        .atMost(PATIENCE);
  }

  private void awaitContainersRemoved() {
    ecs.await("the stopped task's containers are removed",
        r -> DockerTesting.containersOf(ENGINE.docker(), ecs.runId()).isEmpty()).atMost(PATIENCE);
  }

  private List<String> logs(Task task) {
    return ecs.logs().getLogEvents(r -> r.cluster(CLUSTER).task(task.taskArn()).container("app")).messages();
  }

  @Test
  void theLinesOfAContainerAreKeptAfterItsTaskStoppedAndItsContainerIsRemoved() {
    Task task = run("report");
    await(task, TaskStatus.STOPPED);
    awaitContainersRemoved();

    assertThat(logs(task))
        .containsExactly("one", "two", "three and grüße", "no newline");
  }

  @Test
  void theLinesOfARunningContainerAreThereWhileItRunsAndItsLastWordsAfter() {
    Task task = run("server");
    await(task, TaskStatus.RUNNING);
    ecs.await("the line 'listening'", r -> logs(task).contains("listening")).atMost(PATIENCE);

    ecs.ecs().stopTask(r -> r.cluster(CLUSTER).task(task.taskArn()).reason("done"));
    await(task, TaskStatus.STOPPED);
    awaitContainersRemoved();

    assertThat(logs(task)).isEqualTo(List.of("listening", "bye"));
  }
}
