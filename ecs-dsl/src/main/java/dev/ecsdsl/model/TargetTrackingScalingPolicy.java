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
  /** {@return the policy name} */
  String policyName();

  /** {@return the metric tracked} */
  PredefinedMetricType predefinedMetricType();

  /** {@return for ALBRequestCountPerTarget: the target group (name or ARN) whose requests are counted} */
  Optional<String> resourceLabel();

  /** {@return the value the policy keeps the metric at (percent, or requests per target per minute)} */
  double targetValue();

  /** {@return seconds after a scale-out before another scale-out counts the new tasks} */
  Optional<Integer> scaleOutCooldown();

  /** {@return seconds after a scale-in before the next scale-in} */
  Optional<Integer> scaleInCooldown();

  /** {@return whether the policy never scales in} */
  Optional<Boolean> disableScaleIn();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TargetTrackingScalingPolicy}. */
  class Builder extends ImmutableTargetTrackingScalingPolicy.Builder {}
}
