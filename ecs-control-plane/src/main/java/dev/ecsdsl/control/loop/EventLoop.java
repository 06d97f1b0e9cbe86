package dev.ecsdsl.control.loop;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The single thread of the control plane and the clock it runs on. Everything that happens in a runtime
 * (a container exiting, a health check, a timeout) is an action scheduled here; actions run one at a
 * time, in time order, ties in the order they were scheduled. The in-memory runtime jumps from action to
 * action on a virtual clock; the Docker runtime follows the wall clock.
 */
public interface EventLoop {

  /**
   * The loop's current time.
   *
   * @return the current time
   */
  Instant now();

  /**
   * Runs {@code action} on the loop after {@code delay} (zero: after what is already due now).
   *
   * @param delay how long from now, zero or more
   * @param action the action to run
   * @return a handle to cancel the action
   */
  Scheduled schedule(Duration delay, Runnable action);

  /**
   * Like {@link #schedule}, for an action that only watches (a periodic health check, a poll): a loop
   * whose remaining actions are all background ones counts as idle.
   *
   * @param delay how long from now, zero or more
   * @param action the action to run
   * @return a handle to cancel the action
   */
  default Scheduled scheduleBackground(Duration delay, Runnable action) {
    return schedule(delay, action);
  }

  /**
   * Runs {@code action} on the loop as soon as possible. The one method that may be called from other
   * threads (for example from Docker's event stream).
   *
   * @param action the action to run
   */
  void execute(Runnable action);

  /**
   * Runs {@code call} on the loop's thread and returns its result, for operations callers may make from any thread.
   * The default runs it on the caller's thread: the virtual loop's caller is the loop's one thread; a loop on a
   * thread of its own hands the call over and waits.
   *
   * @param call the call
   * @param <T> its result's type
   * @return its result (or it throws what the call threw)
   */
  default <T> T onLoopThread(Supplier<T> call) {
    return call.get();
  }

  /** A scheduled action that can still be cancelled. */
  interface Scheduled {
    /** Cancels the action if it has not run yet. */
    void cancel();
  }
}
