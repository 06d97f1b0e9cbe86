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

  /**
   * {@return for ALBRequestCountPerTarget: the target group whose requests are counted, as a name, an ARN or the
   * resource label Application Auto Scaling takes ({@code app/<lb>/<id>/targetgroup/<name>/<id>})}
   */
  Optional<String> resourceLabel();

  /** {@return the name (or ARN) of the target group {@link #resourceLabel()} names, if it names one} */
  default Optional<String> resourceLabelTargetGroup() {
    return resourceLabel().map(TargetTrackingScalingPolicy::targetGroupOfLabel);
  }

  /**
   * The target group a resource label names: {@code app/lb/id/targetgroup/tg/id} (Application Auto Scaling's
   * {@code PredefinedMetricSpecification.ResourceLabel}) names {@code tg}; a name or an ARN names itself.
   *
   * @param label the resource label, a target group ARN or a target group name
   * @return the target group's name, or the ARN or name given
   */
  static String targetGroupOfLabel(String label) {
    int at = label.indexOf("/targetgroup/");
    if (at >= 0 && !label.startsWith("arn:")) {
      String rest = label.substring(at + "/targetgroup/".length());
      int slash = rest.indexOf('/');
      return slash < 0 ? rest : rest.substring(0, slash);
    }
    return label;
  }

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
