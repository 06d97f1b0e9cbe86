package dev.ecsdsl.inmemory.simulated;

import dev.ecsdsl.inmemory.clock.VirtualEventLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A simulated agent attached to a virtual loop and a recording listener; times are since the start. */
final class AgentHarness {
  static final Instant ORIGIN = Instant.parse("2025-01-01T00:00:00Z");

  final VirtualEventLoop loop = new VirtualEventLoop(ORIGIN);
  final RecordingListener listener = new RecordingListener(loop, ORIGIN);
  final SimulatedAgent agent = new SimulatedAgent();

  AgentHarness() {
    agent.attach(loop, listener);
  }

  /** Runs everything due up to {@code sinceOrigin}. */
  AgentHarness runUntil(Duration sinceOrigin) {
    loop.runUntil(ORIGIN.plus(sinceOrigin), () -> false);
    return this;
  }

  AgentHarness runUntil(long secondsSinceOrigin) {
    return runUntil(Duration.ofSeconds(secondsSinceOrigin));
  }

  List<Report> reports() {
    return listener.reports();
  }
}
