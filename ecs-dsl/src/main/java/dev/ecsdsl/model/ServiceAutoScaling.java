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
  /** Lowest desired count. */
  int minCapacity();

  /** Highest desired count. */
  int maxCapacity();

  /** Target tracking policies. */
  List<TargetTrackingScalingPolicy> targetTrackingPolicies();

  /** Step scaling policies. */
  List<StepScalingPolicy> stepScalingPolicies();

  /** Scheduled actions. */
  List<ScheduledAction> scheduledActions();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceAutoScaling}. */
  class Builder extends ImmutableServiceAutoScaling.Builder {}
}
