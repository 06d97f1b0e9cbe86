package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/**
 * The output of CloudWatch's GetMetricStatistics. CloudWatch API: {@code GetMetricStatisticsResponse}.
 */
@Value.Immutable
public interface GetMetricStatisticsResponse {
  /** {@return the metric's name, e.g. {@code CPUUtilization} or {@code CapacityProviderReservation}} */
  String label();

  /** {@return one datapoint per minute with data, oldest first} */
  List<MetricDatapoint> datapoints();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link GetMetricStatisticsResponse}. */
  class Builder extends ImmutableGetMetricStatisticsResponse.Builder {}
}
