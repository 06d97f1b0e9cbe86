package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.docker.endpoints.TaskEndpoints;
import dev.ecsdsl.docker.engine.DockerEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The watchdog process ({@link RunWatchdog} starts it): reads {@code watch <runId>} and {@code release <runId>}
 * lines from its standard input, which only the JVM it watches writes to. End of input means that JVM has
 * ended (the kernel closes the pipe of a dead process, also after {@code kill -9}); once its process is gone,
 * the watchdog removes every run still watched — containers, networks, volumes ({@link DockerCleanup#removeRun})
 * and the run's link-local NAT rule — and exits. An engine that does not answer is asked again every 2 s, for
 * at most 10 minutes.
 */
public final class WatchdogProcess {
  private static final Duration RETRY = Duration.ofSeconds(2);
  private static final Duration GIVE_UP = Duration.ofMinutes(10);

  private WatchdogProcess() {}

  /**
   * Watches the JVM named by the arguments.
   *
   * @param args the watched JVM's pid and its start time in epoch milliseconds (-1 when unknown)
   * @throws IOException never in practice: reading standard input fails only when it is closed
   */
  public static void main(String[] args) throws IOException {
    long pid = Long.parseLong(args[0]);
    long started = Long.parseLong(args[1]);
    ignoreTerminalSignals();
    DockerClient docker = connect();
    warmUp(docker);
    Set<String> runs = new LinkedHashSet<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("watch ")) {
          runs.add(line.substring(6).strip());
        } else if (line.startsWith("release ")) {
          runs.remove(line.substring(8).strip());
        }
      }
    } catch (IOException e) {
      // the pipe broke: the same as its end
    }
    awaitEnd(pid, started);
    if (!runs.isEmpty()) {
      removeAll(docker, runs);
    }
    System.exit(0);
  }

  /** Waits until the watched process is gone (its pipe can only close early if it closed it itself). */
  private static void awaitEnd(long pid, long started) {
    while (ProcessHandle.of(pid).filter(p -> p.isAlive() && (started < 0
        || p.info().startInstant().map(Instant::toEpochMilli).orElse(started) == started)).isPresent()) {
      sleep(Duration.ofMillis(200));
    }
  }

  private static void removeAll(DockerClient docker, Set<String> runs) {
    Instant deadline = Instant.now().plus(GIVE_UP);
    Set<String> left = new LinkedHashSet<>(runs);
    while (!left.isEmpty() && Instant.now().isBefore(deadline)) {
      for (String runId : Set.copyOf(left)) {
        try {
          if (docker == null) {
            docker = connect();
          }
          if (docker != null) {
            DockerCleanup.removeRun(docker, runId);
            TaskEndpoints.removeRedirectsOf(runId);
            left.remove(runId);
          }
        } catch (RuntimeException e) {
          System.err.println("removing run " + runId + " failed, trying again: " + e);
        }
      }
      if (!left.isEmpty()) {
        sleep(RETRY);
      }
    }
    TaskEndpoints.removeOrphanedRedirects();
  }

  /**
   * Goes once through what a cleanup does, for a run that does not exist: the classes are loaded now, while
   * the class path is surely there (a build may delete it before the watched JVM ends), and the cleanup
   * starts at once when it is needed.
   */
  private static void warmUp(DockerClient docker) {
    try {
      if (docker != null) {
        DockerCleanup.removeRun(docker, "ecs-dsl-watchdog-warm-up");
      }
      TaskEndpoints.removeRedirectsOf("ecs-dsl-watchdog-warm-up");
    } catch (RuntimeException e) {
      System.err.println("warming up failed: " + e);
    }
  }

  /** A client of the engine (its classes loaded, so that a later cleanup starts at once); null if none answers. */
  private static DockerClient connect() {
    try {
      return DockerEngine.connect();
    } catch (RuntimeException e) {
      System.err.println("no engine now: " + e.getMessage());
      return null;
    }
  }

  /**
   * Ctrl-C in a terminal signals the whole process group, the watchdog included; the watched JVM cleans up
   * after itself then (its shutdown hook), and the watchdog stays to see that it has ended.
   */
  private static void ignoreTerminalSignals() {
    for (String name : new String[] {"INT", "HUP"}) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
      } catch (RuntimeException | LinkageError e) {
        System.err.println("cannot ignore SIG" + name + ": " + e);
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
