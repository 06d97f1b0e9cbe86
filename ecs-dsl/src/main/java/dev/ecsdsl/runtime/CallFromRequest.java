package dev.ecsdsl.runtime;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Requests an application in a task makes to a Service Connect client alias (not an AWS operation). The caller is
 * a task ({@code task}) or, with {@code service}, the service's RUNNING tasks in turn (request 1 from the first,
 * request 2 from the second, ...).
 */
@Value.Immutable
public interface CallFromRequest {
  /** {@return the caller's cluster, name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the calling task's ARN or id (or name {@code service} instead)} */
  Optional<String> task();

  /** {@return the calling service's name or ARN, whose RUNNING tasks call in turn (or name {@code task} instead)} */
  Optional<String> service();

  /** {@return the URL called, {@code http://<dnsName>:<port>/<path>}; the port defaults to 80} */
  String url();

  /** {@return how many requests to make; 1 when absent} */
  @Value.Default
  default int count() {
    return 1;
  }

  /** Checks that exactly one caller is named and the count is not negative. */
  @Value.Check
  default void check() {
    if (task().isPresent() == service().isPresent()) {
      throw new IllegalArgumentException("callFrom needs either a task or a service as the caller");
    }
    if (count() < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count());
    }
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CallFromRequest}. */
  class Builder extends ImmutableCallFromRequest.Builder {}
}
