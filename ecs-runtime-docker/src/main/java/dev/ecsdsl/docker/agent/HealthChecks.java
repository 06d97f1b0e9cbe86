package dev.ecsdsl.docker.agent;

import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.runtime.HealthStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * ECS health checks as Docker runs them. The command keeps its {@code CMD} / {@code CMD-SHELL} form (Docker's
 * own); interval, timeout, retries and start period take ECS's defaults when unset and become nanoseconds,
 * as the ECS agent passes them to Docker.
 */
final class HealthChecks {
  private HealthChecks() {}

  /** Docker's {@code Healthcheck} for an ECS health check. */
  static com.github.dockerjava.api.model.HealthCheck toDocker(HealthCheck check) {
    return new com.github.dockerjava.api.model.HealthCheck()
        .withTest(check.command())
        .withInterval(nanos(check.intervalOrDefault()))
        .withTimeout(nanos(check.timeoutOrDefault()))
        .withRetries(check.retriesOrDefault())
        .withStartPeriod(nanos(check.startPeriodOrDefault()));
  }

  /**
   * ECS's status for Docker's {@code State.Health.Status} (or a {@code health_status: …} event's status):
   * {@code healthy} and {@code unhealthy} map; {@code starting} and {@code none} say nothing new.
   */
  static Optional<HealthStatus> fromDocker(String status) {
    if (status == null) {
      return Optional.empty();
    }
    return switch (status.strip()) {
      case "healthy" -> Optional.of(HealthStatus.HEALTHY);
      case "unhealthy" -> Optional.of(HealthStatus.UNHEALTHY);
      default -> Optional.empty();
    };
  }

  private static long nanos(int seconds) {
    return Duration.ofSeconds(seconds).toNanos();
  }
}
