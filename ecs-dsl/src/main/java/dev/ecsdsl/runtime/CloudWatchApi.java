package dev.ecsdsl.runtime;

import java.util.function.Consumer;

/**
 * CloudWatch metrics the runtime records, one datapoint a minute: the services' predefined metrics (what target
 * tracking and step scaling read) and the capacity providers' {@code CapacityProviderReservation} (what managed
 * scaling reads); and the metric alarms of the description, evaluated on the simulated metrics (what deployment
 * alarms watch).
 */
public interface CloudWatchApi {
  /**
   * GetMetricStatistics: the datapoints recorded so far of a service metric or of a capacity provider's
   * reservation, oldest first (a minute without data, e.g. without requests, has none).
   *
   * @param request the request (see {@link GetMetricStatisticsRequest})
   * @return the response (see {@link GetMetricStatisticsResponse})
   */
  GetMetricStatisticsResponse getMetricStatistics(GetMetricStatisticsRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #getMetricStatistics(GetMetricStatisticsRequest)}.
   *
   * @param request sets what the request holds, e.g.
   *     {@code r -> r.cluster("prod").service("web").metric(PredefinedMetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION)}
   * @return the response (see {@link GetMetricStatisticsResponse})
   */
  default GetMetricStatisticsResponse getMetricStatistics(Consumer<GetMetricStatisticsRequest.Builder> request) {
    GetMetricStatisticsRequest.Builder builder = GetMetricStatisticsRequest.builder();
    request.accept(builder);
    return getMetricStatistics(builder.build());
  }

  /**
   * DescribeAlarms: the state, state reason and state history of the description's metric alarms (and of alarms
   * only a test set), by name.
   *
   * @param request the request (see {@link DescribeAlarmsRequest})
   * @return the response (see {@link DescribeAlarmsResponse})
   */
  DescribeAlarmsResponse describeAlarms(DescribeAlarmsRequest request);

  /**
   * The same with a builder: builds the request and calls {@link #describeAlarms(DescribeAlarmsRequest)}.
   *
   * @param request sets what the request holds, e.g. {@code r -> r.addAlarmNames("web-5xx")}
   * @return the response (see {@link DescribeAlarmsResponse})
   */
  default DescribeAlarmsResponse describeAlarms(Consumer<DescribeAlarmsRequest.Builder> request) {
    DescribeAlarmsRequest.Builder builder = DescribeAlarmsRequest.builder();
    request.accept(builder);
    return describeAlarms(builder.build());
  }
}
