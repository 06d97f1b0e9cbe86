package dev.ecsdsl.docker.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This JVM's side of the watchdog that outlives it ({@link WatchdogProcess}, after Testcontainers' Ryuk): one
 * small JVM started beside this one when its first Docker agent is made, holding the read end of a pipe whose
 * write end only this JVM holds. Each agent names its run over the pipe when it is made ({@link #watch}) and
 * again when it has removed everything itself ({@link #release}). When this JVM ends in any way, {@code kill -9}
 * included, the kernel closes the pipe; the watchdog then removes the containers, networks, volumes and NAT rule
 * of every run not released, and exits.
 *
 * <p>A process, not a container: the NAT rule lives in the host's iptables, and the locally built busybox
 * image has no Docker client. The watchdog is this JVM's own java with its own class path, so it needs nothing
 * more than the JVM has. Set the system property {@value #DISABLE_PROPERTY} to {@code false} to do without it
 * (then a killed run's leftovers wait for the next run's sweep, {@link DockerCleanup#removeAbandoned}).
 */
final class RunWatchdog {
  /** {@code -Decsdsl.watchdog=false} starts no watchdog. */
  static final String DISABLE_PROPERTY = "ecsdsl.watchdog";
  private static final Logger LOG = LoggerFactory.getLogger(RunWatchdog.class);
  private static Process process;
  private static OutputStream pipe;
  private static boolean unavailable;

  private RunWatchdog() {}

  /** Asks the watchdog (started on first use) to remove run {@code runId} if this JVM ends before it does. */
  static synchronized void watch(String runId) {
    if (!"false".equals(System.getProperty(DISABLE_PROPERTY)) && started()) {
      tell("watch " + runId);
    }
  }

  /** The run has removed everything itself: the watchdog forgets it. */
  static synchronized void release(String runId) {
    if (pipe != null) {
      tell("release " + runId);
    }
  }

  /** The watchdog's process, if one runs (for tests). */
  static synchronized Process process() {
    return process;
  }

  private static boolean started() {
    if (pipe != null) {
      return true;
    }
    if (unavailable) {
      return false;
    }
    try {
      ProcessHandle self = ProcessHandle.current();
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx48m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
          "-cp", System.getProperty("java.class.path"),
          WatchdogProcess.class.getName(), Long.toString(self.pid()),
          Long.toString(self.info().startInstant().map(Instant::toEpochMilli).orElse(-1L))));
      process = new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      pipe = process.getOutputStream();
      LOG.debug("watchdog {} started", process.pid());
      return true;
    } catch (IOException | RuntimeException e) {
      unavailable = true;
      LOG.warn("no watchdog could be started ({}); if this JVM is killed, what its Docker runs created stays until"
          + " the next run on the engine removes it", e.toString());
      return false;
    }
  }

  private static void tell(String line) {
    try {
      pipe.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      pipe.flush();
    } catch (IOException e) {
      LOG.warn("the watchdog is gone ({}); if this JVM is killed, its Docker runs' leftovers stay until the next"
          + " run removes them", e.toString());
      pipe = null;
      unavailable = true;
    }
  }
}
