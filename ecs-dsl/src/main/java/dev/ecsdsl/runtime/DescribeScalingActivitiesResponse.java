package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of Application Auto Scaling's DescribeScalingActivities. Application Auto Scaling API: {@code
 * DescribeScalingActivitiesResponse}.
 */
@Value.Immutable
public interface DescribeScalingActivitiesResponse {
  /** {@return the service's scaling activities, oldest first (none without auto scaling)} */
  List<ScalingActivity> scalingActivities();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeScalingActivitiesResponse}. */
  class Builder extends ImmutableDescribeScalingActivitiesResponse.Builder {}
}
