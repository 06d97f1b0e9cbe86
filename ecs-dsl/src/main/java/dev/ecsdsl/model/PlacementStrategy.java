package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A placement strategy; strategies apply in the order given. ECS API: {@code PlacementStrategy}.
 * binpack takes {@code cpu} or {@code memory}; spread takes {@code instanceId} (or {@code host}) or
 * {@code attribute:<name>}; random takes no field.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlacementStrategy.class)
@JsonDeserialize(as = ImmutablePlacementStrategy.class)
public interface PlacementStrategy {
  /** {@return the kind of strategy} */
  PlacementStrategyType type();

  /** {@return the field the strategy works on} */
  Optional<String> field();

  /**
   * binpack on a resource: {@code cpu} or {@code memory}.
   *
   * @param field {@code cpu} or {@code memory}
   * @return the strategy
   */
  static PlacementStrategy binpack(String field) {
    return builder().type(PlacementStrategyType.BINPACK).field(field).build();
  }

  /**
   * spread over a field: {@code instanceId}, {@code host}, or {@code attribute:ecs.availability-zone}.
   *
   * @param field the field to spread over
   * @return the strategy
   */
  static PlacementStrategy spread(String field) {
    return builder().type(PlacementStrategyType.SPREAD).field(field).build();
  }

  /** {@return the random placement strategy} */
  static PlacementStrategy random() {
    return builder().type(PlacementStrategyType.RANDOM).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PlacementStrategy}. */
  class Builder extends ImmutablePlacementStrategy.Builder {}
}
