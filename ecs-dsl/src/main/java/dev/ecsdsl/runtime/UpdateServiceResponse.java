package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of UpdateService. ECS API: {@code UpdateServiceResponse}.
 */
@Value.Immutable
public interface UpdateServiceResponse {
  /** {@return the service; a new deployment shows as its PRIMARY deployment} */
  ServiceDescription service();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link UpdateServiceResponse}. */
  class Builder extends ImmutableUpdateServiceResponse.Builder {}
}
