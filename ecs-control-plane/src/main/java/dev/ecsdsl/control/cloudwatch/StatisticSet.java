package dev.ecsdsl.control.cloudwatch;

import dev.ecsdsl.model.Statistic;

/**
 * The samples of a metric over a time, as CloudWatch aggregates them ({@code StatisticSet}): how many, their sum,
 * their minimum and maximum. A period's statistic is taken from the sets of its minutes.
 *
 * @param sampleCount how many samples
 * @param sum their sum
 * @param minimum the smallest
 * @param maximum the largest
 */
record StatisticSet(double sampleCount, double sum, double minimum, double maximum) {
  /** {@code count} samples of value 1 each: a count metric such as RequestCount ("Minimum, Maximum, Average: 1"). */
  static StatisticSet ofCount(long count) {
    return new StatisticSet(count, count, 1, 1);
  }

  /** One sample. */
  static StatisticSet of(double value) {
    return new StatisticSet(1, value, value, value);
  }

  StatisticSet plus(StatisticSet other) {
    return new StatisticSet(sampleCount + other.sampleCount, sum + other.sum, Math.min(minimum, other.minimum),
        Math.max(maximum, other.maximum));
  }

  double value(Statistic statistic) {
    return switch (statistic) {
      case SUM -> sum;
      case SAMPLE_COUNT -> sampleCount;
      case AVERAGE -> sum / sampleCount;
      case MINIMUM -> minimum;
      case MAXIMUM -> maximum;
    };
  }
}
