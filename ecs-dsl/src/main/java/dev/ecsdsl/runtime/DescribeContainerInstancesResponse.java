package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of DescribeContainerInstances: the instances found and a {@code MISSING} failure for each one not
 * found. ECS API: {@code DescribeContainerInstancesResponse}.
 */
@Value.Immutable
public interface DescribeContainerInstancesResponse {
  /** {@return the container instances found, in the order asked for} */
  List<ContainerInstance> containerInstances();

  /** {@return a failure (reason {@code MISSING}) for each container instance not found} */
  List<Failure> failures();

  /**
   * The one container instance asked for, for the common case of a call about one: {@code containerInstances().get(0)} when it was
   * found.
   *
   * @return the container instance
   * @throws IllegalStateException when it was not found (the message gives ECS's failure) or more than one was
   *     asked for
   */
  default ContainerInstance containerInstance() {
    return Described.only(containerInstances(), failures(), "container instance");
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeContainerInstancesResponse}. */
  class Builder extends ImmutableDescribeContainerInstancesResponse.Builder {}
}
