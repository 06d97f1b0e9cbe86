package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a step scaling policy: bounds are relative to the alarm threshold; a missing lower bound is
 * minus infinity and a missing upper bound plus infinity. Application Auto Scaling {@code StepAdjustment}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStepAdjustment.class)
@JsonDeserialize(as = ImmutableStepAdjustment.class)
public interface StepAdjustment {
  /** {@return the inclusive lower bound (metric − threshold)} */
  Optional<Double> metricIntervalLowerBound();

  /** {@return the exclusive upper bound (metric − threshold)} */
  Optional<Double> metricIntervalUpperBound();

  /** {@return the change, in the policy's adjustment type} */
  int scalingAdjustment();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link StepAdjustment}. */
  class Builder extends ImmutableStepAdjustment.Builder {}
}
