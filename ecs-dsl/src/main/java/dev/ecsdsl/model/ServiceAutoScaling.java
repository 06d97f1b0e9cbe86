package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Application Auto Scaling of a service's desired count: the scalable target (min/max capacity) and its
 * policies.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceAutoScaling.class)
@JsonDeserialize(as = ImmutableServiceAutoScaling.class)
public interface ServiceAutoScaling {
  /** {@return the lowest desired count} */
  int minCapacity();

  /** {@return the highest desired count} */
  int maxCapacity();

  /** {@return the target tracking policies} */
  List<TargetTrackingScalingPolicy> targetTrackingPolicies();

  /** {@return the step scaling policies} */
  List<StepScalingPolicy> stepScalingPolicies();

  /** {@return the scheduled actions} */
  List<ScheduledAction> scheduledActions();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceAutoScaling}. */
  class Builder extends ImmutableServiceAutoScaling.Builder {}
}
