package dev.ecsdsl.runtime;

/**
 * The last known status of a container of a task (ECS API, {@code Container.lastStatus}). {@link #toString()} is
 * the string ECS uses and {@link #fromValue} reads it back.
 */
public enum ContainerStatus {
  /** The container has not started yet. */
  PENDING,
  /** The container runs (also while it is being stopped). */
  RUNNING,
  /** The container has exited or never started. */
  STOPPED;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code PENDING}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static ContainerStatus fromValue(String value) {
    return EnumValues.fromValue(ContainerStatus.class, value);
  }
}
