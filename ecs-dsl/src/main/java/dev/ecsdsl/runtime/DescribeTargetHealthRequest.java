package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The input of Elastic Load Balancing's DescribeTargetHealth. ELB API: {@code DescribeTargetHealthRequest}.
 */
@Value.Immutable
public interface DescribeTargetHealthRequest {
  /** {@return the target group of the description: its ARN or its name} */
  String targetGroupArn();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeTargetHealthRequest}. */
  class Builder extends ImmutableDescribeTargetHealthRequest.Builder {}
}
