package dev.ecsdsl.runtime.waiters;

import java.time.Duration;

/**
 * A wait for a {@link Condition}, from {@code runtime.await(condition)}; {@link #atMost} runs it.
 */
public interface Await {
  /**
   * Lets time pass until the condition holds, at most {@code timeout} (virtual time in memory, the wall clock on
   * Docker), checking it after every event.
   *
   * @param timeout the most time that may pass, not negative
   * @return how much time passed until the condition held (zero when it held at once)
   * @throws WaitTimeoutException when it did not hold in time; the message says what was awaited, for how long
   *     and the last state seen
   * @throws IllegalArgumentException when {@code timeout} is negative
   */
  Duration atMost(Duration timeout);
}
