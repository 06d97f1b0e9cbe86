package dev.ecsdsl.validation;

import dev.ecsdsl.schedule.ScheduleExpression;
import dev.ecsdsl.schedule.ScheduleSyntax;
import java.util.Optional;

/**
 * Reads EventBridge schedule expressions ({@code rate(value unit)} and {@code cron(six fields)}) with the parser
 * the runtimes fire them with ({@link ScheduleExpression}), so that what validates is what runs. Answers what is
 * wrong, or nothing.
 */
final class ScheduleExpressions {
  private ScheduleExpressions() {}

  /** What is wrong with the expression as an EventBridge rule's schedule, or empty when it is valid. */
  static Optional<String> problem(String expression) {
    return ScheduleExpression.problem(expression, ScheduleSyntax.EVENTBRIDGE_RULE);
  }
}
