package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The input of ListClusters (nothing to give: every cluster is listed). ECS API: {@code ListClustersRequest}.
 */
@Value.Immutable
public interface ListClustersRequest {

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListClustersRequest}. */
  class Builder extends ImmutableListClustersRequest.Builder {}
}
