package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One capacity provider of a strategy. ECS API: {@code CapacityProviderStrategyItem}. */
@Value.Immutable
@JsonSerialize(as = ImmutableCapacityProviderStrategyItem.class)
@JsonDeserialize(as = ImmutableCapacityProviderStrategyItem.class)
public interface CapacityProviderStrategyItem {
  /**
   * {@return the capacity provider name: FARGATE, FARGATE_SPOT, or an Auto Scaling group provider of the
   * cluster}
   */
  String capacityProvider();

  /** {@return the relative share of tasks (0–1000)} */
  Optional<Integer> weight();

  /** {@return tasks placed on this provider first (0–100000); at most one item of a strategy may set it} */
  Optional<Integer> base();

  /**
   * {@return an item}
   *
   * @param capacityProvider the capacity provider's name
   * @param base tasks placed on this provider before the weights apply
   * @param weight relative share of the tasks beyond the bases
   */
  static CapacityProviderStrategyItem of(String capacityProvider, int base, int weight) {
    return builder().capacityProvider(capacityProvider).base(base).weight(weight).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CapacityProviderStrategyItem}. */
  class Builder extends ImmutableCapacityProviderStrategyItem.Builder {}
}
