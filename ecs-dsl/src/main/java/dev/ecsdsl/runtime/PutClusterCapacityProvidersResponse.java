package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of PutClusterCapacityProviders. ECS API: {@code PutClusterCapacityProvidersResponse}.
 */
@Value.Immutable
public interface PutClusterCapacityProvidersResponse {
  /** {@return the cluster with its new capacity providers and strategy} */
  ClusterDescription cluster();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PutClusterCapacityProvidersResponse}. */
  class Builder extends ImmutablePutClusterCapacityProvidersResponse.Builder {}
}
