package dev.ecsdsl.docker.agent;

import dev.ecsdsl.inmemory.agent.TaskLaunch;

/**
 * Names of what the agent creates. They include the run id, because task ids repeat across runtimes made
 * with the same seed. ECS container names cannot contain a dot, so the pause container's cannot clash.
 */
final class DockerNames {
  private DockerNames() {}

  /** The network of a run: {@code ecs-dsl-<runId>}. */
  static String network(String runId) {
    return "ecs-dsl-" + runId;
  }

  /** A task's container: {@code ecs-dsl-<runId>-<taskId>-<container>}. */
  static String container(String runId, TaskLaunch task, String containerName) {
    return "ecs-dsl-" + runId + "-" + task.taskId() + "-" + containerName;
  }

  /** A task's pause container: {@code ecs-dsl-<runId>-<taskId>.pause}. */
  static String pause(String runId, TaskLaunch task) {
    return "ecs-dsl-" + runId + "-" + task.taskId() + ".pause";
  }
}
