package dev.ecsdsl.schedule;

import java.time.LocalDate;
import java.util.BitSet;

/**
 * A day-of-week field, days numbered 1 (SUN) to 7 (SAT): plain days, {@code L} alone (the last day of the week,
 * SAT), {@code dL} (the last day d of the month: 6L is the last Friday) and {@code d#n} (the n-th day d of the
 * month: 3#2 is the second Tuesday).
 */
final class DayOfWeekRule implements DayRule {
  private final BitSet days;
  private final BitSet lastOfMonth;
  private final int nthDay;
  private final int nth;

  /** {@code nth} 0 when the field has no {@code #}. */
  DayOfWeekRule(BitSet days, BitSet lastOfMonth, int nthDay, int nth) {
    this.days = days;
    this.lastOfMonth = lastOfMonth;
    this.nthDay = nthDay;
    this.nth = nth;
  }

  /** 1 for Sunday … 7 for Saturday, as EventBridge numbers them. */
  static int number(LocalDate date) {
    return date.getDayOfWeek().getValue() % 7 + 1;
  }

  @Override
  public boolean matches(LocalDate date) {
    int day = number(date);
    return days.get(day)
        || (lastOfMonth.get(day) && date.plusWeeks(1).getMonth() != date.getMonth())
        || (nth > 0 && day == nthDay && (date.getDayOfMonth() - 1) / 7 + 1 == nth);
  }
}
