package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of DeregisterTaskDefinition. ECS API: {@code DeregisterTaskDefinitionResponse}.
 */
@Value.Immutable
public interface DeregisterTaskDefinitionResponse {
  /** {@return the revision, now INACTIVE} */
  RegisteredTaskDefinition taskDefinition();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeregisterTaskDefinitionResponse}. */
  class Builder extends ImmutableDeregisterTaskDefinitionResponse.Builder {}
}
