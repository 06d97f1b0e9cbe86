package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of ListContainerInstances. ECS API: {@code ListContainerInstancesResponse}.
 */
@Value.Immutable
public interface ListContainerInstancesResponse {
  /** {@return the ARNs of the instances listed, in registration order} */
  List<String> containerInstanceArns();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListContainerInstancesResponse}. */
  class Builder extends ImmutableListContainerInstancesResponse.Builder {}
}
