package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of DeleteService. ECS API: {@code DeleteServiceResponse}.
 */
@Value.Immutable
public interface DeleteServiceResponse {
  /** {@return the service, DRAINING (or INACTIVE once its tasks have stopped)} */
  ServiceDescription service();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeleteServiceResponse}. */
  class Builder extends ImmutableDeleteServiceResponse.Builder {}
}
