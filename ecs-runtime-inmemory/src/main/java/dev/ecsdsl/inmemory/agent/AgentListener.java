package dev.ecsdsl.inmemory.agent;

import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.NetworkBinding;
import java.util.List;
import java.util.Optional;

/** What an {@link Agent} reports to the control plane, always on the event loop's thread. */
public interface AgentListener {

  /** The task's images are pulled and its resources ready; its containers can start. */
  void taskPrepared(String taskArn);

  /**
   * The task cannot start, e.g. {@code CannotPullContainerError: pull image manifest has been retried
   * 5 time(s): … not found}. The reason is ECS's text, prefix included.
   */
  void taskPreparationFailed(String taskArn, String reason);

  /** A container runs, with the host ports it is bound to. */
  void containerStarted(String taskArn, String containerName, List<NetworkBinding> networkBindings);

  /** A container's health check result changed. */
  void containerHealthChanged(String taskArn, String containerName, HealthStatus health);

  /**
   * A container exited (by itself, by a signal, or because it could not start). {@code reason} is set
   * when the exit was not the container's own doing, e.g. {@code OutOfMemoryError: Container killed due
   * to memory usage} or {@code CannotStartContainerError: …}.
   */
  void containerExited(String taskArn, String containerName, int exitCode, Optional<String> reason);
}
