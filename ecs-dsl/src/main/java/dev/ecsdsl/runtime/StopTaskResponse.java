package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of StopTask. ECS API: {@code StopTaskResponse}.
 */
@Value.Immutable
public interface StopTaskResponse {
  /** {@return the task, with desired status STOPPED} */
  Task task();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link StopTaskResponse}. */
  class Builder extends ImmutableStopTaskResponse.Builder {}
}
