package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The deployment circuit breaker of a rolling deployment. ECS API: {@code DeploymentCircuitBreaker}. */
@Value.Immutable
@JsonSerialize(as = ImmutableDeploymentCircuitBreaker.class)
@JsonDeserialize(as = ImmutableDeploymentCircuitBreaker.class)
public interface DeploymentCircuitBreaker {
  /** {@return whether the circuit breaker is on} */
  boolean enable();

  /** {@return whether the service rolls back to the last completed deployment when it trips} */
  boolean rollback();

  /**
   * Whether a task that becomes healthy resets the failure count (the consecutive model, ECS's default)
   * or failures add up over the whole deployment (the cumulative model).
   *
   * @return true for the consecutive model, false for the cumulative one; absent means ECS's default
   */
  Optional<Boolean> resetOnHealthyTask();

  /** {@return the failure threshold; ECS's default is BOUNDED_PERCENT 50} */
  Optional<ThresholdConfiguration> thresholdConfiguration();

  /** {@return {@link #resetOnHealthyTask()}, true when absent} */
  default boolean resetOnHealthyTaskOrDefault() {
    return resetOnHealthyTask().orElse(true);
  }

  /**
   * How many failed tasks trip the breaker for a service of {@code desiredCount} tasks (ECS API,
   * {@code ThresholdConfiguration}): BOUNDED_PERCENT — value % of the desired count, rounded up, kept
   * between 3 and 200 (the classic "half the desired count" with value 50); UNBOUNDED_PERCENT — the same
   * without the bounds (at least 1); COUNT — the value itself.
   *
   * @param desiredCount the service's desired count
   * @return the number of failed tasks that trips the breaker
   */
  default int failureThreshold(int desiredCount) {
    ThresholdConfiguration threshold = thresholdConfiguration()
        .orElse(ThresholdConfiguration.of(ThresholdType.BOUNDED_PERCENT, 50));
    int percent = (int) Math.ceil(desiredCount * threshold.value() / 100.0);
    return switch (threshold.type()) {
      case COUNT -> threshold.value();
      case UNBOUNDED_PERCENT -> Math.max(1, percent);
      case BOUNDED_PERCENT -> Math.min(200, Math.max(3, percent));
    };
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeploymentCircuitBreaker}. */
  class Builder extends ImmutableDeploymentCircuitBreaker.Builder {}
}
