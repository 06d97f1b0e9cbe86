package dev.ecsdsl.runtime;

/**
 * The desired status ListTasks filters by (ECS API, {@code ListTasks.desiredStatus}). {@link #toString()} is
 * the string ECS uses and {@link #fromValue} reads it back.
 */
public enum DesiredStatus {
  /** Tasks ECS keeps running (the default of ListTasks). */
  RUNNING,
  /** Tasks ECS intends to start. */
  PENDING,
  /** Tasks that have stopped or are being stopped. */
  STOPPED;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code RUNNING}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static DesiredStatus fromValue(String value) {
    return EnumValues.fromValue(DesiredStatus.class, value);
  }
}
