package dev.ecsdsl.runtime;

/** Health of a container or a task, as ECS reports it. */
public enum HealthStatus {
  /** The health check passes. */
  HEALTHY,
  /** The health check failed {@code retries} times in a row after the start period. */
  UNHEALTHY,
  /** No health check, or no result yet. */
  UNKNOWN
}
