package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The input of DeleteCluster. ECS API: {@code DeleteClusterRequest}.
 */
@Value.Immutable
public interface DeleteClusterRequest {
  /** {@return the cluster's name or ARN} */
  String cluster();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeleteClusterRequest}. */
  class Builder extends ImmutableDeleteClusterRequest.Builder {}
}
