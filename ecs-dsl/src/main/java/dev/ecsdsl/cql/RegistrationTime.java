package dev.ecsdsl.cql;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code registeredAt} argument in one of the documented formats ({@code 2018-06-18T22:28:28+00:00},
 * {@code 2018-06-18T22:28:28Z}, {@code 2018-06-18T22:28:28}, {@code 2018-06-18}), read as the
 * interval it names: one second for a timestamp, one day for a date. Times without an offset are
 * UTC.
 *
 * <p>A registration time {@code t} then compares as: {@code == d} when {@code t} is inside the
 * interval, {@code < d} when before it, {@code > d} when after it, and so on.
 */
final class RegistrationTime {
  private static final Pattern FORMAT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?)?");

  private final Instant from;
  private final Instant until;

  private RegistrationTime(Instant from, Duration length) {
    this.from = from;
    this.until = from.plus(length);
  }

  static Optional<RegistrationTime> parse(String text) {
    if (!FORMAT.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      if (text.length() == 10) {
        Instant day = LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        return Optional.of(new RegistrationTime(day, Duration.ofDays(1)));
      }
      Instant second =
          text.length() == 19
              ? LocalDateTime.parse(text).toInstant(ZoneOffset.UTC)
              : OffsetDateTime.parse(text).toInstant();
      return Optional.of(new RegistrationTime(second, Duration.ofSeconds(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty(); // e.g. 2018-02-30
    }
  }

  /** Whether {@code registeredAt operator this} holds. */
  boolean accepts(Operator operator, Instant registeredAt) {
    switch (operator) {
      case EQUALS:
        return !registeredAt.isBefore(from) && registeredAt.isBefore(until);
      case NOT_EQUALS:
        return registeredAt.isBefore(from) || !registeredAt.isBefore(until);
      case LESS_THAN:
        return registeredAt.isBefore(from);
      case LESS_THAN_EQUAL:
        return registeredAt.isBefore(until);
      case GREATER_THAN:
        return !registeredAt.isBefore(until);
      case GREATER_THAN_EQUAL:
        return !registeredAt.isBefore(from);
      default:
        throw new IllegalArgumentException(operator + " does not apply to registeredAt");
    }
  }
}
