package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The input of DeregisterContainerInstance. ECS API: {@code DeregisterContainerInstanceRequest}.
 */
@Value.Immutable
public interface DeregisterContainerInstanceRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the container instance's ARN or id, or its EC2 instance id} */
  String containerInstance();

  /** {@return deregister even when tasks still run on it (they keep running, untracked); false by default} */
  @Value.Default
  default boolean force() {
    return false;
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeregisterContainerInstanceRequest}. */
  class Builder extends ImmutableDeregisterContainerInstanceRequest.Builder {}
}
