package dev.ecsdsl.control.autoscaling;

import dev.ecsdsl.model.TargetTrackingScalingPolicy;
import dev.ecsdsl.runtime.MetricDatapoint;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A target tracking policy of an ECS service as Application Auto Scaling runs it. The two CloudWatch
 * alarms it creates for ECS services fire when the metric is above the target for 3 datapoints within 3
 * minutes (AlarmHigh) and below 90% of the target for 15 datapoints within 15 minutes (AlarmLow). The new
 * capacity is proportional: {@code ceil(capacity × metric / target)}. Cooldowns ("ScaleOutCooldown",
 * "ScaleInCooldown", 300 s by default for ECS services): during a scale-out's cooldown the capacity it
 * added counts as part of the capacity for the next scale-out (so only a larger scale-out happens), and
 * a scale-in waits for the end of the previous scale-in's cooldown. Insufficient data never scales.
 */
final class TargetTracking {
  static final int HIGH_DATAPOINTS = 3;
  static final int LOW_DATAPOINTS = 15;
  static final double LOW_FRACTION = 0.9;
  static final int DEFAULT_COOLDOWN_SECONDS = 300;

  private TargetTracking() {}

  /** Scale out, scale in, or nothing, for the policy over the given metric now. */
  static Optional<ScalingProposal> evaluate(ScalableTarget target, TargetTrackingScalingPolicy policy, String metric,
      Instant now) {
    int desired = target.service.desiredCount();
    double goal = policy.targetValue();
    Optional<List<MetricDatapoint>> high = target.metrics.lastMinutes(metric, now, HIGH_DATAPOINTS);
    if (high.isPresent() && high.get().stream().allMatch(p -> p.value() > goal)) {
      double latest = latest(high.get());
      ScalableTarget.Cooldown cooldown = target.scaleOut.get(policy.policyName());
      int base = cooldown != null && now.isBefore(cooldown.until()) ? cooldown.startedFrom() : desired;
      int capacity = (int) Math.ceil(base * latest / goal - 1e-9);
      if (capacity > desired) {
        return Optional.of(new ScalingProposal(policy.policyName(), capacity, String.format(Locale.ROOT,
            "AlarmHigh: %s > %s for %d datapoints within %d minutes (latest %.1f)", metric, number(goal),
            HIGH_DATAPOINTS, HIGH_DATAPOINTS, latest)));
      }
    }
    if (policy.disableScaleIn().orElse(false)) {
      return Optional.empty();
    }
    Optional<List<MetricDatapoint>> low = target.metrics.lastMinutes(metric, now, LOW_DATAPOINTS);
    Instant inCooldownUntil = target.scaleInUntil.get(policy.policyName());
    if (low.isPresent() && low.get().stream().allMatch(p -> p.value() < LOW_FRACTION * goal)
        && (inCooldownUntil == null || !now.isBefore(inCooldownUntil))) {
      double latest = latest(low.get());
      int capacity = Math.max(0, (int) Math.ceil(desired * latest / goal - 1e-9));
      if (capacity < desired) {
        return Optional.of(new ScalingProposal(policy.policyName(), capacity, String.format(Locale.ROOT,
            "AlarmLow: %s < %s for %d datapoints within %d minutes (latest %.1f)", metric,
            number(LOW_FRACTION * goal), LOW_DATAPOINTS, LOW_DATAPOINTS, latest)));
      }
    }
    return Optional.empty();
  }

  private static double latest(List<MetricDatapoint> points) {
    return points.get(points.size() - 1).value();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
