package dev.ecsdsl.schedule;

import dev.ecsdsl.schedule.CronField.FieldProblem;
import java.util.BitSet;
import java.util.Locale;

/**
 * Reads the six fields of {@code cron(minutes hours day-of-month month day-of-week year)} by the EventBridge cron
 * reference (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cron-expressions.html), which Application
 * Auto Scaling shares. Each field is a comma-separated list of elements: {@code *}, a value, a range {@code a-b}
 * (a range whose end comes before its start wraps around, {@code 22-2} in hours, as in Quartz), and with {@code /}
 * a step from a start or over a range; plus the field's own wildcards ({@code ? L W #}).
 */
final class CronParser {
  private CronParser() {}

  /** Parses the text between {@code cron(} and {@code )}; a {@link FieldProblem} says what is wrong. */
  static CronExpression parse(String text, String body) {
    String[] fields = body.isBlank() ? new String[0] : body.trim().split("\\s+");
    if (fields.length != 6) {
      throw new FieldProblem("cron takes 6 fields (minutes hours day-of-month month day-of-week year) but has "
          + fields.length);
    }
    boolean dayOfMonthAny = fields[2].equals("?");
    boolean dayOfWeekAny = fields[4].equals("?");
    if (dayOfMonthAny && dayOfWeekAny) {
      throw new FieldProblem("day-of-month and day-of-week cannot both be '?'; give one of them, e.g. "
          + "cron(0 12 * * ? *)");
    }
    BitSet minutes = values(CronField.MINUTES, fields[0]);
    BitSet hours = values(CronField.HOURS, fields[1]);
    DayRule dayOfMonth = dayOfMonthAny ? DayRule.ANY : dayOfMonth(fields[2]);
    BitSet months = values(CronField.MONTH, fields[3]);
    DayRule dayOfWeek = dayOfWeekAny ? DayRule.ANY : dayOfWeek(fields[4]);
    BitSet years = values(CronField.YEAR, fields[5]);
    // Doc: "You can't specify the Day-of-month and Day-of-week fields in the same cron expression. If you specify
    // a value or a * (asterisk) in one of the fields, you must use a ? (question mark) in the other."
    if (!dayOfMonthAny && !dayOfWeekAny) {
      throw new FieldProblem("one of day-of-month and day-of-week must be '?' (you cannot give both; e.g. "
          + "cron(0 12 * * ? *) or cron(0 12 ? * MON-FRI *))");
    }
    return new CronExpression(text, minutes, hours, dayOfMonth, months, dayOfWeek, years);
  }

  private static BitSet values(CronField field, String text) {
    BitSet values = new BitSet();
    for (String element : elements(field, text)) {
      add(field, element, values);
    }
    return values;
  }

  private static DayRule dayOfMonth(String text) {
    BitSet days = new BitSet();
    BitSet nearestWeekday = new BitSet();
    boolean last = false;
    for (String element : elements(CronField.DAY_OF_MONTH, text)) {
      String upper = element.toUpperCase(Locale.ROOT);
      if (upper.equals("L")) {
        last = true;
      } else if (upper.endsWith("W")) {
        String day = element.substring(0, element.length() - 1);
        if (!day.matches("\\d+")) {
          throw new FieldProblem("'W' follows one day 1-31, as in 3W (the weekday closest to the 3rd); '"
              + element + "' is not that");
        }
        nearestWeekday.set(CronField.DAY_OF_MONTH.value(day));
      } else {
        add(CronField.DAY_OF_MONTH, element, days);
      }
    }
    return new DayOfMonthRule(days, last, nearestWeekday);
  }

