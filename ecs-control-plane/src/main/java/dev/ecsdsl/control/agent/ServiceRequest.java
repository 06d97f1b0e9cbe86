package dev.ecsdsl.control.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * One request a Service Connect proxy forwards to a container of a task: the port mapping the endpoint names and
 * the request's path.
 *
 * @param taskArn the task that serves the endpoint
 * @param containerName the container whose port mapping the endpoint names
 * @param containerPort that port mapping's container port
 * @param path the request's path, e.g. {@code /orders/1}
 * @param timeout how long the proxy waits for the answer (zero: no limit); an agent that answers for real may stop
 *     waiting then, answering with a latency of at least the timeout
 */
public record ServiceRequest(String taskArn, String containerName, int containerPort, String path,
    Duration timeout) {
  /**
   * Checks the components.
   *
   * @param taskArn the task's ARN, not null
   * @param containerName the container's name, not null
   * @param containerPort the container port
   * @param path the path, not null
   * @param timeout not null, not negative
   */
  public ServiceRequest {
    Objects.requireNonNull(taskArn, "taskArn");
    Objects.requireNonNull(containerName, "containerName");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
    }
  }
}
