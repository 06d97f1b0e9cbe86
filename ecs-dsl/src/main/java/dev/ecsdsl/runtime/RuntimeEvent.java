package dev.ecsdsl.runtime;

import java.time.Instant;

/**
 * One state change, stamped with the runtime's time. {@code subject} names what changed in short form
 * ({@code task/9f3c…}, {@code instance/i-0abc…}, {@code service/web}); {@code message} says how.
 */
public record RuntimeEvent(Instant at, EventType type, String cluster, String subject, String message) {

  /**
   * One timeline line: elapsed time since {@code start}, type, cluster, subject and message.
   *
   * @param start the time elapsed times count from, usually the first event's
   * @return the line, without a newline
   */
  public String format(Instant start) {
    return Timeline.elapsed(start, at) + "  " + String.format("%-26s", type) + " " + cluster + " "
        + subject + "  " + message;
  }
}
