package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of ListClusters. ECS API: {@code ListClustersResponse}.
 */
@Value.Immutable
public interface ListClustersResponse {
  /** {@return the ARNs of every cluster, those created at run time included} */
  List<String> clusterArns();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListClustersResponse}. */
  class Builder extends ImmutableListClustersResponse.Builder {}
}
