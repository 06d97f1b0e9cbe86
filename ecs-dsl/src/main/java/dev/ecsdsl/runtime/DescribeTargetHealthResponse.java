package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of Elastic Load Balancing's DescribeTargetHealth. ELB API: {@code DescribeTargetHealthResponse}.
 */
@Value.Immutable
public interface DescribeTargetHealthResponse {
  /** {@return one entry per registered target: its health and the requests it received} */
  List<TargetHealth> targetHealthDescriptions();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeTargetHealthResponse}. */
  class Builder extends ImmutableDescribeTargetHealthResponse.Builder {}
}
