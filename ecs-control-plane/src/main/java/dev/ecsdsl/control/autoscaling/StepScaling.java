package dev.ecsdsl.control.autoscaling;

import dev.ecsdsl.model.AdjustmentType;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.StepAdjustment;
import dev.ecsdsl.model.StepScalingPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A step scaling policy and its CloudWatch alarm, as Application Auto Scaling runs them: at the end of
 * each of the alarm's periods the statistic of the metric over that period is compared with the
 * threshold; after {@code evaluationPeriods} breaching periods in a row the alarm is in ALARM and, at each
 * period it stays there, the policy applies the step whose interval (bounds relative to the threshold,
 * lower inclusive, upper exclusive) holds the breach. PercentChangeInCapacity rounds as Application Auto
 * Scaling documents (above 1 down, between 0 and 1 to 1, between -1 and 0 to -1, below -1 up), then
 * honours {@code minAdjustmentMagnitude}. Cooldown (300 s by default for ECS services): during a
 * scale-out's cooldown the capacity it added counts toward the next scale-out; a scale-in waits for it.
 */
final class StepScaling {
  private StepScaling() {}

  /** What the policy asks for at the end of a period of its alarm, if anything. */
  static Optional<ScalingProposal> evaluate(ScalableTarget target, StepScalingPolicy policy, String metric,
      Instant now) {
    MetricAlarm alarm = policy.alarm();
    Optional<Double> value = target.metrics.aggregate(metric, now, Duration.ofSeconds(alarm.period()),
        alarm.statistic());
    boolean breaching = value.isPresent() && alarm.comparisonOperator().breaches(value.get(), alarm.threshold());
    int inRow = breaching ? target.breachingPeriods.getOrDefault(policy.policyName(), 0) + 1 : 0;
    target.breachingPeriods.put(policy.policyName(), inRow);
    if (inRow < alarm.evaluationPeriods()) {
      return Optional.empty();
    }
    double breach = value.get() - alarm.threshold();
    Optional<StepAdjustment> step = policy.stepAdjustments().stream().filter(s -> holds(s, breach)).findFirst();
    if (step.isEmpty()) {
      return Optional.empty();
    }
    int desired = target.service.desiredCount();
    ScalableTarget.Cooldown cooldown = target.scaleOut.get(policy.policyName());
    boolean coolingOut = cooldown != null && now.isBefore(cooldown.until());
    int capacity = apply(policy, step.get(), desired);
    if (capacity > desired && coolingOut) {
      capacity = Math.max(desired, apply(policy, step.get(), cooldown.startedFrom()));
    }
    Instant inCooldownUntil = target.scaleInUntil.get(policy.policyName());
    if (capacity == desired || capacity < desired && inCooldownUntil != null && now.isBefore(inCooldownUntil)) {
      return Optional.empty();
    }
    return Optional.of(new ScalingProposal(policy.policyName(), capacity, String.format(Locale.ROOT,
        "alarm %s in state ALARM: %s of %s over %d s is %.1f against threshold %s, %d periods in a row",
        alarm.alarmName(), alarm.statistic(), metric, alarm.period(), value.get(), alarm.threshold(), inRow)));
  }

  private static boolean holds(StepAdjustment step, double breach) {
    return step.metricIntervalLowerBound().map(lower -> breach >= lower).orElse(true)
        && step.metricIntervalUpperBound().map(upper -> breach < upper).orElse(true);
  }

  /** The capacity the step asks for, starting from {@code capacity}. */
  static int apply(StepScalingPolicy policy, StepAdjustment step, int capacity) {
    int adjustment = step.scalingAdjustment();
    if (policy.adjustmentType() == AdjustmentType.EXACT_CAPACITY) {
      return adjustment;
    }
    if (policy.adjustmentType() == AdjustmentType.CHANGE_IN_CAPACITY) {
      return capacity + adjustment;
    }
    double change = capacity * adjustment / 100.0;
    int rounded;
    if (change > 1) {
      rounded = (int) Math.floor(change);
    } else if (change > 0) {
      rounded = 1;
    } else if (change >= -1) {
      rounded = change == 0 ? 0 : -1;
    } else {
      rounded = (int) Math.ceil(change);
    }
    int magnitude = policy.minAdjustmentMagnitude().orElse(0);
    if (rounded != 0 && Math.abs(rounded) < magnitude) {
      rounded = Integer.signum(rounded) * magnitude;
    }
    return capacity + rounded;
  }
}
