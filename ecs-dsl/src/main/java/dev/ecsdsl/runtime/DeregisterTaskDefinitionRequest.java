package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The input of DeregisterTaskDefinition. ECS API: {@code DeregisterTaskDefinitionRequest}.
 */
@Value.Immutable
public interface DeregisterTaskDefinitionRequest {
  /** {@return {@code family:revision} or ARN (a revision is required)} */
  String taskDefinition();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeregisterTaskDefinitionRequest}. */
  class Builder extends ImmutableDeregisterTaskDefinitionRequest.Builder {}
}
