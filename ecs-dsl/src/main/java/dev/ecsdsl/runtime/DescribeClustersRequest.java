package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The input of DescribeClusters. ECS API: {@code DescribeClustersRequest}.
 */
@Value.Immutable
public interface DescribeClustersRequest {
  /** {@return the clusters' names or ARNs, up to 100; the {@code default} cluster when empty, as ECS} */
  List<String> clusters();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeClustersRequest}. */
  class Builder extends ImmutableDescribeClustersRequest.Builder {
    /**
     * Sets clusters, as the AWS SDK's builders do.
     *
     * @param clusters the clusters' names or ARNs, up to 100; the {@code default} cluster when empty, as ECS
     * @return this builder
     */
    public final Builder clusters(String... clusters) {
      return clusters(java.util.Arrays.asList(clusters));
    }
  }
}
