package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A CloudWatch metric alarm that triggers a step scaling policy. */
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

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MetricAlarm}. */
  class Builder extends ImmutableMetricAlarm.Builder {}
}
