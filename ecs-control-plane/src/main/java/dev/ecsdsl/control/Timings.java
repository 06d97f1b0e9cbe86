package dev.ecsdsl.control;

import java.time.Duration;

/**
 * How long the control plane's own steps take. ECS publishes no figures for these; the defaults are
 * typical of what the ECS console shows for a small task, and tests that care can set their own.
 * Container-level times (image pull, start, exit) belong to the agent.
 *
 * @param eniAttachment PROVISIONING of an awsvpc task on EC2: creating and attaching its ENI
 * @param fargateProvisioning PROVISIONING of a Fargate task: capacity and ENI
 * @param activation ACTIVATING: what ECS does before a started task counts as RUNNING
 * @param deactivation DEACTIVATING: what ECS undoes before it stops the containers
 * @param eniDetachment DEPROVISIONING of an awsvpc or Fargate task: detaching and deleting its ENI
 * @param containerStartTimeout how long a container waits for its dependencies when its definition
 *     gives no {@code startTimeout} (the agent's {@code ECS_CONTAINER_START_TIMEOUT} default, 3 minutes)
 * @param defaultStopTimeout the time between SIGTERM and SIGKILL when a container gives no
 *     {@code stopTimeout} (the agent's {@code ECS_CONTAINER_STOP_TIMEOUT} default, 30 seconds)
 */
public record Timings(
    Duration eniAttachment,
    Duration fargateProvisioning,
    Duration activation,
    Duration deactivation,
    Duration eniDetachment,
    Duration containerStartTimeout,
    Duration defaultStopTimeout) {

  /**
   * The defaults.
   *
   * @return the default timings
   */
  public static Timings defaults() {
    return new Timings(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(1),
        Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(3), Duration.ofSeconds(30));
  }

  /**
   * Checks every duration is zero or more.
   *
   * @param eniAttachment ENI attachment time
   * @param fargateProvisioning Fargate provisioning time
   * @param activation activation time
   * @param deactivation deactivation time
   * @param eniDetachment ENI detachment time
   * @param containerStartTimeout default container start timeout
   * @param defaultStopTimeout default stop timeout
   */
  public Timings {
    for (Duration d : new Duration[] {eniAttachment, fargateProvisioning, activation, deactivation,
        eniDetachment, containerStartTimeout, defaultStopTimeout}) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException("timings must be zero or positive, got " + d);
      }
    }
  }
}
