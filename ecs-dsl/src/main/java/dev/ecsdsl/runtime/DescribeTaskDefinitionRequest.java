package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The input of DescribeTaskDefinition. ECS API: {@code DescribeTaskDefinitionRequest}.
 */
@Value.Immutable
public interface DescribeTaskDefinitionRequest {
  /** {@return {@code family} (its latest ACTIVE revision), {@code family:revision} or ARN} */
  String taskDefinition();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeTaskDefinitionRequest}. */
  class Builder extends ImmutableDescribeTaskDefinitionRequest.Builder {}
}
