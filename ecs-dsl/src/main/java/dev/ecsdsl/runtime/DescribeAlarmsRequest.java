package dev.ecsdsl.runtime;

import java.util.List;
import org.immutables.value.Value;

/** The input of CloudWatch's DescribeAlarms. CloudWatch API: {@code DescribeAlarmsRequest}. */
@Value.Immutable
public interface DescribeAlarmsRequest {
  /** {@return the alarms to describe; every alarm the runtime knows when empty} */
  List<String> alarmNames();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DescribeAlarmsRequest}. */
  class Builder extends ImmutableDescribeAlarmsRequest.Builder {}
}
