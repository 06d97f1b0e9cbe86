package dev.ecsdsl.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Optional;

/**
 * {@code cron(minutes hours day-of-month month day-of-week year)} as EventBridge and Application Auto Scaling read
 * it (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cron-expressions.html): it fires at every minute
 * whose wall-clock time in the zone matches all six fields. EventBridge rules run in UTC; a scheduled action may
 * name a time zone. Around daylight-saving changes a local time fires once: a time that a gap skips does not fire
 * that day, and a time that an overlap repeats fires at its first occurrence only (the docs say nothing of either;
 * this is our choice).
 */
public final class CronExpression implements ScheduleExpression {
  private final String text;
  private final BitSet minutes;
  private final BitSet hours;
  private final DayRule dayOfMonth;
  private final BitSet months;
  private final DayRule dayOfWeek;
  private final BitSet years;

  CronExpression(String text, BitSet minutes, BitSet hours, DayRule dayOfMonth, BitSet months, DayRule dayOfWeek,
      BitSet years) {
    this.text = text;
    this.minutes = minutes;
    this.hours = hours;
    this.dayOfMonth = dayOfMonth;
    this.months = months;
    this.dayOfWeek = dayOfWeek;
    this.years = years;
  }

  @Override
  public String text() {
    return text;
  }

  /**
   * Whether the minute of {@code time} (seconds ignored) matches every field.
   *
   * @param time a local date and time
   * @return whether the expression fires in that minute
   */
  public boolean matches(LocalDateTime time) {
    return years.get(time.getYear()) && months.get(time.getMonthValue()) && dayMatches(time.toLocalDate())
        && hours.get(time.getHour()) && minutes.get(time.getMinute());
  }

  private boolean dayMatches(LocalDate date) {
    return dayOfMonth.matches(date) && dayOfWeek.matches(date);
  }

  @Override
  public Optional<Instant> next(Instant after, ZoneId zone) {
    LocalDateTime t = LocalDateTime.ofInstant(after, zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    while (t.getYear() <= CronField.YEAR.max) {
      LocalDate date = t.toLocalDate();
      if (!years.get(Math.max(t.getYear(), 0))) {
        int year = years.nextSetBit(Math.max(t.getYear() + 1, 0));
        if (year < 0) {
          return Optional.empty();
        }
        t = LocalDate.of(year, 1, 1).atStartOfDay();
      } else if (!months.get(t.getMonthValue())) {
        int month = months.nextSetBit(t.getMonthValue() + 1);
        t = month < 0 ? LocalDate.of(t.getYear() + 1, 1, 1).atStartOfDay()
            : LocalDate.of(t.getYear(), month, 1).atStartOfDay();
      } else if (!dayMatches(date)) {
        t = date.plusDays(1).atStartOfDay();
      } else if (!hours.get(t.getHour())) {
        int hour = hours.nextSetBit(t.getHour() + 1);
        t = hour < 0 ? date.plusDays(1).atStartOfDay() : date.atTime(hour, 0);
      } else if (!minutes.get(t.getMinute())) {
        int minute = minutes.nextSetBit(t.getMinute() + 1);
        t = minute < 0 ? date.atTime(t.getHour(), 0).plusHours(1) : date.atTime(t.getHour(), minute);
      } else {
        ZonedDateTime zoned = ZonedDateTime.ofLocal(t, zone, null);
        if (zoned.toLocalDateTime().equals(t) && zoned.toInstant().isAfter(after)) {
          return Optional.of(zoned.toInstant());
        }
        t = t.plusMinutes(1);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CronExpression c && c.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
