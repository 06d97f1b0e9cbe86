package dev.ecsdsl.inmemory.simulated;

import dev.ecsdsl.control.agent.AgentListener;
import dev.ecsdsl.control.agent.EcsErrors;
import dev.ecsdsl.control.agent.ExitCodes;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.NetworkBinding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One run of one container, from the start request to its exit: plays its {@link ContainerBehaviour} on
 * the event loop and reports to the listener. Reports its exit at most once, and nothing after it has
 * exited or been discarded.
 */
final class SimulatedContainer {

  /** Where the container is in its life. */
  enum State { STARTING, RUNNING, STOPPING, EXITED }

  private final EventLoop loop;
  private final AgentListener listener;
  private final String taskArn;
  private final ContainerDefinition definition;
  private final ContainerBehaviour behaviour;
  private final List<NetworkBinding> bindings;

  private State state = State.STARTING;
  private Instant startedAt;
  private Duration stopRequestedWhileStarting;
  private HealthCheckState health;
  private Duration healthCheckInterval;
  private int healthChecksRun;
  private boolean healthChecksFail;
  /** When the health settled: from then on checks only confirm it and are counted, not run. */
  private Instant settledAt;
  /** When checks ended (exit or discard) while settled; null while they go on. */
  private Instant checksEndedAt;
  private boolean checkAtEndRan;

  private EventLoop.Scheduled start;
  private EventLoop.Scheduled ownExit;
  private EventLoop.Scheduled nextHealthCheck;
  private EventLoop.Scheduled stopExit;

  SimulatedContainer(EventLoop loop, AgentListener listener, String taskArn, ContainerDefinition definition,
      ContainerBehaviour behaviour, List<NetworkBinding> bindings) {
    this.loop = loop;
    this.listener = listener;
    this.taskArn = taskArn;
    this.definition = definition;
    this.behaviour = behaviour;
    this.bindings = List.copyOf(bindings);
  }

  /** Schedules the start; called once. */
  void requestStart() {
    start = loop.schedule(behaviour.startTime(), this::run);
  }

  /**
   * SIGTERM, then SIGKILL after {@code stopTimeout}. A container still starting is stopped as soon as it
   * runs (the start is not aborted); a second stop request changes nothing.
   */
  void requestStop(Duration stopTimeout) {
    switch (state) {
      case STARTING -> {
        if (stopRequestedWhileStarting == null) {
          stopRequestedWhileStarting = stopTimeout;
        }
      }
      case RUNNING -> sigterm(stopTimeout);
      case STOPPING, EXITED -> { }
    }
  }

  /** Forgets the container without reporting anything more. */
  void discard() {
    endChecks(loop.now());
    state = State.EXITED;
    cancelPending();
  }

  ContainerBehaviour behaviour() {
    return behaviour;
  }

  ContainerDefinition definition() {
    return definition;
  }

  State state() {
    return state;
  }

  /** The process dies now, as a crash or {@code docker kill} would end it, with {@code exitCode}. */
  void crash(int exitCode) {
    if (hasStarted()) {
      Instant at = loop.now();
      loop.schedule(Duration.ZERO, () -> exit(exitCode, Optional.empty(), at));
    }
  }

  /** From now on every health check of the container fails, whatever its behaviour says. */
  void failHealthChecks() {
    healthChecksFail = true;
    if (nextHealthCheck != null || settledAt != null && hasStarted()) {
      if (nextHealthCheck != null) {
        nextHealthCheck.cancel();
      }
      healthChecksRun = healthChecksRun();
      settledAt = null;
      scheduleHealthCheck();
    }
  }

  boolean isActive() {
    return state != State.EXITED;
  }

  boolean hasStarted() {
    return state == State.RUNNING || state == State.STOPPING;
  }

  /**
   * The checks run so far, including those that only confirmed a settled health: they are not scheduled,
   * since they cannot change anything, but counted as Docker would have run them, every interval from the
   * last check that ran until the container exits.
   */
  int healthChecksRun() {
    if (settledAt == null) {
      return healthChecksRun;
    }
    Instant end = checksEndedAt == null ? loop.now() : checksEndedAt;
    long intervals = Duration.between(settledAt, end).toSeconds() / healthCheckInterval.toSeconds();
    boolean endsOnACheck = checksEndedAt != null && !checkAtEndRan
        && !settledAt.plus(healthCheckInterval.multipliedBy(intervals)).isBefore(end);
    return healthChecksRun + (int) intervals - (endsOnACheck && intervals > 0 ? 1 : 0);
  }

  private void run() {
    if (state != State.STARTING) {
      return;
    }
    start = null;
    if (behaviour.startFailure().isPresent()) {
      exit(behaviour.startFailureExitCode(),
          Optional.of(EcsErrors.cannotStartContainer(behaviour.startFailure().get())), loop.now());
      return;
    }
    state = State.RUNNING;
    startedAt = loop.now();
    scheduleOwnExit();
    definition.healthCheck().ifPresent(this::startHealthChecks);
    if (stopRequestedWhileStarting != null) {
      sigterm(stopRequestedWhileStarting);
    }
    listener.containerStarted(taskArn, definition.name(), bindings);
  }

