package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * The input of Application Auto Scaling's DescribeScalingActivities for an ECS service (resource id {@code
 * service/<cluster>/<service>}). Application Auto Scaling API: {@code DescribeScalingActivitiesRequest}.
 */
@Value.Immutable
public interface DescribeScalingActivitiesRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the service's name} */
  String service();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeScalingActivitiesRequest}. */
  class Builder extends ImmutableDescribeScalingActivitiesRequest.Builder {}
}
