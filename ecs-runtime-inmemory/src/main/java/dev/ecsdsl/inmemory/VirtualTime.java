package dev.ecsdsl.inmemory;

import dev.ecsdsl.control.api.TimePassing;
import dev.ecsdsl.inmemory.clock.VirtualEventLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** The in-memory runtime's clock: the loop's virtual time, which moves only here, from event to event. */
final class VirtualTime implements TimePassing {
  private final VirtualEventLoop loop;

  VirtualTime(VirtualEventLoop loop) {
    this.loop = loop;
  }

  @Override
  public Instant now() {
    return loop.now();
  }

  @Override
  public void advance(Duration duration) {
    TimePassing.requireNonNegative(duration, "duration");
    loop.runUntil(loop.now().plus(duration), () -> false);
  }

  @Override
  public Duration runUntilIdle(Duration limit) {
    TimePassing.requireNonNegative(limit, "duration");
    Instant start = loop.now();
    Instant deadline = start.plus(limit);
    while (loop.hasForegroundWork() && loop.runNext(deadline)) {
      // one action at a time until only background actions (health checks, polls, request loads) remain
    }
    return Duration.between(start, loop.now());
  }

  @Override
  public boolean isVirtual() {
    return true;
  }

  @Override
  public boolean passUntil(BooleanSupplier condition, Duration timeout) {
    TimePassing.requireNonNegative(timeout, "duration");
    if (condition.getAsBoolean()) {
      return true;
    }
    return loop.runUntil(loop.now().plus(timeout), condition) || condition.getAsBoolean();
  }

}
