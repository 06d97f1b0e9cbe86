package dev.ecsdsl.control.api;

import dev.ecsdsl.runtime.Task;

/**
 * The faults that happen inside a container, which only the runtime's agent can cause: the simulated agent scripts
 * them, the Docker agent has a real process that decides. Each call names a task the control plane has described,
 * and a container it has.
 */
public interface ContainerFaults {
  /**
   * SIGKILL, exit code 137, as {@code docker kill}; returns once the runtime has seen the exit.
   *
   * @param cluster the cluster's name or ARN
   * @param task the task, as the control plane describes it
   * @param container the container's name, one of the task's
   * @throws IllegalStateException when the container is not running
   */
  void kill(String cluster, Task task, String container);

  /**
   * The container's process dies with {@code exitCode}; returns once the runtime has seen the exit.
   *
   * @param cluster the cluster's name or ARN
   * @param task the task, as the control plane describes it
   * @param container the container's name, one of the task's
   * @param exitCode the exit code
   * @throws UnsupportedOperationException when the runtime cannot choose a real process's exit code
   */
  void crash(String cluster, Task task, String container, int exitCode);

  /**
   * The container answers its health checks, and load balancer checks, like a hung application.
   *
   * @param cluster the cluster's name or ARN
   * @param task the task, as the control plane describes it
   * @param container the container's name, one of the task's
   * @throws UnsupportedOperationException when the runtime's containers answer for themselves
   */
  void failHealthChecks(String cluster, Task task, String container);
}
