package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * A container of a task, for {@link Faults#killContainer} and {@link Faults#failHealthChecks}.
 */
@Value.Immutable
public interface ContainerFaultRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the task's ARN or id} */
  String task();

  /** {@return the container's name} */
  String container();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ContainerFaultRequest}. */
  class Builder extends ImmutableContainerFaultRequest.Builder {}
}
