package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A CloudWatch metric alarm: it triggers a step scaling policy, or fails a deployment when it is in ALARM
 * ({@code deploymentConfiguration.alarms}). CloudWatch API: {@code PutMetricAlarm} / {@code MetricAlarm}.
 * The metrics the simulation produces: {@code AWS/ECS} {@code CPUUtilization} and {@code MemoryUtilization}
 * (dimensions {@code ClusterName}, {@code ServiceName}); {@code AWS/ApplicationELB} {@code RequestCount},
 * {@code RequestCountPerTarget}, {@code HTTPCode_Target_5XX_Count} and {@code TargetResponseTime} (dimensions
 * {@code LoadBalancer}, {@code TargetGroup}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMetricAlarm.class)
@JsonDeserialize(as = ImmutableMetricAlarm.class)
public interface MetricAlarm {
  /** {@return the alarm name} */
  String alarmName();

  /** {@return the metric, e.g. {@code CPUUtilization} of namespace {@code AWS/ECS}} */
  String metricName();

  /** {@return the namespace, e.g. {@code AWS/ECS}} */
  Optional<String> namespace();

  /** {@return the statistic over each period} */
  Statistic statistic();

  /** {@return the length of a period in seconds (60 or a multiple)} */
  int period();

  /** {@return the number of periods that must breach before the alarm fires} */
  int evaluationPeriods();

  /** {@return the threshold} */
  double threshold();

  /** {@return the comparison} */
  ComparisonOperator comparisonOperator();

  /** {@return the metric's dimensions, e.g. {@code ServiceName} and {@code ClusterName}} */
  List<MetricDimension> dimensions();

  /**
   * {@return how many of the last {@link #evaluationPeriods()} periods must breach ("M out of N"); all of them
   * when unset}
   */
  Optional<Integer> datapointsToAlarm();

  /** {@return how periods without data count; {@code missing} when unset} */
  Optional<TreatMissingData> treatMissingData();

  /**
   * {@return the value of the dimension of that name, if the alarm has it}
   *
   * @param name the dimension's name, e.g. {@code ServiceName}
   */
  default Optional<String> dimension(String name) {
    return dimensions().stream().filter(d -> d.name().equals(name)).map(MetricDimension::value).findFirst();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MetricAlarm}. */
  class Builder extends ImmutableMetricAlarm.Builder {}
}
