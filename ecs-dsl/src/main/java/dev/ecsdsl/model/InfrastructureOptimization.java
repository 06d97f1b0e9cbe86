package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When ECS replaces idle or underused Managed Instances. ECS API: {@code InfrastructureOptimization}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInfrastructureOptimization.class)
@JsonDeserialize(as = ImmutableInfrastructureOptimization.class)
public interface InfrastructureOptimization {
  /**
   * {@return seconds an instance may stay idle or underused before ECS optimizes it away: 0–3600, -1 to never,
   * ECS's default when unset}
   */
  Optional<Integer> scaleInAfter();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link InfrastructureOptimization}. */
  class Builder extends ImmutableInfrastructureOptimization.Builder {}
}
