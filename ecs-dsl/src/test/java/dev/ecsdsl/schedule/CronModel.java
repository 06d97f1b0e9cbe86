package dev.ecsdsl.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A cron expression as a tree that tests generate, print and evaluate with plain java.time, independently of
 * {@link CronParser}: the brute-force oracle of the properties.
 */
record CronModel(List<Element> minutes, List<Element> hours, List<Element> dayOfMonth, List<Element> month,
    List<Element> dayOfWeek, List<Element> year) {

  /** One comma-separated element of a field. */
  sealed interface Element permits Any, Range, Step, Last, NearestWeekday, LastOf, Nth, Question {
    String text();
  }

  /** {@code *}. */
  record Any() implements Element {
    public String text() {
      return "*";
    }
  }

  /** {@code ?}. */
  record Question() implements Element {
    public String text() {
      return "?";
    }
  }

  /** {@code a} when from == to, else {@code a-b} (wrapping when b < a); names when {@code named}. */
  record Range(int from, int to, String fromText, String toText) implements Element {
    public String text() {
      return from == to ? fromText : fromText + "-" + toText;
    }
  }

  /** {@code base/step}: base is {@code *}, a start value (running to the field's end) or a range. */
  record Step(Element base, int step) implements Element {
    public String text() {
      return base.text() + "/" + step;
    }
  }

  /** {@code L}. */
  record Last() implements Element {
    public String text() {
      return "L";
    }
  }

  /** {@code nW}. */
  record NearestWeekday(int day) implements Element {
    public String text() {
      return day + "W";
    }
  }

  /** {@code dL}. */
  record LastOf(int weekday) implements Element {
    public String text() {
      return weekday + "L";
    }
  }

  /** {@code d#n}. */
  record Nth(int weekday, int n) implements Element {
    public String text() {
      return weekday + "#" + n;
    }
  }

  String text() {
    return "cron(" + List.of(minutes, hours, dayOfMonth, month, dayOfWeek, year).stream()
        .map(f -> f.stream().map(Element::text).collect(Collectors.joining(",")))
        .collect(Collectors.joining(" ")) + ")";
  }

  boolean matches(LocalDateTime t) {
    return dayMatches(t.toLocalDate()) && plain(hours, t.getHour(), 0, 23) && plain(minutes, t.getMinute(), 0, 59);
  }

  boolean dayMatches(LocalDate d) {
    return plain(year, d.getYear(), 1970, 2199) && plain(month, d.getMonthValue(), 1, 12)
        && dayOfMonth.stream().anyMatch(e -> dayOfMonth(e, d)) && dayOfWeek.stream().anyMatch(e -> dayOfWeek(e, d));
  }

  private static boolean plain(List<Element> field, int v, int min, int max) {
    return field.stream().anyMatch(e -> plain(e, v, min, max));
  }

  private static boolean plain(Element e, int v, int min, int max) {
    if (e instanceof Any || e instanceof Question) {
      return true;
    }
    if (e instanceof Range r) {
      return r.from() <= r.to() ? r.from() <= v && v <= r.to() : v >= r.from() || v <= r.to();
    }
    if (e instanceof Step s) {
      int from = s.base() instanceof Range r ? r.from() : min;
      boolean inBase = s.base() instanceof Range r && r.from() != r.to() ? plain(r, v, min, max)
          : v >= from;
      int span = max - min + 1;
      return inBase && Math.floorMod(v - from, span) % s.step() == 0;
    }
    throw new IllegalStateException("not a plain element: " + e);
  }

  private static boolean dayOfMonth(Element e, LocalDate d) {
    if (e instanceof Last) {
      return d.plusDays(1).getMonth() != d.getMonth();
    }
    if (e instanceof NearestWeekday w) {
      if (w.day() > d.lengthOfMonth() || !isWeekday(d)) {
        return false;
      }
      LocalDate closest = null;
      for (LocalDate c = d.withDayOfMonth(1); c.getMonth() == d.getMonth(); c = c.plusDays(1)) {
        if (isWeekday(c) && (closest == null
            || Math.abs(c.getDayOfMonth() - w.day()) < Math.abs(closest.getDayOfMonth() - w.day()))) {
          closest = c;
        }
      }
      return d.equals(closest);
    }
    return plain(e, d.getDayOfMonth(), 1, 31);
  }

  private static boolean dayOfWeek(Element e, LocalDate d) {
    int weekday = d.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : d.getDayOfWeek().getValue() + 1;
    if (e instanceof Last) {
      return d.getDayOfWeek() == DayOfWeek.SATURDAY;
    }
    if (e instanceof LastOf l) {
      return weekday == l.weekday() && d.getDayOfMonth() > d.lengthOfMonth() - 7;
    }
    if (e instanceof Nth n) {
      int seen = 0;
      for (LocalDate c = d.withDayOfMonth(1); !c.isAfter(d); c = c.plusDays(1)) {
        if (c.getDayOfWeek() == d.getDayOfWeek()) {
          seen++;
        }
      }
      return weekday == n.weekday() && seen == n.n();
    }
    return plain(e, weekday, 1, 7);
  }

  private static boolean isWeekday(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
