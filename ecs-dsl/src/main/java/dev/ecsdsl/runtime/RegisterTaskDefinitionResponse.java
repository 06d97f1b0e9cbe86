package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of RegisterTaskDefinition. ECS API: {@code RegisterTaskDefinitionResponse}.
 */
@Value.Immutable
public interface RegisterTaskDefinitionResponse {
  /** {@return the new revision, ACTIVE, with its ARN} */
  RegisteredTaskDefinition taskDefinition();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RegisterTaskDefinitionResponse}. */
  class Builder extends ImmutableRegisterTaskDefinitionResponse.Builder {}
}
