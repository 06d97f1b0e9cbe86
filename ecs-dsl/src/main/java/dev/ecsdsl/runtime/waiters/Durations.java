package dev.ecsdsl.runtime.waiters;

import java.time.Duration;

/** Durations in words for messages: {@code 10m}, {@code 1m30s}, {@code 250ms}. */
final class Durations {
  private Durations() {}

  static String text(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    if (duration.toHours() > 0) {
      out.append(duration.toHours()).append('h');
    }
    if (duration.toMinutesPart() > 0) {
      out.append(duration.toMinutesPart()).append('m');
    }
    if (duration.toSecondsPart() > 0) {
      out.append(duration.toSecondsPart()).append('s');
    }
    if (duration.toMillisPart() > 0) {
      out.append(duration.toMillisPart()).append("ms");
    }
    return out.length() == 0 ? duration.toString() : out.toString();
  }
}