  /**
   * The exit the container comes to by itself: its own exit or the OOM killer, whichever is due first
   * (its own exit on a tie).
   */
  private void scheduleOwnExit() {
    Optional<Duration> exitTime = behaviour.exitTime();
    Optional<Duration> oomTime = behaviour.outOfMemoryTime();
    if (exitTime.isPresent() && (oomTime.isEmpty() || exitTime.get().compareTo(oomTime.get()) <= 0)) {
      ownExit = loop.schedule(exitTime.get(), () -> exit(behaviour.exitCode(), Optional.empty(), startedAt));
    } else if (oomTime.isPresent()) {
      ownExit = loop.schedule(oomTime.get(),
          () -> exit(ExitCodes.SIGKILL, Optional.of(EcsErrors.OUT_OF_MEMORY), startedAt));
    }
  }

  /**
   * Docker runs the first check {@code interval} after the container started and each next one {@code
   * interval} after the previous one completed (Dockerfile reference, HEALTHCHECK). A simulated check
   * completes at once, passing or failing as the behaviour says: it never hangs until {@code timeout}, so
   * checks fall on exact multiples of the interval. Docker Engine 25 and later also probe every {@code
   * start-interval} (5 s unless set; ECS cannot set it) during a non-zero start period until the first
   * pass; that is not simulated.
   */
  private void startHealthChecks(HealthCheck healthCheck) {
    health = new HealthCheckState(healthCheck);
    healthCheckInterval = Duration.ofSeconds(healthCheck.intervalOrDefault());
    scheduleHealthCheck();
  }

  /**
   * A check that can still change the container's health is foreground work. Once the health is settled
   * (the reported status is what every future check will confirm, as long as nothing fails the checks)
   * the next checks cannot change anything: they are not scheduled at all, only counted, so a runtime
   * whose containers are all settled is idle and an hour of it costs no events.
   */
  private void scheduleHealthCheck() {
    if (healthSettled()) {
      nextHealthCheck = null;
      settledAt = loop.now();
    } else {
      nextHealthCheck = loop.schedule(healthCheckInterval, this::runHealthCheck);
    }
  }

  private boolean healthSettled() {
    Duration sinceStart = Duration.between(startedAt, loop.now());
    boolean changeAhead = behaviour.healthyAfter().compareTo(sinceStart) > 0
        && behaviour.unhealthyAfter().map(u -> u.compareTo(behaviour.healthyAfter()) > 0).orElse(true)
        || behaviour.unhealthyAfter().map(u -> u.compareTo(sinceStart) > 0).orElse(false);
    if (healthChecksFail) {
      return health.status() == HealthStatus.UNHEALTHY;
    }
    HealthStatus settledAs = behaviour.healthCheckPassesAt(sinceStart) ? HealthStatus.HEALTHY : HealthStatus.UNHEALTHY;
    return !changeAhead && health.status() == settledAs;
  }

  private void runHealthCheck() {
    if (!hasStarted()) {
      return;
    }
    healthChecksRun++;
    Duration sinceStart = Duration.between(startedAt, loop.now());
    scheduleHealthCheck();
    health.record(sinceStart, !healthChecksFail && behaviour.healthCheckPassesAt(sinceStart))
        .ifPresent(status -> listener.containerHealthChanged(taskArn, definition.name(), status));
  }

  /**
   * Exits {@code shutdownTime} after SIGTERM if that is within the stop timeout (a tie counts as within),
   * else SIGKILL at the stop timeout. An own exit due earlier still happens first.
   */
  private void sigterm(Duration stopTimeout) {
    state = State.STOPPING;
    Instant at = loop.now();
    Optional<Duration> shutdown = behaviour.shutdownTime();
    if (shutdown.isPresent() && shutdown.get().compareTo(stopTimeout) <= 0) {
      stopExit = loop.schedule(shutdown.get(), () -> exit(behaviour.shutdownExitCode(), Optional.empty(), at));
    } else {
      stopExit = loop.schedule(stopTimeout, () -> exit(ExitCodes.SIGKILL, Optional.empty(), at));
    }
  }

  /** The exit scheduled at {@code scheduledAt}; the process ends now. */
  private void exit(int exitCode, Optional<String> reason, Instant scheduledAt) {
    if (state == State.EXITED) {
      return;
    }
    endChecks(scheduledAt);
    state = State.EXITED;
    cancelPending();
    listener.containerExited(taskArn, definition.name(), exitCode, reason);
  }

  /**
   * Freezes the count of settled checks: a check due at this very instant ran first if it was scheduled
   * (one interval earlier) before the exit was.
   */
  private void endChecks(Instant exitScheduledAt) {
    if (settledAt != null && checksEndedAt == null && state != State.EXITED) {
      checksEndedAt = loop.now();
      checkAtEndRan = exitScheduledAt.isAfter(checksEndedAt.minus(healthCheckInterval));
    }
  }

  private void cancelPending() {
    for (EventLoop.Scheduled scheduled : new EventLoop.Scheduled[] {start, ownExit, nextHealthCheck, stopExit}) {
      if (scheduled != null) {
        scheduled.cancel();
      }
    }
    start = null;
    ownExit = null;
    nextHealthCheck = null;
    stopExit = null;
  }
}
