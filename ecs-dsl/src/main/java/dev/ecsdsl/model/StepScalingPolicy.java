package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Step scaling on an alarm (Application Auto Scaling {@code StepScalingPolicyConfiguration}). */
@Value.Immutable
@JsonSerialize(as = ImmutableStepScalingPolicy.class)
@JsonDeserialize(as = ImmutableStepScalingPolicy.class)
public interface StepScalingPolicy {
  /** {@return the policy name} */
  String policyName();

  /** {@return the alarm that triggers the policy} */
  MetricAlarm alarm();

  /** {@return how adjustments apply} */
  AdjustmentType adjustmentType();

  /** {@return the steps; their intervals must not overlap} */
  List<StepAdjustment> stepAdjustments();

  /** {@return seconds after an activity before the next one} */
  Optional<Integer> cooldown();

  /** {@return for PercentChangeInCapacity: the least absolute change} */
  Optional<Integer> minAdjustmentMagnitude();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link StepScalingPolicy}. */
  class Builder extends ImmutableStepScalingPolicy.Builder {}
}
