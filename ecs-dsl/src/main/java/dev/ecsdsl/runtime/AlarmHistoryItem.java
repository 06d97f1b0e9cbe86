package dev.ecsdsl.runtime;

/**
 * One state change of a CloudWatch alarm, as CloudWatch's DescribeAlarmHistory lists it ({@code HistoryItemType}
 * StateUpdate).
 *
 * @param timestamp when the state changed
 * @param historySummary e.g. {@code Alarm updated from OK to ALARM}
 * @param stateReason why: the datapoints and the threshold, or who set it
 */
public record AlarmHistoryItem(java.time.Instant timestamp, String historySummary, String stateReason) {}
