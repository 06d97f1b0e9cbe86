package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of RegisterContainerInstance. ECS API: {@code RegisterContainerInstanceResponse}.
 */
@Value.Immutable
public interface RegisterContainerInstanceResponse {
  /** {@return the container instance, ACTIVE} */
  ContainerInstance containerInstance();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RegisterContainerInstanceResponse}. */
  class Builder extends ImmutableRegisterContainerInstanceResponse.Builder {}
}
