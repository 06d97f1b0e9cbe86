package dev.ecsdsl.runtime;

import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.Tag;
import java.util.List;
import org.immutables.value.Value;

/**
 * The input of CreateCluster. ECS API: {@code CreateClusterRequest}.
 */
@Value.Immutable
public interface CreateClusterRequest {
  /** {@return the cluster's name; {@code default} when absent, as ECS} */
  @Value.Default
  default String clusterName() {
    return "default";
  }

  /** {@return the cluster's tags} */
  List<Tag> tags();

  /** {@return the names of the capacity providers the cluster gets} */
  List<String> capacityProviders();

  /** {@return the cluster's default capacity provider strategy} */
  List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CreateClusterRequest}. */
  class Builder extends ImmutableCreateClusterRequest.Builder {
    /**
     * Sets tags, as the AWS SDK's builders do.
     *
     * @param tags the cluster's tags
     * @return this builder
     */
    public final Builder tags(Tag... tags) {
      return tags(java.util.Arrays.asList(tags));
    }

    /**
     * Sets capacityProviders, as the AWS SDK's builders do.
     *
     * @param capacityProviders the names of the capacity providers the cluster gets
     * @return this builder
     */
    public final Builder capacityProviders(String... capacityProviders) {
      return capacityProviders(java.util.Arrays.asList(capacityProviders));
    }

    /**
     * Sets defaultCapacityProviderStrategy, as the AWS SDK's builders do.
     *
     * @param defaultCapacityProviderStrategy the cluster's default capacity provider strategy
     * @return this builder
     */
    public final Builder defaultCapacityProviderStrategy(CapacityProviderStrategyItem... defaultCapacityProviderStrategy) {
      return defaultCapacityProviderStrategy(java.util.Arrays.asList(defaultCapacityProviderStrategy));
    }
  }
}
