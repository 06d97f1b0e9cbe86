package dev.ecsdsl.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Target group stickiness of a weighted forward action: a client keeps going to the target group it first went
 * to for {@code durationSeconds}. Elastic Load Balancing API: {@code TargetGroupStickinessConfig}.
 */
@Value.Immutable
public interface TargetGroupStickinessConfig {
  /** {@return whether target group stickiness is on} */
  Optional<Boolean> enabled();

  /** {@return how long a client sticks to its target group, 1–604800 seconds} */
  Optional<Integer> durationSeconds();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TargetGroupStickinessConfig}. */
  class Builder extends ImmutableTargetGroupStickinessConfig.Builder {}
}
