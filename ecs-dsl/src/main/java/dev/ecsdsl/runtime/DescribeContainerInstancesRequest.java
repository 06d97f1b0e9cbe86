package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The input of DescribeContainerInstances. ECS API: {@code DescribeContainerInstancesRequest}.
 */
@Value.Immutable
public interface DescribeContainerInstancesRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the container instances' ARNs or ids (or EC2 instance ids), up to 100} */
  List<String> containerInstances();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeContainerInstancesRequest}. */
  class Builder extends ImmutableDescribeContainerInstancesRequest.Builder {
    /**
     * Sets containerInstances, as the AWS SDK's builders do.
     *
     * @param containerInstances the container instances' ARNs or ids (or EC2 instance ids), up to 100
     * @return this builder
     */
    public final Builder containerInstances(String... containerInstances) {
      return containerInstances(java.util.Arrays.asList(containerInstances));
    }
  }
}
