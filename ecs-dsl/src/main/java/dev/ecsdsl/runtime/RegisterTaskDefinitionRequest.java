package dev.ecsdsl.runtime;

import dev.ecsdsl.model.TaskDefinition;
import org.immutables.value.Value;

/**
 * The input of RegisterTaskDefinition: a task definition as the model describes it (with its tags). ECS API:
 * {@code RegisterTaskDefinitionRequest}.
 */
@Value.Immutable
public interface RegisterTaskDefinitionRequest {
  /** {@return the definition, as built with {@link dev.ecsdsl.dsl.TaskDefinitionBuilder} or imported from JSON} */
  TaskDefinition taskDefinition();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RegisterTaskDefinitionRequest}. */
  class Builder extends ImmutableRegisterTaskDefinitionRequest.Builder {}
}