  private static DayRule dayOfWeek(String text) {
    BitSet days = new BitSet();
    BitSet lastOfMonth = new BitSet();
    int nthDay = 0;
    int nth = 0;
    String[] elements = elements(CronField.DAY_OF_WEEK, text);
    for (String element : elements) {
      String upper = element.toUpperCase(Locale.ROOT);
      if (upper.equals("L")) {
        days.set(CronField.DAY_OF_WEEK.max);
      } else if (upper.endsWith("L")) {
        lastOfMonth.set(CronField.DAY_OF_WEEK.value(element.substring(0, element.length() - 1)));
      } else if (element.contains("#")) {
        // Doc: "If you use a '#' character, you can define only one expression in the day-of-week field."
        if (elements.length > 1) {
          throw new FieldProblem("a day-of-week field with '#' holds that one expression only ('" + text
              + "' has " + elements.length + "; '3#1,6#3' is not valid either)");
        }
        String[] parts = element.split("#", -1);
        if (parts.length != 2 || !parts[1].matches("[1-5]")) {
          throw new FieldProblem("'" + element + "' is not day#n: '#' takes a day (1-7 or SUN-SAT) and which one "
              + "of the month (1-5), as in 3#2 (the second Tuesday)");
        }
        nthDay = CronField.DAY_OF_WEEK.value(parts[0]);
        nth = Integer.parseInt(parts[1]);
      } else {
        add(CronField.DAY_OF_WEEK, element, days);
      }
    }
    return new DayOfWeekRule(days, lastOfMonth, nthDay, nth);
  }

  /** The field's comma-separated elements, after checking it uses only wildcards it allows. */
  private static String[] elements(CronField field, String text) {
    for (char c : new char[] {'?', 'L', 'W', '#', '/'}) {
      if (text.toUpperCase(Locale.ROOT).indexOf(c) >= 0 && !field.allows(c) && !isInName(field, text, c)) {
        throw new FieldProblem("'" + c + "' is not allowed in " + field.label + " ('" + text + "'); "
            + field.label + " takes " + field.takes() + wildcards(field));
      }
    }
    if (text.contains("?")) {
      throw new FieldProblem("'?' stands alone in " + field.label + "; '" + text + "' mixes it with other values");
    }
    String[] elements = text.split(",", -1);
    for (String element : elements) {
      if (element.isEmpty()) {
        throw new FieldProblem(field.label + " field '" + text + "' has an empty element between commas");
      }
    }
    return elements;
  }

  /** Month and day names hold letters that are wildcards elsewhere (the L of JUL, the W of WED). */
  private static boolean isInName(CronField field, String text, char c) {
    String withoutNames = text.toUpperCase(Locale.ROOT)
        .replaceAll("JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SUN|MON|TUE|WED|THU|FRI|SAT", "");
    return (field == CronField.MONTH || field == CronField.DAY_OF_WEEK) && withoutNames.indexOf(c) < 0;
  }

  private static String wildcards(CronField field) {
    StringBuilder allowed = new StringBuilder(" with , - *");
    for (char c : new char[] {'?', '/', 'L', 'W', '#'}) {
      if (field.allows(c)) {
        allowed.append(' ').append(c);
      }
    }
    return allowed.toString();
  }

  /** Adds {@code *}, {@code a}, {@code a-b}, {@code * /s}, {@code a/s} or {@code a-b/s} to {@code values}. */
  private static void add(CronField field, String element, BitSet values) {
    String range = element;
    int step = 1;
    int slash = element.indexOf('/');
    if (slash >= 0) {
      String stepText = element.substring(slash + 1);
      if (!stepText.matches("\\d{1,9}") || Integer.parseInt(stepText) < 1) {
        throw new FieldProblem("the step in " + field.label + " element '" + element
            + "' must be a whole number of at least 1");
      }
      step = Integer.parseInt(stepText);
      range = element.substring(0, slash);
    }
    int from;
    int to;
    if (range.equals("*")) {
      from = field.min;
      to = field.max;
    } else if (range.indexOf('-') > 0) {
      String[] ends = range.split("-", -1);
      if (ends.length != 2) {
        throw new FieldProblem(field.label + " element '" + element + "' is not a range a-b");
      }
      from = field.value(ends[0]);
      to = field.value(ends[1]);
    } else {
      from = field.value(range);
      to = slash >= 0 ? field.max : from;
    }
    int span = field.max - field.min + 1;
    int count = (to - from + span) % span + 1;
    for (int i = 0; i < count; i += step) {
      values.set(field.min + (from - field.min + i) % span);
    }
  }
}
