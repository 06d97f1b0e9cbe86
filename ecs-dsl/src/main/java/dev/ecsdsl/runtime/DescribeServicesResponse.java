package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of DescribeServices: the services found and a {@code MISSING} failure for each one not found. ECS
 * API: {@code DescribeServicesResponse}.
 */
@Value.Immutable
public interface DescribeServicesResponse {
  /** {@return the services found, in the order asked for} */
  List<ServiceDescription> services();

  /** {@return a failure (reason {@code MISSING}) for each service not found} */
  List<Failure> failures();

  /**
   * The one service asked for, for the common case of a call about one: {@code services().get(0)} when it was
   * found.
   *
   * @return the service
   * @throws IllegalStateException when it was not found (the message gives ECS's failure) or more than one was
   *     asked for
   */
  default ServiceDescription service() {
    return Described.only(services(), failures(), "service");
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeServicesResponse}. */
  class Builder extends ImmutableDescribeServicesResponse.Builder {}
}
