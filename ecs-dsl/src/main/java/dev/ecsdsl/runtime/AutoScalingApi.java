package dev.ecsdsl.runtime;

import java.util.function.Consumer;

/**
 * Application Auto Scaling of the description's services: what the scaling policies did.
 */
public interface AutoScalingApi {
  /**
   * DescribeScalingActivities of a service: each change of its desired count by a scaling policy or a
   * scheduled action, oldest first.
   *
   * @param request the request (see {@link DescribeScalingActivitiesRequest})
   * @return the response (see {@link DescribeScalingActivitiesResponse})
   */
  DescribeScalingActivitiesResponse describeScalingActivities(DescribeScalingActivitiesRequest request);

  /**
   * The same with a builder: builds the request and calls
   * {@link #describeScalingActivities(DescribeScalingActivitiesRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.cluster("prod").service("web")}
   * @return the response (see {@link DescribeScalingActivitiesResponse})
   */
  default DescribeScalingActivitiesResponse describeScalingActivities(
      Consumer<DescribeScalingActivitiesRequest.Builder> request) {
    DescribeScalingActivitiesRequest.Builder builder = DescribeScalingActivitiesRequest.builder();
    request.accept(builder);
    return describeScalingActivities(builder.build());
  }
}
