package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * A container instance, for {@link Faults#terminateInstance}, {@link Faults#disconnectAgent} and {@link
 * Faults#reconnectAgent}.
 */
@Value.Immutable
public interface InstanceFaultRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the container instance's ARN or id, or its EC2 instance id} */
  String containerInstance();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link InstanceFaultRequest}. */
  class Builder extends ImmutableInstanceFaultRequest.Builder {}
}
