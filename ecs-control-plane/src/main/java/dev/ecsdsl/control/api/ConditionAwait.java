package dev.ecsdsl.control.api;

import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.waiters.Await;
import dev.ecsdsl.runtime.waiters.Condition;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** {@code runtime.await(condition)} of both runtimes: their clocks let time pass; the failure says what it was. */
public final class ConditionAwait implements Await {
  private final EcsRuntime runtime;
  private final Condition condition;
  private final TimePassing clock;

  /**
   * A wait for a condition on a runtime.
   *
   * @param runtime the runtime the condition looks at
   * @param condition what is waited for
   * @param clock the runtime's clock
   */
  public ConditionAwait(EcsRuntime runtime, Condition condition, TimePassing clock) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.condition = Objects.requireNonNull(condition, "condition");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Duration atMost(Duration timeout) {
    TimePassing.requireNonNegative(timeout, "timeout");
    Instant start = clock.now();
    boolean met = clock.passUntil(() -> condition.isMet(runtime), timeout);
    Duration waited = Duration.between(start, clock.now());
    if (!met) {
      throw new WaitTimeoutException(condition.description(), waited, clock.isVirtual(), lastSeen());
    }
    return waited;
  }

  /** What the condition saw last; a failure to look (e.g. the service was deleted) is said, not thrown. */
  private String lastSeen() {
    try {
      return condition.lastSeen(runtime);
    } catch (RuntimeException e) {
      return "(could not look: " + e.getMessage() + ")";
    }
  }
}
