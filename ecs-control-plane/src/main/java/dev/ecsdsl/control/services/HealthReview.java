package dev.ecsdsl.control.services;

import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the health of a service's tasks calls for, decided from the state and nothing else (no side effects): which
 * rollouts have a task that reached RUNNING (the circuit breaker's second stage), which tasks count as healthy for
 * the first time (a reset of the breaker's count in the consecutive model), which running tasks to register with
 * the service's target groups, and which tasks to replace because they fail their container or load balancer
 * health checks once the health check grace period since they started has passed (developer guide, "Health check
 * grace period"), with a look again when the grace period of the others ends.
 */
final class HealthReview {
  private HealthReview() {}

  /**
   * The decisions.
   *
   * @param reachedRunning rollouts one of whose tasks runs
   * @param throttleEnds whether a task of the PRIMARY rollout reached RUNNING after the last counted failure
   * @param newlyHealthy tasks healthy for the first time
   * @param breakerResets rollouts whose breaker count a newly healthy task resets
   * @param register running tasks not yet registered with the service's target groups
   * @param unhealthy tasks to replace, in the order found
   * @param graceTimers unhealthy tasks still in their grace period, with when it ends
   */
  record Plan(Set<RevisionRollout> reachedRunning, boolean throttleEnds, List<TaskRecord> newlyHealthy,
      Set<RevisionRollout> breakerResets, List<TaskRecord> register, List<TaskRecord> unhealthy,
      List<PlanApplier.Timer> graceTimers) {}

  static Plan of(ServiceRecord service, List<TaskRecord> active, ServiceTaskFacts facts, Instant now) {
    Set<RevisionRollout> running = new LinkedHashSet<>();
    boolean throttleEnds = false;
    List<TaskRecord> newlyHealthy = new ArrayList<>();
    Set<RevisionRollout> resets = new LinkedHashSet<>();
    for (TaskRecord task : active) {
      if (task.lastStatus() == TaskStatus.RUNNING) {
        ServiceTaskFacts.rolloutOf(service, task).ifPresent(running::add);
        throttleEnds |= service.primary().id.equals(ServiceTaskFacts.rolloutId(task))
            && ServiceThrottle.ends(service, task);
      }
      if (!facts.of(task).everHealthy && facts.isHealthy(task)) {
        newlyHealthy.add(task);
        ServiceTaskFacts.rolloutOf(service, task)
            .filter(r -> r.breaker().map(b -> b.resetOnHealthyTaskOrDefault()).orElse(false)).ifPresent(resets::add);
      }
    }
    List<TaskRecord> register = new ArrayList<>();
    if (!service.service.loadBalancers().isEmpty()) {
      active.stream().filter(t -> t.lastStatus() == TaskStatus.RUNNING && !facts.loadBalancing().isRegistered(t))
          .forEach(register::add);
    }
    Duration grace = Duration.ofSeconds(service.service.healthCheckGracePeriodSeconds().orElse(0));
    List<TaskRecord> unhealthy = new ArrayList<>();
    List<PlanApplier.Timer> graceTimers = new ArrayList<>();
    for (TaskRecord task : active) {
      if (task.lastStatus() != TaskStatus.RUNNING || !facts.isUnhealthy(task)) {
        continue;
      }
      Instant graceEnds = task.startedAt().map(s -> s.plus(grace)).orElse(null);
      if (graceEnds != null && !now.isBefore(graceEnds)) {
        unhealthy.add(task);
      } else if (!facts.of(task).graceTimerArmed) {
        graceTimers.add(new PlanApplier.Timer(task, graceEnds));
      }
    }
    return new Plan(running, throttleEnds, newlyHealthy, resets, register, unhealthy, graceTimers);
  }
}
