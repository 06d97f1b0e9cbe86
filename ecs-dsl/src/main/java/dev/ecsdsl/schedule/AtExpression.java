package dev.ecsdsl.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code at(yyyy-mm-ddThh:mm:ss)}: a one-time schedule of an Application Auto Scaling scheduled action, read as
 * wall-clock time in the action's time zone ("At and cron expressions use Universal Coordinated Time (UTC) by
 * default", API_PutScheduledAction). A time that a daylight-saving gap skips fires at the same offset after the
 * gap, as {@link java.time.ZonedDateTime#of} resolves it.
 *
 * @param text the expression as written
 * @param at the local date and time
 */
public record AtExpression(String text, LocalDateTime at) implements ScheduleExpression {

  /**
   * A one-time schedule.
   *
   * @param text the expression as written
   * @param at the local date and time
   */
  public AtExpression {
    Objects.requireNonNull(text);
    Objects.requireNonNull(at);
  }

  @Override
  public Optional<Instant> next(Instant after, ZoneId zone) {
    Instant instant = at.atZone(zone).toInstant();
    return instant.isAfter(after) ? Optional.of(instant) : Optional.empty();
  }
}
