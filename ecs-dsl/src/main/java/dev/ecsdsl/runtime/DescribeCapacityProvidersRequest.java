package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The input of DescribeCapacityProviders. ECS API: {@code DescribeCapacityProvidersRequest}.
 */
@Value.Immutable
public interface DescribeCapacityProvidersRequest {
  /** {@return the capacity providers' names or ARNs; every one when empty} */
  List<String> capacityProviders();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeCapacityProvidersRequest}. */
  class Builder extends ImmutableDescribeCapacityProvidersRequest.Builder {
    /**
     * Sets capacityProviders, as the AWS SDK's builders do.
     *
     * @param capacityProviders the capacity providers' names or ARNs; every one when empty
     * @return this builder
     */
    public final Builder capacityProviders(String... capacityProviders) {
      return capacityProviders(java.util.Arrays.asList(capacityProviders));
    }
  }
}
