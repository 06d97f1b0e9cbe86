package dev.ecsdsl.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The time of a runtime: virtual in memory (it moves only when asked, jumping from event to event), the wall clock
 * on Docker. To wait for something, use {@link EcsRuntime#await} or {@link EcsRuntime#waiter()}, which say what
 * they waited for when it does not happen.
 */
public interface RuntimeClock {
  /** {@return the runtime's current time} */
  Instant now();

  /**
   * Lets {@code duration} pass, processing everything that happens meanwhile (in memory at once; on Docker it
   * waits that long).
   *
   * @param duration how much time passes, not negative
   * @throws IllegalArgumentException when {@code duration} is negative
   */
  void advance(Duration duration);

  /**
   * Lets time pass until nothing more is scheduled to happen or {@code limit} has passed; returns the time that
   * passed. Containers that run forever, periodic health checks and request loads do not keep this from returning.
   *
   * @param limit the most time that may pass, not negative
   * @return the time that passed
   * @throws IllegalArgumentException when {@code limit} is negative
   */
  Duration runUntilIdle(Duration limit);

  /** {@return whether time is virtual (in memory) rather than the wall clock (Docker)} */
  boolean isVirtual();

  /**
   * This clock as a {@link Clock} in UTC, for code under test that takes one: it reads {@link #now()} each time.
   *
   * @return a clock that follows the runtime's time
   */
  default Clock asClock() {
    return new FollowingClock(this, ZoneOffset.UTC);
  }
}
