package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * A task, for {@link Faults#interruptSpotTask}.
 */
@Value.Immutable
public interface TaskFaultRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the task's ARN or id} */
  String task();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TaskFaultRequest}. */
  class Builder extends ImmutableTaskFaultRequest.Builder {}
}
