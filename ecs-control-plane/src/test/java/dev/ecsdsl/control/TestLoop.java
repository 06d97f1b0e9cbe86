package dev.ecsdsl.control;

import dev.ecsdsl.control.loop.EventLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/** A virtual clock for the control plane's own tests: actions in time order, ties in scheduling order. */
public final class TestLoop implements EventLoop {
  private final PriorityQueue<Entry> queue = new PriorityQueue<>();
  private Instant now = Instant.parse("2025-01-01T00:00:00Z");
  private long sequence;

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public Scheduled schedule(Duration delay, Runnable action) {
    Entry entry = new Entry(now.plus(delay), sequence++, action);
    queue.add(entry);
    return () -> entry.cancelled = true;
  }

  @Override
  public void execute(Runnable action) {
    schedule(Duration.ZERO, action);
  }

  /** Runs every action due within {@code duration}; the clock ends there. */
  public void advance(Duration duration) {
    Instant until = now.plus(duration);
    while (!queue.isEmpty() && !queue.peek().at.isAfter(until)) {
      Entry entry = queue.poll();
      now = entry.at;
      if (!entry.cancelled) {
        entry.action.run();
      }
    }
    now = until;
  }

  private static final class Entry implements Comparable<Entry> {
    final Instant at;
    final long sequence;
    final Runnable action;
    boolean cancelled;

    Entry(Instant at, long sequence, Runnable action) {
      this.at = at;
      this.sequence = sequence;
      this.action = action;
    }

    @Override
    public int compareTo(Entry other) {
      int byTime = at.compareTo(other.at);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }
}
