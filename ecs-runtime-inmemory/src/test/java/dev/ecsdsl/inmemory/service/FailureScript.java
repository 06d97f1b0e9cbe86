package dev.ecsdsl.inmemory.service;

import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import java.time.Duration;
import java.util.Optional;

/**
 * How the containers of the new revision behave, as plain data that prints (and shrinks) to a short
 * phrase: {@code crashesAfter(5s)}, {@code failsToPull}, …; {@code seconds} is unused by the kinds that
 * take no time.
 */
record FailureScript(Kind kind, int seconds) {

  /** The scripts, simplest first (jqwik shrinks towards the first). */
  enum Kind {
    HEALTHY, SLOW_PULL, SLOW_TO_BECOME_HEALTHY, CRASHES_AFTER, OUT_OF_MEMORY_AFTER, UNHEALTHY_AFTER,
    NEVER_HEALTHY, FAILS_TO_PULL, FAILS_TO_START;

    boolean timed() {
      return this == SLOW_PULL || this == SLOW_TO_BECOME_HEALTHY || this == CRASHES_AFTER
          || this == OUT_OF_MEMORY_AFTER || this == UNHEALTHY_AFTER;
    }
  }

  /** What a rollout to a revision with this script should come to. */
  enum Verdict {
    /** Tasks become healthy and stay so: the deployment completes. */
    GOOD,
    /** No task ever becomes healthy: the circuit breaker, when on, trips. */
    ALWAYS_FAILS,
    /** Tasks become healthy, then fail: only the invariants are checked. */
    FLAKY
  }

  static FailureScript healthy() {
    return new FailureScript(Kind.HEALTHY, 0);
  }

  static FailureScript of(Kind kind, int seconds) {
    return new FailureScript(kind, kind.timed() ? seconds : 0);
  }

  ContainerBehaviour behaviour() {
    Duration time = Duration.ofSeconds(seconds);
    return switch (kind) {
      case HEALTHY -> ContainerBehaviour.runsUntilStopped();
      case SLOW_PULL -> ContainerBehaviour.pullTakes(time);
      case SLOW_TO_BECOME_HEALTHY -> ContainerBehaviour.becomesHealthyAfter(time);
      case CRASHES_AFTER -> ContainerBehaviour.exitsAfter(time, 1);
      case OUT_OF_MEMORY_AFTER -> ContainerBehaviour.outOfMemoryAfter(time);
      case UNHEALTHY_AFTER -> ContainerBehaviour.becomesUnhealthyAfter(time);
      case NEVER_HEALTHY -> ContainerBehaviour.neverHealthy();
      case FAILS_TO_PULL -> ContainerBehaviour.failsToPull("manifest for web:2 not found");
      case FAILS_TO_START -> ContainerBehaviour.failsToStart("exec format error");
    };
  }

  /**
   * What to expect with this health check (empty: none). Docker runs the first check one interval after
   * the container started, and a passing check makes it HEALTHY at once; failing checks before the first
   * pass count towards {@code retries} once the start period is over.
   */
  Verdict verdict(Optional<HealthCheckSpec> healthCheck) {
    if (healthCheck.isEmpty()) {
      return switch (kind) {
        // health scripts mean nothing without a health check
        case HEALTHY, SLOW_PULL, SLOW_TO_BECOME_HEALTHY, UNHEALTHY_AFTER, NEVER_HEALTHY -> Verdict.GOOD;
        case FAILS_TO_PULL, FAILS_TO_START -> Verdict.ALWAYS_FAILS;
        // RUNNING counts as healthy without a health check, so the task was healthy before it crashed
        case CRASHES_AFTER, OUT_OF_MEMORY_AFTER -> Verdict.FLAKY;
      };
    }
    HealthCheckSpec check = healthCheck.get();
    return switch (kind) {
      case HEALTHY, SLOW_PULL -> Verdict.GOOD;
      case SLOW_TO_BECOME_HEALTHY -> check.countedFailuresBefore(seconds) < check.retries() ? Verdict.GOOD
          : Verdict.FLAKY;
      // exits before its first check: never healthy (a tie with the first check is left as flaky)
      case CRASHES_AFTER, OUT_OF_MEMORY_AFTER -> seconds < check.interval() ? Verdict.ALWAYS_FAILS : Verdict.FLAKY;
      // passes only before the first check is run
      case UNHEALTHY_AFTER -> seconds <= check.interval() ? Verdict.ALWAYS_FAILS : Verdict.FLAKY;
      case NEVER_HEALTHY, FAILS_TO_PULL, FAILS_TO_START -> Verdict.ALWAYS_FAILS;
    };
  }

  @Override
  public String toString() {
    String name = switch (kind) {
      case HEALTHY -> "healthy";
      case SLOW_PULL -> "slowPull";
      case SLOW_TO_BECOME_HEALTHY -> "healthyAfter";
      case CRASHES_AFTER -> "crashesAfter";
      case OUT_OF_MEMORY_AFTER -> "outOfMemoryAfter";
      case UNHEALTHY_AFTER -> "unhealthyAfter";
      case NEVER_HEALTHY -> "neverHealthy";
      case FAILS_TO_PULL -> "failsToPull";
      case FAILS_TO_START -> "failsToStart";
    };
    return kind.timed() ? name + "(" + seconds + "s)" : name;
  }
}
