package dev.ecsdsl.inmemory.clock;

import dev.ecsdsl.control.loop.EventLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.function.BooleanSupplier;

/**
 * An {@link EventLoop} on a virtual clock: time stands still until the owner runs the loop, and then it
 * jumps from one scheduled action to the next. Nothing sleeps, so a day of a cluster's life passes in
 * milliseconds, and the same calls always give the same order of actions.
 */
public final class VirtualEventLoop implements EventLoop {
  private final PriorityQueue<Entry> queue = new PriorityQueue<>();
  private final Queue<Runnable> external = new ArrayDeque<>();
  private Instant now;
  private long sequence;
  private int foreground;

  /**
   * A loop whose clock starts at {@code start}.
   *
   * @param start the clock's start time
   */
  public VirtualEventLoop(Instant start) {
    this.now = Objects.requireNonNull(start);
  }

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public Scheduled schedule(Duration delay, Runnable action) {
    return add(delay, action, false);
  }

  @Override
  public Scheduled scheduleBackground(Duration delay, Runnable action) {
    return add(delay, action, true);
  }

  private Scheduled add(Duration delay, Runnable action, boolean background) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay " + delay);
    }
    Entry entry = new Entry(now.plus(delay), sequence++, action, background);
    queue.add(entry);
    if (!background) {
      foreground++;
    }
    return () -> {
      if (!entry.cancelled && !entry.done && !entry.background) {
        foreground--;
      }
      entry.cancelled = true;
    };
  }

  /**
   * Whether any action that is not a background one is still to run.
   *
   * @return true while such an action is scheduled
   */
  public boolean hasForegroundWork() {
    drainExternal();
    return foreground > 0;
  }

  @Override
  public synchronized void execute(Runnable action) {
    external.add(action);
  }

  /**
   * When the next action is due, or {@code null} when nothing is scheduled.
   *
   * @return the due time, or {@code null}
   */
  public Instant nextDue() {
    drainExternal();
    skipCancelled();
    Entry head = queue.peek();
    return head == null ? null : head.at;
  }

  /**
   * Runs the next action if it is due by {@code until}; returns whether one ran. The clock moves to the
   * action's time.
   *
   * @param until the latest due time to run
   * @return true when an action ran
   */
  public boolean runNext(Instant until) {
    Instant due = nextDue();
    if (due == null || due.isAfter(until)) {
      return false;
    }
    Entry entry = queue.poll();
    now = entry.at;
    entry.done = true;
    if (!entry.background) {
      foreground--;
    }
    entry.action.run();
    return true;
  }

  /**
   * Runs every action due up to {@code until}, in order, stopping early as soon as {@code stop} holds
   * after an action; the clock ends at {@code until} unless stopped early. Returns whether it stopped
   * early.
   *
   * @param until the latest due time to run
   * @param stop checked after each action
   * @return true when it stopped early
   */
  public boolean runUntil(Instant until, BooleanSupplier stop) {
    while (runNext(until)) {
      if (stop.getAsBoolean()) {
        return true;
      }
    }
    if (until.isAfter(now)) {
      now = until;
    }
    return false;
  }

  private synchronized void drainExternal() {
    Runnable action;
    while ((action = external.poll()) != null) {
      queue.add(new Entry(now, sequence++, action, false));
      foreground++;
    }
  }

  private void skipCancelled() {
    while (!queue.isEmpty() && queue.peek().cancelled) {
      queue.poll();
    }
  }

  private static final class Entry implements Comparable<Entry> {
    final Instant at;
    final long sequence;
    final Runnable action;
    final boolean background;
    boolean cancelled;
    boolean done;

    Entry(Instant at, long sequence, Runnable action, boolean background) {
      this.at = at;
      this.sequence = sequence;
      this.action = action;
      this.background = background;
    }

    @Override
    public int compareTo(Entry other) {
      int byTime = at.compareTo(other.at);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }
}
