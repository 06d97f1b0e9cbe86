package dev.ecsdsl.runtime;

/** Health of a container or a task, as ECS reports it. */
public enum HealthStatus {
  /** The health check passes. */
  HEALTHY,
  /** The health check failed {@code retries} times in a row after the start period. */
  UNHEALTHY,
  /** No health check, or no result yet. */
  UNKNOWN;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code HEALTHY}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static HealthStatus fromValue(String value) {
    return EnumValues.fromValue(HealthStatus.class, value);
  }
}
