package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of UpdateContainerInstancesState. ECS API: {@code UpdateContainerInstancesStateResponse}.
 */
@Value.Immutable
public interface UpdateContainerInstancesStateResponse {
  /** {@return the container instances, in their new state} */
  List<ContainerInstance> containerInstances();

  /** {@return a failure (reason {@code MISSING}) for each container instance not found} */
  List<Failure> failures();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link UpdateContainerInstancesStateResponse}. */
  class Builder extends ImmutableUpdateContainerInstancesStateResponse.Builder {}
}
