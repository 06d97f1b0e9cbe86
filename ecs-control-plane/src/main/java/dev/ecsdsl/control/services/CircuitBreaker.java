package dev.ecsdsl.control.services;

import dev.ecsdsl.model.DeploymentCircuitBreaker;
import java.util.Optional;

/**
 * ECS's deployment circuit breaker, decided from the state (developer guide, "How the Amazon ECS deployment circuit
 * breaker detects failures"): when the PRIMARY rollout's failed tasks reach the threshold, the deployment fails and
 * launches no more tasks; with rollback on, the last COMPLETED rollout takes over again. Failures are counted in
 * two stages: tasks that never reach RUNNING, then, once one has, tasks that fail their health checks.
 */
final class CircuitBreaker {
  private CircuitBreaker() {}

  /**
   * The breaker tripped.
   *
   * @param failed the PRIMARY rollout, failed
   * @param why {@code tasks failed to start} or {@code tasks failed health checks}
   * @param rollbackTo the last COMPLETED rollout, when the breaker rolls back and there is one
   */
  record Trip(RevisionRollout failed, String why, Optional<RevisionRollout> rollbackTo) {}

  static Optional<Trip> check(ServiceRecord service) {
    RevisionRollout primary = service.primary();
    Optional<DeploymentCircuitBreaker> breaker = primary.breaker();
    if (breaker.isEmpty() || primary.rolloutState != RolloutState.IN_PROGRESS
        || primary.breakerFailures < breaker.get().failureThreshold(service.desiredCount)) {
      return Optional.empty();
    }
    String why = primary.reachedRunning ? "tasks failed health checks" : "tasks failed to start";
    Optional<RevisionRollout> to = breaker.get().rollback() ? Optional.ofNullable(service.lastCompleted)
        : Optional.empty();
    return Optional.of(new Trip(primary, why, to));
  }
}
