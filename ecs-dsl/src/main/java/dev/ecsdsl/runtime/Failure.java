package dev.ecsdsl.runtime;

import java.util.Optional;
import org.immutables.value.Value;

/** A failed resource of a call, as ECS reports it. ECS API: {@code Failure}. */
@Value.Immutable
public interface Failure {
  /** {@return the resource that failed, e.g. a container instance ARN} */
  Optional<String> arn();

  /** {@return ECS's reason, e.g. {@code RESOURCE:MEMORY}, {@code AGENT}, {@code MISSING}} */
  String reason();

  /** {@return details, when ECS gives any} */
  Optional<String> detail();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Failure}. */
  class Builder extends ImmutableFailure.Builder {}
}
