package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of CreateCluster. ECS API: {@code CreateClusterResponse}.
 */
@Value.Immutable
public interface CreateClusterResponse {
  /** {@return the new cluster, or the existing one of that name} */
  ClusterDescription cluster();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CreateClusterResponse}. */
  class Builder extends ImmutableCreateClusterResponse.Builder {}
}
