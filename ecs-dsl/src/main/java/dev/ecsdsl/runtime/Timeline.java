package dev.ecsdsl.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Prints events as a timeline, with times relative to the first event. */
public final class Timeline {
  private Timeline() {}

  /**
   * {@return one line per event; empty when there are none}
   *
   * @param events the events, oldest first
   */
  public static String format(List<RuntimeEvent> events) {
    if (events.isEmpty()) {
      return "";
    }
    Instant start = events.get(0).at();
    StringBuilder out = new StringBuilder();
    for (RuntimeEvent event : events) {
      out.append(event.format(start)).append('\n');
    }
    return out.toString();
  }

  /** {@code +HH:MM:SS.mmm} from start to at. */
  static String elapsed(Instant start, Instant at) {
    Duration d = Duration.between(start, at);
    return String.format("+%02d:%02d:%02d.%03d", d.toHours(), d.toMinutesPart(), d.toSecondsPart(),
        d.toMillisPart());
  }
}
