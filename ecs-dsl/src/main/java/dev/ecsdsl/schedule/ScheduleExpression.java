package dev.ecsdsl.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A parsed schedule expression: {@link RateExpression rate(value unit)}, {@link CronExpression
 * cron(minutes hours day-of-month month day-of-week year)} or (Application Auto Scaling only) {@link
 * AtExpression at(yyyy-mm-ddThh:mm:ss)}. It answers when it fires next.
 *
 * <pre>{@code
 * ScheduleExpression nightly = ScheduleExpression.parse("cron(0 2 * * ? *)", ScheduleSyntax.EVENTBRIDGE_RULE);
 * Optional<Instant> next = nightly.next(Instant.parse("2025-01-01T03:00:00Z"), ZoneOffset.UTC); // 2025-01-02T02:00Z
 * }</pre>
 */
public sealed interface ScheduleExpression permits RateExpression, CronExpression, AtExpression {

  /**
   * Parses {@code text} as {@code syntax} defines it.
   *
   * @param text the expression, e.g. {@code rate(5 minutes)}
   * @param syntax EventBridge's or Application Auto Scaling's rules
   * @return the parsed expression
   * @throws InvalidScheduleExpressionException with the first thing that is wrong
   */
  static ScheduleExpression parse(String text, ScheduleSyntax syntax) {
    return ScheduleParser.parse(text, syntax);
  }

  /**
   * What is wrong with {@code text}, or empty when {@code syntax} accepts it.
   *
   * @param text the expression, e.g. {@code rate(5 minutes)}
   * @param syntax EventBridge's or Application Auto Scaling's rules
   * @return the first thing that is wrong; empty when the expression is valid
   */
  static Optional<String> problem(String text, ScheduleSyntax syntax) {
    try {
      parse(text, syntax);
      return Optional.empty();
    } catch (InvalidScheduleExpressionException e) {
      return Optional.of(e.problem());
    }
  }

  /** {@return the expression as written} */
  String text();

  /**
   * The first firing strictly after {@code after}, with cron and at fields read as wall-clock time in {@code
   * zone}; empty when the expression never fires again (an at in the past, a cron whose years are over). A rate
   * counts elapsed time from its start and ignores the zone.
   *
   * @param after the time after which to look
   * @param zone the time zone of cron and at fields
   * @return the next firing; empty when there is none
   */
  Optional<Instant> next(Instant after, ZoneId zone);

  /**
   * The expression as it runs from {@code start}: a rate fires one interval after its start and every interval
   * from then on ("a rate expression starts when you create the scheduled event rule"); cron and at
   * expressions do not depend on their start and return themselves.
   *
   * @param start when the rule was created (or the scheduled action put)
   * @return the expression with that start
   */
  default ScheduleExpression startingAt(Instant start) {
    return this;
  }
}
