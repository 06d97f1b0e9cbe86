package dev.ecsdsl.docker.endpoints;

import dev.ecsdsl.runtime.Task;
import java.util.Optional;

/**
 * The control plane's view of a task (its desired and known status, its containers' statuses), which the
 * task metadata endpoint serves and the agent does not hold.
 */
@FunctionalInterface
public interface TaskDescriptions {
  /** Knows no task: metadata then carries what the agent knows alone. */
  TaskDescriptions NONE = (cluster, taskArn) -> Optional.empty();

  /**
   * The task as DescribeTasks would show it now; empty when unknown. Called from endpoint threads.
   *
   * @param cluster the cluster's name
   * @param taskArn the task's ARN
   * @return the task, or empty
   */
  Optional<Task> describe(String cluster, String taskArn);
}
