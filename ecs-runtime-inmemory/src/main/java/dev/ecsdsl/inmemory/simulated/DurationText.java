package dev.ecsdsl.inmemory.simulated;

import java.time.Duration;

/** Short text for a duration: {@code 30s}, {@code 1500ms}, else ISO-8601. */
final class DurationText {
  private DurationText() {}

  static String of(Duration duration) {
    if (duration.getNano() == 0) {
      return duration.getSeconds() + "s";
    }
    if (duration.getNano() % 1_000_000 == 0) {
      try {
        return duration.toMillis() + "ms";
      } catch (ArithmeticException tooLong) {
        return duration.toString();
      }
    }
    return duration.toString();
  }
}
