package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Managed scaling of an Auto Scaling group capacity provider: ECS drives the group so that
 * CapacityProviderReservation meets {@code targetCapacity} percent.
 */
@Value.Immutable
public interface ManagedScaling {
  /** {@return whether managed scaling is ENABLED} */
  @Value.Default
  default boolean enabled() {
    return true;
  }

  /** {@return the target utilization of the group's instances, 1–100 percent} */
  @Value.Default
  default int targetCapacity() {
    return 100;
  }

  /** {@return the fewest instances added or removed at a time (1–10000)} */
  @Value.Default
  default int minimumScalingStepSize() {
    return 1;
  }

  /** {@return the most instances added or removed at a time (1–10000)} */
  @Value.Default
  default int maximumScalingStepSize() {
    return 10000;
  }

  /** {@return seconds a new instance takes before it counts for the group's metrics (0–10000)} */
  @Value.Default
  default int instanceWarmupPeriod() {
    return 300;
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ManagedScaling}. */
  class Builder extends ImmutableManagedScaling.Builder {}
}
