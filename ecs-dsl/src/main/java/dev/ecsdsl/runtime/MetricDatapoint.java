package dev.ecsdsl.runtime;

import java.time.Instant;

/**
 * One one-minute datapoint of a metric, as CloudWatch's GetMetricData returns it.
 *
 * @param timestamp the end of the minute it covers
 * @param value the value (a percentage for utilization, a count for requests per target)
 */
public record MetricDatapoint(Instant timestamp, double value) {}
