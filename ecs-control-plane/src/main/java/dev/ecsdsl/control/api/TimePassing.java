package dev.ecsdsl.control.api;

import dev.ecsdsl.runtime.RuntimeClock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/** A runtime's clock, with the one thing waits need from it: letting time pass until something holds. */
public interface TimePassing extends RuntimeClock {
  /**
   * Lets time pass until {@code condition} holds (checked at once, then after every event in memory or every few
   * milliseconds on Docker) or {@code timeout} has passed.
   *
   * @param condition what is waited for; what it throws ends the wait
   * @param timeout the most time that may pass, not negative
   * @return whether the condition held in time
   */
  boolean passUntil(BooleanSupplier condition, Duration timeout);

  /**
   * Checks a duration a clock is given: present and not negative.
   *
   * @param duration the duration
   * @param name what it is, for the message ({@code duration}, {@code timeout})
   * @return the duration
   * @throws IllegalArgumentException when it is negative
   */
  static Duration requireNonNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + duration);
    }
    return duration;
  }
}
