package dev.ecsdsl.runtime;

/**
 * The status of a service (ECS API, {@code Service.status}). {@link #toString()} is
 * the string ECS uses and {@link #fromValue} reads it back.
 */
public enum ServiceStatus {
  /** The service runs and its scheduler keeps its tasks. */
  ACTIVE,
  /** DeleteService was called: its tasks are stopping. */
  DRAINING,
  /** Deleted: its tasks have stopped. */
  INACTIVE;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code ACTIVE}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static ServiceStatus fromValue(String value) {
    return EnumValues.fromValue(ServiceStatus.class, value);
  }
}
