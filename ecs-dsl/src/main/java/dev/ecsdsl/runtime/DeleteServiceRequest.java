package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The input of DeleteService. ECS API: {@code DeleteServiceRequest}.
 */
@Value.Immutable
public interface DeleteServiceRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the service's name or ARN} */
  String service();

  /** {@return delete the service even when its desired count is above 0; false by default} */
  @Value.Default
  default boolean force() {
    return false;
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeleteServiceRequest}. */
  class Builder extends ImmutableDeleteServiceRequest.Builder {}
}
