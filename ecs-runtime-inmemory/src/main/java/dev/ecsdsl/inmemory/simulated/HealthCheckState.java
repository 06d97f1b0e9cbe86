package dev.ecsdsl.inmemory.simulated;

import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.runtime.HealthStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * A container's health as Docker derives it from its health check results (moby {@code daemon/health.go},
 * {@code handleProbeResult}; ECS passes the container definition's {@code healthCheck} to Docker and maps
 * Docker's {@code starting} to {@code UNKNOWN}):
 *
 * <ul>
 *   <li>{@code UNKNOWN} (Docker's {@code starting}) until a result changes it;
 *   <li>a passing check makes it {@code HEALTHY} and resets the failing streak, whatever it was before;
 *   <li>a failing check adds to the streak, except while the container is still {@code starting} and the
 *       check began less than {@code startPeriod} after the container started: "If a health check succeeds
 *       within the startPeriod, then the container is considered healthy and any subsequent failures count
 *       toward the maximum number of retries" (ECS API, {@code HealthCheck.startPeriod});
 *   <li>a streak of {@code retries} failures makes it {@code UNHEALTHY}.
 * </ul>
 */
final class HealthCheckState {
  private final int retries;
  private final Duration startPeriod;
  private HealthStatus status = HealthStatus.UNKNOWN;
  private int failingStreak;

  HealthCheckState(HealthCheck healthCheck) {
    this.retries = healthCheck.retriesOrDefault();
    this.startPeriod = Duration.ofSeconds(healthCheck.startPeriodOrDefault());
  }

  /**
   * Records the result of a check that began {@code sinceStart} after the container started; returns the
   * new status if it changed.
   */
  Optional<HealthStatus> record(Duration sinceStart, boolean passed) {
    HealthStatus before = status;
    if (passed) {
      failingStreak = 0;
      status = HealthStatus.HEALTHY;
    } else if (status != HealthStatus.UNKNOWN || sinceStart.compareTo(startPeriod) >= 0) {
      failingStreak++;
      if (failingStreak >= retries) {
        status = HealthStatus.UNHEALTHY;
      }
    }
    return status == before ? Optional.empty() : Optional.of(status);
  }

  HealthStatus status() {
    return status;
  }
}
