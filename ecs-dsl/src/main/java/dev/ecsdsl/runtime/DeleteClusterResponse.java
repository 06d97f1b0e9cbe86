package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of DeleteCluster. ECS API: {@code DeleteClusterResponse}.
 */
@Value.Immutable
public interface DeleteClusterResponse {
  /** {@return the cluster, INACTIVE} */
  ClusterDescription cluster();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeleteClusterResponse}. */
  class Builder extends ImmutableDeleteClusterResponse.Builder {}
}
