package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * What a container wrote (its {@code awslogs} stream): CloudWatch Logs' GetLogEvents, addressed by task and
 * container instead of log group and stream.
 */
@Value.Immutable
public interface GetLogEventsRequest {
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

  /** Builder for {@link GetLogEventsRequest}. */
  class Builder extends ImmutableGetLogEventsRequest.Builder {}
}
