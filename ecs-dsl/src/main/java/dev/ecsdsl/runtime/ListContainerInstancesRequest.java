package dev.ecsdsl.runtime;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of ListContainerInstances. ECS API: {@code ListContainerInstancesRequest}.
 */
@Value.Immutable
public interface ListContainerInstancesRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return only instances with this status; every registered one (ACTIVE and DRAINING) when absent} */
  Optional<ContainerInstanceStatus> status();

  /** {@return a Cluster Query Language expression the instances must match, e.g. {@code attribute:ecs.availability-zone == us-east-1a}} */
  Optional<String> filter();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListContainerInstancesRequest}. */
  class Builder extends ImmutableListContainerInstancesRequest.Builder {}
}
