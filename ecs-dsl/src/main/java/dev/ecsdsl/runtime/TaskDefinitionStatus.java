package dev.ecsdsl.runtime;

/**
 * The status of a task definition revision (ECS API, {@code TaskDefinition.status}). {@link #toString()} is
 * the string ECS uses and {@link #fromValue} reads it back.
 */
public enum TaskDefinitionStatus {
  /** New tasks and services may use it. */
  ACTIVE,
  /** Deregistered: running tasks and services go on, new ones are refused. */
  INACTIVE,
  /** DeleteTaskDefinitions was called on the INACTIVE revision. */
  DELETE_IN_PROGRESS;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code ACTIVE}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static TaskDefinitionStatus fromValue(String value) {
    return EnumValues.fromValue(TaskDefinitionStatus.class, value);
  }
}
