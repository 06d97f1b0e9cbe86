package dev.ecsdsl.schedule;

import java.time.LocalDate;

/** Which dates a day-of-month or day-of-week field lets through. */
interface DayRule {
  /** {@code ?}: any day (the other day field decides). */
  DayRule ANY = date -> true;

  boolean matches(LocalDate date);
}
