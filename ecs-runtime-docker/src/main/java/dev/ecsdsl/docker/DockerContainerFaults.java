package dev.ecsdsl.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import dev.ecsdsl.docker.agent.DockerLabels;
import dev.ecsdsl.control.api.ContainerFaults;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.Task;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a test can do to a real container: kill it. Its exit code and its health checks are its own process's,
 * so a crash with a chosen code and failing health checks are refused, saying what to do instead.
 */
final class DockerContainerFaults implements ContainerFaults {
  /** How long a killed container's exit may take to reach the control plane (the engine's events, then the loop). */
  private static final Duration EXIT_SEEN = Duration.ofSeconds(30);

  private final DockerClient docker;
  private final String runId;
  private final EcsRuntime runtime;

  DockerContainerFaults(DockerClient docker, String runId, EcsRuntime runtime) {
    this.docker = docker;
    this.runId = runId;
    this.runtime = runtime;
  }

  /** {@code docker kill} of the task's container (found by the run's labels), then waits for ECS to see its exit. */
  @Override
  public void kill(String cluster, Task task, String container) {
    List<Container> running = docker.listContainersCmd().withLabelFilter(Map.of(DockerLabels.RUN, runId,
        DockerLabels.ECS_TASK_ARN, task.taskArn(), DockerLabels.ECS_CONTAINER_NAME, container)).exec();
    if (running.isEmpty()) {
      throw new IllegalStateException("container " + container + " of task " + task.taskArn() + " is not running");
    }
    docker.killContainerCmd(running.get(0).getId()).exec();
    runtime.await("container " + container + " of task " + task.taskId() + " to have exited after docker kill",
        r -> r.ecs().describeTasks(d -> d.cluster(cluster).tasks(task.taskArn())).task().container(container)
            .exitCode().isPresent()).atMost(EXIT_SEEN);
  }

  @Override
  public void crash(String cluster, Task task, String container, int exitCode) {
    throw new UnsupportedOperationException("crashContainer is not possible on Docker: container " + container
        + " of task " + task.taskId() + " is a real process that decides its own exit code. Use killContainer "
        + "(SIGKILL, exit code 137), give the container a command that exits with " + exitCode
        + ", or script the crash on the in-memory runtime");
  }

  @Override
  public void failHealthChecks(String cluster, Task task, String container) {
    throw new UnsupportedOperationException("failHealthChecks is not possible on Docker: container " + container
        + " of task " + task.taskId() + " is a real process that answers its own health checks. Give it a health "
        + "check command or endpoint that fails, or script the failure on the in-memory runtime");
  }
}
