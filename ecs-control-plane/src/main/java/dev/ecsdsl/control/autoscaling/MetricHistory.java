package dev.ecsdsl.control.autoscaling;

import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.runtime.MetricDatapoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One-minute datapoints of a service's metrics, as CloudWatch keeps them, for the alarms of its scaling
 * policies. A minute without data (no task running, no request) has no datapoint; alarms here treat a
 * missing datapoint as not breaching. Keeps the last day.
 */
final class MetricHistory {
  static final Duration MINUTE = Duration.ofMinutes(1);
  private static final int KEPT = 24 * 60;

  private final Map<String, Deque<MetricDatapoint>> series = new LinkedHashMap<>();

  void record(String metric, Instant at, double value) {
    Deque<MetricDatapoint> points = series.computeIfAbsent(metric, m -> new ArrayDeque<>());
    points.addLast(new MetricDatapoint(at, value));
    while (points.size() > KEPT) {
      points.removeFirst();
    }
  }

  /** Every datapoint of the metric, oldest first. */
  List<MetricDatapoint> all(String metric) {
    return List.copyOf(series.getOrDefault(metric, new ArrayDeque<>()));
  }

  /**
   * The datapoints of the last {@code count} minutes ending at {@code now}, oldest first; empty unless
   * every one of those minutes has one.
   */
  Optional<List<MetricDatapoint>> lastMinutes(String metric, Instant now, int count) {
    List<MetricDatapoint> found = new ArrayList<>();
    for (MetricDatapoint point : series.getOrDefault(metric, new ArrayDeque<>())) {
      if (point.timestamp().isAfter(now.minus(MINUTE.multipliedBy(count)))) {
        found.add(point);
      }
    }
    return found.size() == count ? Optional.of(found) : Optional.empty();
  }

  /** The statistic over the datapoints of the period ending at {@code now}; empty without any. */
  Optional<Double> aggregate(String metric, Instant now, Duration period, Statistic statistic) {
    List<Double> values = new ArrayList<>();
    for (MetricDatapoint point : series.getOrDefault(metric, new ArrayDeque<>())) {
      if (point.timestamp().isAfter(now.minus(period)) && !point.timestamp().isAfter(now)) {
        values.add(point.value());
      }
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(switch (statistic) {
      case AVERAGE -> values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      case MINIMUM -> values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      case MAXIMUM -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      case SUM -> values.stream().mapToDouble(Double::doubleValue).sum();
      case SAMPLE_COUNT -> (double) values.size();
    });
  }
}
