package dev.ecsdsl.runtime;

import dev.ecsdsl.model.Service;
import org.immutables.value.Value;

/**
 * The input of CreateService: a service as the model describes it (its cluster, task definition, count, load
 * balancers, ...). ECS API: {@code CreateServiceRequest}.
 */
@Value.Immutable
public interface CreateServiceRequest {
  /** {@return the service, as built with {@link dev.ecsdsl.dsl.ServiceBuilder} or imported from JSON} */
  Service service();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CreateServiceRequest}. */
  class Builder extends ImmutableCreateServiceRequest.Builder {}
}
