package dev.ecsdsl.control.agent;

import dev.ecsdsl.model.ElbProtocol;
import java.time.Duration;
import java.util.Objects;

/**
 * One health check a load balancer makes of a target that a container of a task serves, with the target
 * group's settings.
 *
 * @param taskArn the task
 * @param containerName the container registered as the target
 * @param targetId ELB's id of the target: the task's ENI address (target type ip) or the EC2 instance
 * @param port the port checked: the group's health-check port, else the target's traffic port (the
 *     container port for ip targets, the host port for instance targets)
 * @param protocol HTTP, HTTPS or TCP (the check's, else the group's)
 * @param path the HTTP path
 * @param matcher the HTTP success codes, e.g. {@code 200}, {@code 200-299} or {@code 200,302}
 * @param timeout how long the target may take to answer
 */
public record TargetCheck(String taskArn, String containerName, String targetId, int port, ElbProtocol protocol,
    String path, String matcher, Duration timeout) {
  /**
   * Checks the components.
   *
   * @param taskArn the task's ARN, not null
   * @param containerName the container's name, not null
   * @param targetId the target's id, not null
   * @param port the port, 1-65535
   * @param protocol the protocol, not null
   * @param path the HTTP path, not null
   * @param matcher the success codes, not null
   * @param timeout the timeout, positive
   */
  public TargetCheck {
    Objects.requireNonNull(taskArn, "taskArn");
    Objects.requireNonNull(containerName, "containerName");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * Whether {@code status} is one of the matcher's codes ({@code 200}, {@code 200-299}, {@code 200,302}).
   *
   * @param status the HTTP status code of the answer
   * @return true when it matches
   */
  public boolean matches(int status) {
    for (String part : matcher.split(",")) {
      String code = part.strip();
      int dash = code.indexOf('-');
      try {
        if (dash < 0 ? Integer.parseInt(code) == status
            : status >= Integer.parseInt(code.substring(0, dash).strip())
                && status <= Integer.parseInt(code.substring(dash + 1).strip())) {
          return true;
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("health check matcher '" + matcher + "' is not a list of HTTP codes "
            + "or ranges, e.g. 200 or 200-299", e);
      }
    }
    return false;
  }
}
