package dev.ecsdsl.inmemory.simulated;

import dev.ecsdsl.inmemory.agent.AgentListener;
import dev.ecsdsl.inmemory.clock.EventLoop;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.runtime.NetworkBinding;
import dev.ecsdsl.runtime.HealthStatus;
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
  private int healthChecksRun;
  private boolean healthChecksFail;

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
      loop.schedule(Duration.ZERO, () -> exit(exitCode, Optional.empty()));
    }
  }

  /** From now on every health check of the container fails, whatever its behaviour says. */
  void failHealthChecks() {
    healthChecksFail = true;
    if (nextHealthCheck != null) {
      nextHealthCheck.cancel();
      scheduleHealthCheck(Duration.ofSeconds(definition.healthCheck().orElseThrow().intervalOrDefault()));
    }
  }

  boolean isActive() {
    return state != State.EXITED;
  }

  boolean hasStarted() {
    return state == State.RUNNING || state == State.STOPPING;
  }

  int healthChecksRun() {
    return healthChecksRun;
  }

  private void run() {
    if (state != State.STARTING) {
      return;
    }
    start = null;
    if (behaviour.startFailure().isPresent()) {
      exit(behaviour.startFailureExitCode(),
          Optional.of(EcsErrors.cannotStartContainer(behaviour.startFailure().get())));
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
      ownExit = loop.schedule(exitTime.get(), () -> exit(behaviour.exitCode(), Optional.empty()));
    } else if (oomTime.isPresent()) {
      ownExit = loop.schedule(oomTime.get(),
          () -> exit(ExitCodes.SIGKILL, Optional.of(EcsErrors.OUT_OF_MEMORY)));
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
    scheduleHealthCheck(Duration.ofSeconds(healthCheck.intervalOrDefault()));
  }

  /**
   * A check that can still change the container's health is foreground work; once the health is settled
   * (the reported status is what every future check will confirm) checks only watch, and a runtime whose
   * remaining work is such checks counts as idle.
   */
  private void scheduleHealthCheck(Duration interval) {
    Runnable check = () -> runHealthCheck(interval);
    nextHealthCheck = healthSettled() ? loop.scheduleBackground(interval, check) : loop.schedule(interval, check);
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

  private void runHealthCheck(Duration interval) {
    if (!hasStarted()) {
      return;
    }
    healthChecksRun++;
    Duration sinceStart = Duration.between(startedAt, loop.now());
    scheduleHealthCheck(interval);
    health.record(sinceStart, !healthChecksFail && behaviour.healthCheckPassesAt(sinceStart))
        .ifPresent(status -> listener.containerHealthChanged(taskArn, definition.name(), status));
  }

  /**
   * Exits {@code shutdownTime} after SIGTERM if that is within the stop timeout (a tie counts as within),
   * else SIGKILL at the stop timeout. An own exit due earlier still happens first.
   */
  private void sigterm(Duration stopTimeout) {
    state = State.STOPPING;
    Optional<Duration> shutdown = behaviour.shutdownTime();
    if (shutdown.isPresent() && shutdown.get().compareTo(stopTimeout) <= 0) {
      stopExit = loop.schedule(shutdown.get(), () -> exit(behaviour.shutdownExitCode(), Optional.empty()));
    } else {
      stopExit = loop.schedule(stopTimeout, () -> exit(ExitCodes.SIGKILL, Optional.empty()));
    }
  }

  private void exit(int exitCode, Optional<String> reason) {
    if (state == State.EXITED) {
      return;
    }
    state = State.EXITED;
    cancelPending();
    listener.containerExited(taskArn, definition.name(), exitCode, reason);
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
