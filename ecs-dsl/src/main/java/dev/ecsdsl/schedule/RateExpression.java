package dev.ecsdsl.schedule;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code rate(value unit)}: fires every {@link #interval()} counted from its start, the first time one interval
 * after the start. EventBridge: "A rate expression starts when you create the scheduled event rule, and then it
 * runs on a defined schedule" (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rate-expressions.html).
 * A parsed rate starts at the epoch until {@link #startingAt} gives it its real start.
 *
 * @param text the expression as written
 * @param interval the time between two firings (value × minute, hour or day)
 * @param start when the rule was created; the first firing is one interval later
 */
public record RateExpression(String text, Duration interval, Instant start) implements ScheduleExpression {

  /**
   * A rate; {@code interval} must be positive.
   *
   * @param text the expression as written
   * @param interval the time between two firings
   * @param start when the rule was created
   */
  public RateExpression {
    Objects.requireNonNull(text);
    Objects.requireNonNull(start);
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("a rate's interval must be positive, got " + interval);
    }
  }

  @Override
  public Optional<Instant> next(Instant after, ZoneId zone) {
    long intervals = after.isBefore(start) ? 1 : Duration.between(start, after).dividedBy(interval) + 1;
    try {
      return Optional.of(start.plus(interval.multipliedBy(intervals)));
    } catch (ArithmeticException | DateTimeException beyondTime) {
      return Optional.empty();
    }
  }

  @Override
  public RateExpression startingAt(Instant newStart) {
    return new RateExpression(text, interval, newStart);
  }
}
