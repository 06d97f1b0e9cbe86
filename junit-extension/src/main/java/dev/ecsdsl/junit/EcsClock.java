package dev.ecsdsl.junit;

import dev.ecsdsl.runtime.EcsRuntime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The time of a runtime: virtual in memory (it moves only when told), the wall clock on Docker. Also a
 * {@link java.time.Clock} ({@link #asClock()}) for code under test that takes one.
 */
public final class EcsClock {
  private final EcsRuntime runtime;

  /**
   * The clock of {@code runtime}.
   *
   * @param runtime the runtime whose time it reads and moves
   */
  public EcsClock(EcsRuntime runtime) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
  }

  /**
   * The runtime's current time.
   *
   * @return the current time
   */
  public Instant now() {
    return runtime.now();
  }

  /**
   * Lets {@code duration} pass, processing everything that happens meanwhile.
   *
   * @param duration how long to let pass
   * @return this clock
   */
  public EcsClock advance(Duration duration) {
    runtime.advance(duration);
    return this;
  }

  /**
   * Lets time pass until {@code condition} holds, at most {@code timeout}; whether it held.
   *
   * @param condition checked as time passes
   * @param timeout the most time to let pass
   * @return true when the condition held
   */
  public boolean runUntil(Predicate<EcsRuntime> condition, Duration timeout) {
    return runtime.runUntil(condition, timeout);
  }

  /**
   * Lets time pass until nothing more is scheduled, at most {@code limit}; the time that passed.
   *
   * @param limit the most time to let pass
   * @return the time that passed
   */
  public Duration runUntilIdle(Duration limit) {
    return runtime.runUntilIdle(limit);
  }

  /**
   * A {@link java.time.Clock} in UTC that reads this runtime's time.
   *
   * @return the clock
   */
  public Clock asClock() {
    return new RuntimeClock(runtime, ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return "EcsClock[" + now() + "]";
  }

  private static final class RuntimeClock extends Clock {
    private final EcsRuntime runtime;
    private final ZoneId zone;

    RuntimeClock(EcsRuntime runtime, ZoneId zone) {
      this.runtime = runtime;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new RuntimeClock(runtime, other);
    }

    @Override
    public Instant instant() {
      return runtime.now();
    }
  }
}
