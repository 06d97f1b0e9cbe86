package dev.ecsdsl.runtime;

import dev.ecsdsl.model.CapacityProviderStrategyItem;
import java.util.List;
import org.immutables.value.Value;

/**
 * The input of PutClusterCapacityProviders: the cluster's capacity providers and default strategy, replaced. ECS
 * API: {@code PutClusterCapacityProvidersRequest}.
 */
@Value.Immutable
public interface PutClusterCapacityProvidersRequest {
  /** {@return the cluster's name or ARN} */
  String cluster();

  /** {@return the names of every capacity provider the cluster will have} */
  List<String> capacityProviders();

  /** {@return the new default strategy (may be empty)} */
  List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PutClusterCapacityProvidersRequest}. */
  class Builder extends ImmutablePutClusterCapacityProvidersRequest.Builder {
    /**
     * Sets capacityProviders, as the AWS SDK's builders do.
     *
     * @param capacityProviders the names of every capacity provider the cluster will have
     * @return this builder
     */
    public final Builder capacityProviders(String... capacityProviders) {
      return capacityProviders(java.util.Arrays.asList(capacityProviders));
    }

    /**
     * Sets defaultCapacityProviderStrategy, as the AWS SDK's builders do.
     *
     * @param defaultCapacityProviderStrategy the new default strategy (may be empty)
     * @return this builder
     */
    public final Builder defaultCapacityProviderStrategy(CapacityProviderStrategyItem... defaultCapacityProviderStrategy) {
      return defaultCapacityProviderStrategy(java.util.Arrays.asList(defaultCapacityProviderStrategy));
    }
  }
}
