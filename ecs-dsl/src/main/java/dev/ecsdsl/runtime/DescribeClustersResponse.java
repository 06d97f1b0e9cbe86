package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of DescribeClusters: the clusters found and a {@code MISSING} failure for each one not found. ECS
 * API: {@code DescribeClustersResponse}.
 */
@Value.Immutable
public interface DescribeClustersResponse {
  /** {@return the clusters found, in the order asked for} */
  List<ClusterDescription> clusters();

  /** {@return a failure (reason {@code MISSING}) for each cluster not found} */
  List<Failure> failures();

  /**
   * The one cluster asked for, for the common case of a call about one: {@code clusters().get(0)} when it was
   * found.
   *
   * @return the cluster
   * @throws IllegalStateException when it was not found (the message gives ECS's failure) or more than one was
   *     asked for
   */
  default ClusterDescription cluster() {
    return Described.only(clusters(), failures(), "cluster");
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeClustersResponse}. */
  class Builder extends ImmutableDescribeClustersResponse.Builder {}
}
