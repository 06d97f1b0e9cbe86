package dev.ecsdsl.control.agent;

import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.NetworkBinding;
import java.util.List;
import java.util.Optional;

/** What an {@link Agent} reports to the control plane, always on the event loop's thread. */
public interface AgentListener {

  /**
   * The task's images are pulled and its resources ready; its containers can start.
   *
   * @param taskArn the task's ARN
   */
  void taskPrepared(String taskArn);

  /**
   * The task cannot start, e.g. {@code CannotPullContainerError: pull image manifest has been retried
   * 5 time(s): … not found}. The reason is ECS's text, prefix included.
   *
   * @param taskArn the task's ARN
   * @param reason the stopped reason, prefix included
   */
  void taskPreparationFailed(String taskArn, String reason);

  /**
   * A container runs, with the host ports it is bound to.
   *
   * @param taskArn the task's ARN
   * @param containerName the container's name in the task definition
   * @param networkBindings the host ports bound, one per port mapping
   */
  void containerStarted(String taskArn, String containerName, List<NetworkBinding> networkBindings);

  /**
   * A container's health check result changed.
   *
   * @param taskArn the task's ARN
   * @param containerName the container's name in the task definition
   * @param health the new health status
   */
  void containerHealthChanged(String taskArn, String containerName, HealthStatus health);

  /**
   * A container exited (by itself, by a signal, or because it could not start). {@code reason} is set
   * when the exit was not the container's own doing, e.g. {@code OutOfMemoryError: Container killed due
   * to memory usage} or {@code CannotStartContainerError: …}.
   *
   * @param taskArn the task's ARN
   * @param containerName the container's name in the task definition
   * @param exitCode the exit code
   * @param reason why it exited, when that was not the container's own doing
   */
  void containerExited(String taskArn, String containerName, int exitCode, Optional<String> reason);
}
