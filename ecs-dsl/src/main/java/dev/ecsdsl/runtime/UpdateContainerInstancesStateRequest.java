package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The input of UpdateContainerInstancesState. ECS API: {@code UpdateContainerInstancesStateRequest}.
 */
@Value.Immutable
public interface UpdateContainerInstancesStateRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the container instances' ARNs or ids (or EC2 instance ids), up to 10} */
  List<String> containerInstances();

  /** {@return ACTIVE, or DRAINING to move their service tasks elsewhere} */
  ContainerInstanceStatus status();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link UpdateContainerInstancesStateRequest}. */
  class Builder extends ImmutableUpdateContainerInstancesStateRequest.Builder {
    /**
     * Sets containerInstances, as the AWS SDK's builders do.
     *
     * @param containerInstances the container instances' ARNs or ids (or EC2 instance ids), up to 10
     * @return this builder
     */
    public final Builder containerInstances(String... containerInstances) {
      return containerInstances(java.util.Arrays.asList(containerInstances));
    }
  }
}
