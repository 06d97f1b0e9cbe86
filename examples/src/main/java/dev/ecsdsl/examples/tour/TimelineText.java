package dev.ecsdsl.examples.tour;

import dev.ecsdsl.runtime.RuntimeEvent;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Prints the tour's interesting events, grouped under their phases, with times since the tour began. */
public final class TimelineText {
  private TimelineText() {}

  /**
   * Prints the timeline of {@code recording} to {@code out}.
   *
   * @param recording what the tour did
   * @param out where to print
   */
  public static void print(TourRecording recording, PrintStream out) {
    InterestingEvents interesting = new InterestingEvents();
    for (Phase phase : recording.phases()) {
      out.printf("%n== %s  (%s - %s)%n", phase.name(), elapsed(recording.start(), phase.start()),
          elapsed(recording.start(), phase.end()));
      out.println("   " + phase.summary());
      List<RuntimeEvent> events = recording.eventsOf(phase).stream().filter(interesting).toList();
      for (RuntimeEvent e : events) {
        out.printf("  %s  %-24s %-13s %s%n", elapsed(recording.start(), e.at()), e.type(), e.cluster(),
            e.subject() + "  " + e.message());
      }
      if (events.isEmpty()) {
        out.println("  (nothing worth a line)");
      }
    }
  }

  /** {@code +H:MM:SS} from start. */
  static String elapsed(Instant start, Instant at) {
    Duration d = Duration.between(start, at);
    return String.format("+%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }
}
