package dev.ecsdsl.docker;

import dev.ecsdsl.docker.agent.DockerAgent;
import dev.ecsdsl.docker.engine.DockerUnavailableException;
import dev.ecsdsl.control.api.TimePassing;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The Docker runtime's clock: the wall clock, which containers move on their own. Letting time pass is waiting,
 * checking every {@value #POLL_MILLIS} ms; a wait ends at once with the engine watch's report once the engine is
 * lost, rather than waiting out its time for what cannot happen.
 */
final class WallTime implements TimePassing {
  private static final long POLL_MILLIS = 50;
  private final WallClockEventLoop loop;
  private final DockerAgent agent;

  WallTime(WallClockEventLoop loop, DockerAgent agent) {
    this.loop = loop;
    this.agent = agent;
  }

  @Override
  public Instant now() {
    return loop.now();
  }

  /** Waits {@code duration} of real time while the containers do what they do. */
  @Override
  public void advance(Duration duration) {
    TimePassing.requireNonNegative(duration, "duration");
    sleep(duration.toMillis());
  }

  /**
   * Waits until the control plane has no foreground work scheduled and the agent no Docker call or check in flight
   * (or {@code limit} has passed); returns how long it waited. Containers that keep running do not count: what they
   * do next (exit, turn unhealthy) comes from outside.
   */
  @Override
  public Duration runUntilIdle(Duration limit) {
    TimePassing.requireNonNegative(limit, "duration");
    Instant start = loop.now();
    Instant deadline = start.plus(limit);
    while ((loop.hasForegroundWork() || agent.busy()) && loop.now().isBefore(deadline)) {
      requireEngine();
      sleep(POLL_MILLIS);
    }
    return Duration.between(start, loop.now());
  }

  @Override
  public boolean isVirtual() {
    return false;
  }

  @Override
  public boolean passUntil(BooleanSupplier condition, Duration timeout) {
    TimePassing.requireNonNegative(timeout, "duration");
    Instant deadline = loop.now().plus(timeout);
    while (true) {
      requireEngine();
      if (condition.getAsBoolean()) {
        return true;
      }
      if (!loop.now().isBefore(deadline)) {
        return false;
      }
      sleep(POLL_MILLIS);
    }
  }

  /** Fails with the engine watch's report once the engine is lost. */
  private void requireEngine() {
    agent.engineLoss().ifPresent(loss -> {
      throw new DockerUnavailableException(loss.getMessage(), loss);
    });
  }


  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
