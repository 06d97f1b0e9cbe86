package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The output of DescribeTaskDefinition. ECS API: {@code DescribeTaskDefinitionResponse}.
 */
@Value.Immutable
public interface DescribeTaskDefinitionResponse {
  /** {@return the revision, ACTIVE or INACTIVE} */
  RegisteredTaskDefinition taskDefinition();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeTaskDefinitionResponse}. */
  class Builder extends ImmutableDescribeTaskDefinitionResponse.Builder {}
}
