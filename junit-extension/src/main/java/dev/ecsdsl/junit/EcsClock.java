package dev.ecsdsl.junit;

import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.waiters.Await;
import dev.ecsdsl.runtime.waiters.Condition;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The time of a runtime ({@code runtime.clock()}), injectable into tests: virtual in memory (it moves only when
 * told), the wall clock on Docker. Also a {@link java.time.Clock} ({@link #asClock()}) for code under test that
 * takes one.
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

  /** {@return the runtime's current time} */
  public Instant now() {
    return runtime.clock().now();
  }

  /**
   * Lets {@code duration} pass, processing everything that happens meanwhile.
   *
   * @param duration how long to let pass
   * @return this clock
   */
  public EcsClock advance(Duration duration) {
    runtime.clock().advance(duration);
    return this;
  }

  /**
   * A wait for a condition described in words ({@link EcsRuntime#await(String, Predicate)}).
   *
   * @param description what is awaited, for the timeout message
   * @param condition whether it holds, checked after every event
   * @return the wait, to run with {@code atMost}
   */
  public Await await(String description, Predicate<EcsRuntime> condition) {
    return runtime.await(description, condition);
  }

  /**
   * A wait for a condition ({@link EcsRuntime#await(Condition)}).
   *
   * @param condition what to wait for, with words for it
   * @return the wait, to run with {@code atMost}
   */
  public Await await(Condition condition) {
    return runtime.await(condition);
  }

  /**
   * Lets time pass until {@code condition} holds, at most {@code timeout}; says nothing when it does not.
   *
   * @param condition checked after every event
   * @param timeout the most time that may pass
   * @return true when the condition held in time
   * @deprecated use {@link #await(String, Predicate)} and {@code atMost(timeout)}, which throws a
   *     {@link WaitTimeoutException} saying what it waited for
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public boolean runUntil(Predicate<EcsRuntime> condition, Duration timeout) {
    try {
      runtime.await(condition).atMost(timeout);
      return true;
    } catch (WaitTimeoutException e) {
      return false;
    }
  }

  /**
   * Lets time pass until nothing more is scheduled (containers that run forever do not count).
   *
   * @param limit the most time that may pass
   * @return the time that passed
   */
  public Duration runUntilIdle(Duration limit) {
    return runtime.clock().runUntilIdle(limit);
  }

  /** {@return whether time is virtual (in memory) rather than the wall clock (Docker)} */
  public boolean isVirtual() {
    return runtime.clock().isVirtual();
  }

  /**
   * A {@link Clock} in UTC that reads this runtime's time, for code under test that takes one.
   *
   * @return the clock
   */
  public Clock asClock() {
    return runtime.clock().asClock();
  }

  @Override
  public String toString() {
    return "EcsClock[" + now() + "]";
  }
}
