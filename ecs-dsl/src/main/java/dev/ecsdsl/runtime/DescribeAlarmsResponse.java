package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/** The output of CloudWatch's DescribeAlarms. CloudWatch API: {@code DescribeAlarmsResponse}. */
@Value.Immutable
public interface DescribeAlarmsResponse {
  /** {@return the alarms found, in the order of the description (then those only a test set), by name} */
  List<MetricAlarmDescription> metricAlarms();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeAlarmsResponse}. */
  class Builder extends ImmutableDescribeAlarmsResponse.Builder {}
}
