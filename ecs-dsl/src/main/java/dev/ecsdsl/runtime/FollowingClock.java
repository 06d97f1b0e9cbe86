package dev.ecsdsl.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A {@link Clock} that reads a runtime's time each time it is asked. */
final class FollowingClock extends Clock {
  private final RuntimeClock clock;
  private final ZoneId zone;

  FollowingClock(RuntimeClock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new FollowingClock(clock, other);
  }

  @Override
  public Instant instant() {
    return clock.now();
  }
}
