package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Target tracking on a predefined metric (Application Auto Scaling {@code TargetTrackingScalingPolicyConfiguration}).
 * Cooldowns in seconds; Application Auto Scaling's defaults are 300 s for both.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetTrackingScalingPolicy.class)
@JsonDeserialize(as = ImmutableTargetTrackingScalingPolicy.class)
public interface TargetTrackingScalingPolicy {
  /** Policy name. */
  String policyName();

  /** The metric tracked. */
  PredefinedMetricType predefinedMetricType();

  /** For ALBRequestCountPerTarget: the target group (name or ARN) whose requests are counted. */
  Optional<String> resourceLabel();

  /** The value the policy keeps the metric at (percent, or requests per target per minute). */
  double targetValue();

  /** Seconds after a scale-out before another scale-out counts the new tasks. */
  Optional<Integer> scaleOutCooldown();

  /** Seconds after a scale-in before the next scale-in. */
  Optional<Integer> scaleInCooldown();

  /** Never scale in. */
  Optional<Boolean> disableScaleIn();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TargetTrackingScalingPolicy}. */
  class Builder extends ImmutableTargetTrackingScalingPolicy.Builder {}
}
