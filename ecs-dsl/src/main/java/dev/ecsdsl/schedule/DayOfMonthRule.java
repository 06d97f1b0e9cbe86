package dev.ecsdsl.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;

/**
 * A day-of-month field: plain days, {@code L} (the last day of the month) and {@code nW} (the weekday closest to
 * day n). As in Quartz, whose syntax EventBridge's follows, the closest weekday never leaves the month: 1W on a
 * Saturday is Monday the 3rd, and the last day on a Sunday gives the Friday before. A day n that the month does
 * not have (31W in April) matches nothing that month.
 */
final class DayOfMonthRule implements DayRule {
  private final BitSet days;
  private final boolean last;
  private final BitSet nearestWeekday;

  DayOfMonthRule(BitSet days, boolean last, BitSet nearestWeekday) {
    this.days = days;
    this.last = last;
    this.nearestWeekday = nearestWeekday;
  }

  @Override
  public boolean matches(LocalDate date) {
    int day = date.getDayOfMonth();
    int length = date.lengthOfMonth();
    if (days.get(day) || (last && day == length)) {
      return true;
    }
    for (int n = nearestWeekday.nextSetBit(1); n > 0 && n <= length; n = nearestWeekday.nextSetBit(n + 1)) {
      if (closestWeekday(date.withDayOfMonth(n)) == day) {
        return true;
      }
    }
    return false;
  }

  private static int closestWeekday(LocalDate date) {
    int n = date.getDayOfMonth();
    DayOfWeek weekday = date.getDayOfWeek();
    if (weekday == DayOfWeek.SATURDAY) {
      return n == 1 ? 3 : n - 1;
    }
    if (weekday == DayOfWeek.SUNDAY) {
      return n == date.lengthOfMonth() ? n - 2 : n + 1;
    }
    return n;
  }
}
