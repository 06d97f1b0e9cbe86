package dev.ecsdsl.docker.agent;

import dev.ecsdsl.runtime.HealthStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One run of one container of a task, from {@code startContainer} to its exit: the state that decides what
 * is reported, and that each report is made once and in order (started, health changes, exited). Reports
 * are handed over under the run's lock, so that they reach the loop in the order they were decided even
 * when the engine's event stream, the poll and a worker observe the container at the same time.
 *
 * <p>A restart (the control plane starting an exited container again) is a new run of the same Docker
 * container.
 */
final class ContainerRun {
  /** Where the run is. */
  enum Phase {
    /** Being created and started; nothing reported yet. */
    STARTING,
    /** Reported started. */
    RUNNING,
    /** Reported exited (or failed to start). */
    EXITED
  }

  private final DockerTask task;
  private final String name;
  private volatile String containerId;
  private Phase phase = Phase.STARTING;
  private Duration stopOnceRunning;
  private boolean stopping;
  private boolean exitSeenWhileStarting;
  private HealthStatus health = HealthStatus.UNKNOWN;
  private HealthStatus healthSeenWhileStarting;

  ContainerRun(DockerTask task, String name, String containerId) {
    this.task = task;
    this.name = name;
    this.containerId = containerId;
  }

  DockerTask task() {
    return task;
  }

  String name() {
    return name;
  }

  /** The Docker container, once created (for a restart, from the start). */
  String containerId() {
    return containerId;
  }

  void created(String id) {
    this.containerId = id;
  }

  synchronized Phase phase() {
    return phase;
  }

  /**
   * A stop was asked for. True when the caller is to stop the container now; a container still starting
   * is stopped once it runs, one that has exited or is stopping already needs nothing.
   */
  synchronized boolean requestStop(Duration timeout) {
    if (phase == Phase.STARTING) {
      if (stopOnceRunning == null) {
        stopOnceRunning = timeout;
      }
      return false;
    }
    if (phase == Phase.RUNNING && !stopping) {
      stopping = true;
      return true;
    }
    return false;
  }

  /**
   * The container started: reports it, then a health status the engine gave meanwhile. Returns the stop
   * that was asked for while it started, to carry out now.
   */
  synchronized Optional<Duration> running(Runnable reportStarted, Consumer<HealthStatus> reportHealth) {
    if (phase != Phase.STARTING) {
      return Optional.empty();
    }
    phase = Phase.RUNNING;
    reportStarted.run();
    if (healthSeenWhileStarting != null) {
      health(healthSeenWhileStarting, reportHealth);
    }
    if (stopOnceRunning != null) {
      stopping = true;
    }
    return Optional.ofNullable(stopOnceRunning);
  }

  /** Whether the engine said the container died before it was reported started. */
  synchronized boolean exitSeenWhileStarting() {
    return exitSeenWhileStarting;
  }

  /**
   * The engine says the container died. True when the caller is to confirm it (inspect) and report the
   * exit; while the run is still starting it is only noted, and once exited nothing is left to do.
   */
  synchronized boolean dieObserved() {
    if (phase == Phase.STARTING) {
      exitSeenWhileStarting = true;
      return false;
    }
    return phase == Phase.RUNNING;
  }

  /** Claims the run's one exit report and makes it; false when it was made already. */
  synchronized boolean exited(Runnable reportExit) {
    if (phase == Phase.EXITED) {
      return false;
    }
    phase = Phase.EXITED;
    reportExit.run();
    return true;
  }

  /** The engine gave a health status: reported when it changed and the run is reported started. */
  synchronized void health(HealthStatus status, Consumer<HealthStatus> report) {
    if (phase == Phase.STARTING) {
      healthSeenWhileStarting = status;
    } else if (phase == Phase.RUNNING && status != health) {
      health = status;
      report.accept(status);
    }
  }
}
