package dev.ecsdsl.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads EventBridge schedule expressions: {@code rate(value unit)} (singular unit for 1, plural otherwise)
 * and {@code cron(minutes hours day-of-month month day-of-week year)} with the documented ranges and
 * wildcards. Answers what is wrong, or nothing.
 */
final class ScheduleExpressions {
  private ScheduleExpressions() {}

  private static final Pattern RATE = Pattern.compile("rate\\((.*)\\)");
  private static final Pattern RATE_BODY = Pattern.compile("(\\d+) +([A-Za-z]+)");
  private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private enum Field {
    MINUTES("minutes", 0, 59), HOURS("hours", 0, 23), DAY_OF_MONTH("day-of-month", 1, 31),
    MONTH("month", 1, 12), DAY_OF_WEEK("day-of-week", 1, 7), YEAR("year", 1970, 2199);

    final String label;
    final int min;
    final int max;

    Field(String label, int min, int max) {
      this.label = label;
      this.min = min;
      this.max = max;
    }
  }

  /** What is wrong with the expression, or empty when it is valid. */
  static Optional<String> problem(String expression) {
    String e = expression.trim();
    Matcher rate = RATE.matcher(e);
    if (rate.matches()) {
      return rateProblem(rate.group(1).trim());
    }
    Matcher cron = CRON.matcher(e);
    if (cron.matches()) {
      return cronProblem(cron.group(1).trim());
    }
    return Optional.of("it is neither rate(value unit) nor cron(fields)");
  }

  private static Optional<String> rateProblem(String body) {
    Matcher m = RATE_BODY.matcher(body);
    if (!m.matches()) {
      return Optional.of("rate takes a positive whole number and a unit, e.g. rate(5 minutes)");
    }
    long value;
    try {
      value = Long.parseLong(m.group(1));
    } catch (NumberFormatException ex) {
      return Optional.of("rate value " + m.group(1) + " is too large");
    }
    String unit = m.group(2);
    if (value < 1) {
      return Optional.of("rate value " + value + " is not a positive number");
    }
    List<String> singular = List.of("minute", "hour", "day");
    List<String> plural = List.of("minutes", "hours", "days");
    if (!singular.contains(unit) && !plural.contains(unit)) {
      return Optional.of("rate unit '" + unit + "' is not one of minute, minutes, hour, hours, day, days");
    }
    if (value == 1 && plural.contains(unit)) {
      return Optional.of("a rate of 1 takes the singular unit: rate(1 " + unit.substring(0, unit.length() - 1) + ")");
    }
    if (value > 1 && singular.contains(unit)) {
      return Optional.of("a rate above 1 takes the plural unit: rate(" + value + " " + unit + "s)");
    }
    return Optional.empty();
  }

  private static Optional<String> cronProblem(String body) {
    String[] fields = body.isEmpty() ? new String[0] : body.split("\\s+");
    if (fields.length != 6) {
      return Optional.of("cron takes 6 fields (minutes hours day-of-month month day-of-week year) but has "
          + fields.length);
    }
    Field[] kinds = Field.values();
    for (int i = 0; i < 6; i++) {
      Optional<String> p = fieldProblem(kinds[i], fields[i]);
      if (p.isPresent()) {
        return p;
      }
    }
    boolean domAny = fields[2].equals("?");
    boolean dowAny = fields[4].equals("?");
    if (domAny == dowAny) {
      return Optional.of(domAny ? "day-of-month and day-of-week cannot both be '?'"
          : "one of day-of-month and day-of-week must be '?' (you cannot give both; e.g. cron(0 12 * * ? *))");
    }
    return Optional.empty();
  }

  private static Optional<String> fieldProblem(Field field, String text) {
    if (text.equals("?")) {
      return field == Field.DAY_OF_MONTH || field == Field.DAY_OF_WEEK ? Optional.empty()
          : Optional.of("'?' is only allowed in day-of-month and day-of-week, not in " + field.label);
    }
    for (String element : text.split(",", -1)) {
      if (!element(field, element)) {
        return Optional.of(field.label + " field '" + text + "' is not valid (" + field.label + " takes "
            + field.min + "-" + field.max + (field == Field.MONTH ? " or JAN-DEC" : "")
            + (field == Field.DAY_OF_WEEK ? " or SUN-SAT" : "") + ")");
      }
    }
    return Optional.empty();
  }

  private static boolean element(Field field, String e) {
    if (e.isEmpty()) {
      return false;
    }
    if (e.equals("*")) {
      return true;
    }
    if (e.equals("L")) {
      return field == Field.DAY_OF_MONTH || field == Field.DAY_OF_WEEK;
    }
    int slash = e.indexOf('/');
    if (slash >= 0) {
      String base = e.substring(0, slash);
      String step = e.substring(slash + 1);
      return step.matches("\\d+") && Integer.parseInt(step) >= 1
          && (base.equals("*") || value(field, base) || range(field, base))
          && field != Field.DAY_OF_WEEK;
    }
    if (field == Field.DAY_OF_WEEK && e.contains("#")) {
      String[] parts = e.split("#", -1);
      return parts.length == 2 && value(field, parts[0]) && parts[1].matches("[1-5]");
    }
    if (field == Field.DAY_OF_WEEK && e.endsWith("L")) {
      return value(field, e.substring(0, e.length() - 1));
    }
    if (field == Field.DAY_OF_MONTH && e.endsWith("W")) {
      return value(field, e.substring(0, e.length() - 1));
    }
    if (e.contains("-")) {
      return range(field, e);
    }
    return value(field, e);
  }

  private static boolean range(Field field, String e) {
    String[] parts = e.split("-", -1);
    return parts.length == 2 && value(field, parts[0]) && value(field, parts[1]);
  }

  private static boolean value(Field field, String e) {
    if (e.matches("\\d{1,4}")) {
      int v = Integer.parseInt(e);
      return v >= field.min && v <= field.max;
    }
    String upper = e.toUpperCase(Locale.ROOT);
    return (field == Field.MONTH && MONTHS.contains(upper)) || (field == Field.DAY_OF_WEEK && DAYS.contains(upper));
  }
}
