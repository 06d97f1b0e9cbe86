package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container health check, run by the agent inside the container. ECS API: {@code HealthCheck}. Defaults
 * and ranges as ECS documents them: interval 30 s (5–300), timeout 5 s (2–60), retries 3 (1–10),
 * startPeriod 0 s (0–300).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealthCheck.class)
@JsonDeserialize(as = ImmutableHealthCheck.class)
public interface HealthCheck {
  /** {@return {@code ["CMD", ...]} or {@code ["CMD-SHELL", "..."]}} */
  List<String> command();

  /** {@return seconds between checks} */
  Optional<Integer> interval();

  /** {@return seconds a check may take before it counts as failed} */
  Optional<Integer> timeout();

  /** {@return the consecutive failures before the container is UNHEALTHY} */
  Optional<Integer> retries();

  /** {@return the grace period in seconds during which failures do not count} */
  Optional<Integer> startPeriod();

  /** {@return the interval, 30 s when unset} */
  default int intervalOrDefault() {
    return interval().orElse(30);
  }

  /** {@return the timeout, 5 s when unset} */
  default int timeoutOrDefault() {
    return timeout().orElse(5);
  }

  /** {@return the retries, 3 when unset} */
  default int retriesOrDefault() {
    return retries().orElse(3);
  }

  /** {@return the start period, 0 s when unset} */
  default int startPeriodOrDefault() {
    return startPeriod().orElse(0);
  }

  /**
   * A {@code CMD-SHELL} health check.
   *
   * @param command the command the shell runs; exit code 0 means healthy
   * @return the health check, with ECS's default timing
   */
  static HealthCheck shell(String command) {
    return builder().addCommand("CMD-SHELL", command).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link HealthCheck}. */
  class Builder extends ImmutableHealthCheck.Builder {}
}
