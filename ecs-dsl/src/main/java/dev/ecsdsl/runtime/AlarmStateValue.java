package dev.ecsdsl.runtime;

/** A CloudWatch alarm's state. CloudWatch API: {@code StateValue}. */
public enum AlarmStateValue {
  /** The metric is within the threshold. */
  OK,
  /** The metric is outside the threshold. */
  ALARM,
  /** Not enough data to decide (a new alarm, or no datapoints with {@code treatMissingData} missing). */
  INSUFFICIENT_DATA
}
