package dev.ecsdsl.runtime;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of StopTask. ECS API: {@code StopTaskRequest}.
 */
@Value.Immutable
public interface StopTaskRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the task's ARN or id} */
  String task();

  /** {@return why it is stopped, shown as the task's {@code stoppedReason}; up to 255 characters} */
  Optional<String> reason();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link StopTaskRequest}. */
  class Builder extends ImmutableStopTaskRequest.Builder {}
}
