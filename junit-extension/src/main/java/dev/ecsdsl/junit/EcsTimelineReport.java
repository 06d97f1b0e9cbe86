package dev.ecsdsl.junit;

import java.util.List;

/**
 * Added to a failed test's exception as a suppressed exception: the runtime's event timeline and the
 * seed, so that a failure shows what ECS did and how to repeat the run. It carries no stack trace of its
 * own; its message is the report.
 */
public final class EcsTimelineReport extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** The most events a report shows; earlier ones are counted, not listed. */
  public static final int MAX_EVENTS = 400;
  /** The seed of the failed test's runtime. */
  private final long seed;
  /** The runtime's event timeline, one line per event. */
  private final String timeline;

  EcsTimelineReport(String runtime, EcsSettings settings, String timeline) {
    super(message(runtime, settings, timeline), null, false, false);
    this.seed = settings.seed();
    this.timeline = timeline;
  }

  /**
   * The seed of the runtime.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The whole timeline, one line per event.
   *
   * @return the timeline
   */
  public String timeline() {
    return timeline;
  }

  private static String message(String runtime, EcsSettings settings, String timeline) {
    List<String> lines = timeline.lines().toList();
    StringBuilder message = new StringBuilder("ECS timeline of the ").append(runtime).append(", ")
        .append(settings.howToRepeat()).append(", ").append(lines.size()).append(" events");
    if (lines.isEmpty()) {
      return message.append(" (nothing happened)").toString();
    }
    message.append(':');
    int omitted = Math.max(0, lines.size() - MAX_EVENTS);
    if (omitted > 0) {
      message.append("\n  … ").append(omitted).append(" earlier events omitted");
    }
    lines.subList(omitted, lines.size()).forEach(line -> message.append("\n  ").append(line));
    return message.toString();
  }
}
