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
  /** Alarm name. */
  String alarmName();

  /** Metric, e.g. {@code CPUUtilization} of namespace {@code AWS/ECS}. */
  String metricName();

  /** Namespace, e.g. {@code AWS/ECS}. */
  Optional<String> namespace();

  /** Statistic over each period. */
  Statistic statistic();

  /** Length of a period in seconds (60 or a multiple). */
  int period();

  /** Periods that must breach before the alarm fires. */
  int evaluationPeriods();

  /** The threshold. */
  double threshold();

  /** The comparison. */
  ComparisonOperator comparisonOperator();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MetricAlarm}. */
  class Builder extends ImmutableMetricAlarm.Builder {}
}
