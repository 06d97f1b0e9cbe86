package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of DeregisterContainerInstance. ECS API: {@code DeregisterContainerInstanceResponse}.
 */
@Value.Immutable
public interface DeregisterContainerInstanceResponse {
  /** {@return the container instance, INACTIVE} */
  ContainerInstance containerInstance();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeregisterContainerInstanceResponse}. */
  class Builder extends ImmutableDeregisterContainerInstanceResponse.Builder {}
}
