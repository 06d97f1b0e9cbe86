package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of CreateService. ECS API: {@code CreateServiceResponse}.
 */
@Value.Immutable
public interface CreateServiceResponse {
  /** {@return the service, ACTIVE, with its first deployment} */
  ServiceDescription service();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CreateServiceResponse}. */
  class Builder extends ImmutableCreateServiceResponse.Builder {}
}
