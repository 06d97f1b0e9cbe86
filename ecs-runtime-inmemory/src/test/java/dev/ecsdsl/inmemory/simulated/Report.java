package dev.ecsdsl.inmemory.simulated;

import java.time.Duration;

/**
 * One report of the agent: when (since the test's start), for which task (by id), and what, e.g. {@code
 * app HEALTHY}, {@code app exited 137: OutOfMemoryError: …}, {@code prepared}.
 */
record Report(Duration at, String task, String event) {

  /** A report for task {@code t1}. */
  static Report at(Duration at, String event) {
    return new Report(at, "t1", event);
  }

  /** A report for task {@code t1}, {@code seconds} after the test's start. */
  static Report at(long seconds, String event) {
    return at(Duration.ofSeconds(seconds), event);
  }

  @Override
  public String toString() {
    return task + " @ " + DurationText.of(at) + ": " + event;
  }
}
