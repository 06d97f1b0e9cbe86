package dev.ecsdsl.schedule;

import dev.ecsdsl.schedule.CronField.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells rate, cron and at expressions apart and reads rate and at; cron fields go to {@link CronParser}. */
final class ScheduleParser {
  private ScheduleParser() {}

  private static final Pattern FORM = Pattern.compile("(rate|cron|at)\\((.*)\\)", Pattern.DOTALL);
  private static final Pattern RATE_BODY = Pattern.compile("(\\d+) +([A-Za-z]+)");
  private static final Pattern AT_BODY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
  private static final List<String> SINGULAR = List.of("minute", "hour", "day");
  private static final List<String> PLURAL = List.of("minutes", "hours", "days");

  static ScheduleExpression parse(String text, ScheduleSyntax syntax) {
    Objects.requireNonNull(text, "schedule expression");
    Objects.requireNonNull(syntax, "syntax");
    Matcher form = FORM.matcher(text.trim());
    try {
      if (!form.matches()) {
        throw new FieldProblem(syntax == ScheduleSyntax.EVENTBRIDGE_RULE
            ? "it is neither rate(value unit) nor cron(fields)"
            : "it is none of at(yyyy-mm-ddThh:mm:ss), rate(value unit) and cron(fields)");
      }
      String body = form.group(2).trim();
      return switch (form.group(1)) {
        case "rate" -> rate(text, body);
        case "cron" -> CronParser.parse(text, body);
        default -> at(text, body, syntax);
      };
    } catch (FieldProblem problem) {
      throw new InvalidScheduleExpressionException(text, problem.getMessage());
    }
  }

  /**
   * Doc (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rate-expressions.html): value is a positive
   * number; unit minute | minutes | hour | hours | day | days; "If the value is equal to 1, then the unit must be
   * singular. If the value is greater than 1, the unit must be plural."
   */
  private static RateExpression rate(String text, String body) {
    Matcher m = RATE_BODY.matcher(body);
    if (!m.matches()) {
      throw new FieldProblem("rate takes a positive whole number and a unit, e.g. rate(5 minutes)");
    }
    String unit = m.group(2);
    if (!SINGULAR.contains(unit) && !PLURAL.contains(unit)) {
      throw new FieldProblem("rate unit '" + unit + "' is not one of minute, minutes, hour, hours, day, days");
    }
    long value;
    Duration interval;
    try {
      value = Long.parseLong(m.group(1));
      Duration one = switch (unit.charAt(0)) {
        case 'm' -> Duration.ofMinutes(1);
        case 'h' -> Duration.ofHours(1);
        default -> Duration.ofDays(1);
      };
      interval = one.multipliedBy(value);
      Instant.EPOCH.plus(interval);
    } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException tooLarge) {
      throw new FieldProblem("rate value " + m.group(1) + " is too large");
    }
    if (value < 1) {
      throw new FieldProblem("rate value " + value + " is not a positive number");
    }
    if (value == 1 && PLURAL.contains(unit)) {
      throw new FieldProblem("a rate of 1 takes the singular unit: rate(1 " + unit.substring(0, unit.length() - 1)
          + ")");
    }
    if (value > 1 && SINGULAR.contains(unit)) {
      throw new FieldProblem("a rate above 1 takes the plural unit: rate(" + value + " " + unit + "s)");
    }
    return new RateExpression(text, interval, Instant.EPOCH);
  }

  /** Doc (API_PutScheduledAction): "At expressions - at(yyyy-mm-ddThh:mm:ss)", for one-time schedules. */
  private static AtExpression at(String text, String body, ScheduleSyntax syntax) {
    if (syntax == ScheduleSyntax.EVENTBRIDGE_RULE) {
      throw new FieldProblem("at(...) is for Application Auto Scaling scheduled actions; an EventBridge rule takes "
          + "rate(value unit) or cron(fields)");
    }
    if (!AT_BODY.matcher(body).matches()) {
      throw new FieldProblem("at takes a date and time as yyyy-mm-ddThh:mm:ss, e.g. at(2025-06-01T08:00:00)");
    }
    try {
      return new AtExpression(text, LocalDateTime.parse(body));
    } catch (DateTimeParseException e) {
      throw new FieldProblem("'" + body + "' is not a date and time that exists");
    }
  }
}
