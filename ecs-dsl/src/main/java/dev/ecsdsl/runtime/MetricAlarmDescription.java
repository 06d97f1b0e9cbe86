package dev.ecsdsl.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A CloudWatch alarm as DescribeAlarms shows it (CloudWatch API: {@code MetricAlarm}), with its state history
 * (DescribeAlarmHistory's state updates).
 */
@Value.Immutable
public interface MetricAlarmDescription {
  /** {@return the alarm's name} */
  String alarmName();

  /** {@return its state} */
  AlarmStateValue stateValue();

  /** {@return why it is in that state, e.g. the datapoints that crossed the threshold} */
  Optional<String> stateReason();

  /** {@return when the state last changed} */
  Optional<Instant> stateUpdatedTimestamp();

  /** {@return its state changes, oldest first} */
  List<AlarmHistoryItem> history();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MetricAlarmDescription}. */
  class Builder extends ImmutableMetricAlarmDescription.Builder {}
}
