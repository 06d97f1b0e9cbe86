package dev.ecsdsl.runtime;

/**
 * The states of a task's life, in order (ECS developer guide, "Amazon ECS task lifecycle"). A task's
 * {@code desiredStatus} is RUNNING or STOPPED; its {@code lastStatus} moves through these states and never
 * back.
 */
public enum TaskStatus {
  /** ECS is preparing what the task needs before it can start, e.g. attaching its ENI (awsvpc). */
  PROVISIONING,
  /** The agent is pulling images and preparing the containers. */
  PENDING,
  /** The containers run; ECS is doing what it does before the task counts as running. */
  ACTIVATING,
  /** The task runs. */
  RUNNING,
  /** ECS is undoing what activation did, e.g. deregistering from target groups. */
  DEACTIVATING,
  /** The containers are being stopped. */
  STOPPING,
  /** ECS is releasing what provisioning attached, e.g. the ENI. */
  DEPROVISIONING,
  /** The task has stopped. */
  STOPPED;

  /**
   * Whether this state comes after {@code other}.
   *
   * @param other another state
   * @return whether this state is later in a task's life
   */
  public boolean isAfter(TaskStatus other) {
    return compareTo(other) > 0;
  }

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code RUNNING}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static TaskStatus fromValue(String value) {
    return EnumValues.fromValue(TaskStatus.class, value);
  }
}
