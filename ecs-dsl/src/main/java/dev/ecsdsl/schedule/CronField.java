package dev.ecsdsl.schedule;

import java.util.List;
import java.util.Locale;

/**
 * The six fields of a cron expression with their ranges, names and the wildcards each allows, as the EventBridge
 * cron reference lists them (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cron-expressions.html):
 * minutes 0-59 {@code , - * /}; hours 0-23 {@code , - * /}; day-of-month 1-31 {@code , - * ? / L W}; month 1-12 or
 * JAN-DEC {@code , - * /}; day-of-week 1-7 or SUN-SAT {@code , - * ? L #}; year 1970-2199 {@code , - * /}.
 */
enum CronField {
  MINUTES("minutes", 0, 59, List.of(), "/"),
  HOURS("hours", 0, 23, List.of(), "/"),
  DAY_OF_MONTH("day-of-month", 1, 31, List.of(), "?/LW"),
  MONTH("month", 1, 12,
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), "/"),
  DAY_OF_WEEK("day-of-week", 1, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"), "?L#"),
  YEAR("year", 1970, 2199, List.of(), "/");

  final String label;
  final int min;
  final int max;
  private final List<String> names;
  private final String specials;

  CronField(String label, int min, int max, List<String> names, String specials) {
    this.label = label;
    this.min = min;
    this.max = max;
    this.names = names;
    this.specials = specials;
  }

  /** Whether the field allows the wildcard {@code c} (one of {@code / ? L W #}). */
  boolean allows(char c) {
    return specials.indexOf(c) >= 0;
  }

  /** What the field takes, for messages: {@code 1-12 or JAN-DEC}. */
  String takes() {
    return min + "-" + max + (names.isEmpty() ? "" : " or " + names.get(0) + "-" + names.get(names.size() - 1));
  }

  /** A number or (month, day-of-week) a name, case-insensitive, within the field's range. */
  int value(String text) {
    if (text.matches("\\d{1,9}")) {
      int v = Integer.parseInt(text);
      if (v < min || v > max) {
        throw new FieldProblem(label + " value " + v + " is outside " + min + "-" + max);
      }
      return v;
    }
    int named = names.indexOf(text.toUpperCase(Locale.ROOT));
    if (named >= 0) {
      return min + named;
    }
    throw new FieldProblem("'" + text + "' is not a " + label + " value (" + label + " takes " + takes() + ")");
  }

  /** A problem in one field; the parser adds the expression. */
  static final class FieldProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FieldProblem(String message) {
      super(message, null, false, false);
    }
  }
}
