package dev.ecsdsl.control.services;

/** A CloudWatch alarm's state (CloudWatch API reference, {@code MetricAlarm.StateValue}). */
public enum AlarmState {
  /** The metric is within the threshold. */
  OK,
  /** The metric is outside the threshold. */
  ALARM,
  /** Not enough data to decide. */
  INSUFFICIENT_DATA
}
