package dev.ecsdsl.control.services;

import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The rolling update (developer guide, "Deploy Amazon ECS services by replacing tasks"): start new tasks while
 * running + pending stays within {@code maximumPercent} of the desired count (rounded down), and stop old ones
 * while healthy tasks stay at or above {@code minimumHealthyPercent} (rounded up). Tasks on DRAINING instances are
 * replaced the same way. A failed rollout (circuit breaker) starts nothing and stops no healthy task. Scaling in
 * stops tasks not yet RUNNING first, then, as ECS does with spread, tasks from the zone that has the most, newest
 * first.
 */
final class RollingStrategy implements DeploymentStrategy {
  /**
   * How long a RUNNING task without container health checks, of a service without a load balancer, runs before
   * it counts toward {@code minimumHealthyPercent} (DeploymentConfiguration API reference: "the service scheduler
   * will wait for 40 seconds after a task reaches a RUNNING state").
   */
  static final Duration UNCHECKED_TASK_SETTLING = Duration.ofSeconds(40);

  @Override
  public ScalePlan plan(ServiceRecord service, List<TaskRecord> active, ServiceTaskFacts facts, Instant now) {
    RevisionRollout primary = service.primary();
    int desired = service.desiredCount;
    int maximum = Math.floorDiv(desired * primary.configuration.maximumPercent().orElse(200), 100);
    int minimumHealthy = (desired * primary.configuration.minimumHealthyPercent().orElse(100) + 99) / 100;
    List<TaskRecord> current = new ArrayList<>();
    List<TaskRecord> outdated = new ArrayList<>();
    for (TaskRecord task : active) {
      (primary.id.equals(ServiceTaskFacts.rolloutId(task)) && !ServiceTaskFacts.onDrainingInstance(task)
          ? current : outdated).add(task);
    }
    boolean failed = primary.rolloutState == RolloutState.FAILED;
    int toStart = failed ? 0
        : Math.min(desired - current.size(), Math.max(maximum, desired > 0 ? 1 : 0) - active.size());
    int launches = toStart > 0 && !now.isBefore(service.retryAt) ? toStart : 0;
    List<PlanApplier.Timer> timers = new ArrayList<>();
    int healthy = 0;
    for (TaskRecord task : active) {
      healthy += countsTowardMinimum(service, task, facts, now, timers) ? 1 : 0;
    }
    List<TaskRecord> stops = new ArrayList<>();
    for (TaskRecord task : outdated) {
      if (!facts.isHealthy(task)) {
        stops.add(task);
      }
    }
    for (TaskRecord task : outdated) {
      if (facts.isHealthy(task) && healthy > minimumHealthy && !failed) {
        stops.add(task);
        healthy -= countsTowardMinimum(service, task, facts, now, timers) ? 1 : 0;
      }
    }
    if (current.size() > desired) {
      stops.addAll(scaleInChoice(current, current.size() - desired));
    }
    return new ScalePlan(primary, launches, List.of(), OptionalInt.empty(), timers, stops);
  }

  /**
   * Whether a healthy task counts toward {@code minimumHealthyPercent} yet: at once with container health checks
   * or a load balancer, else a task of the PRIMARY rollout counts {@link #UNCHECKED_TASK_SETTLING} after it
   * reached RUNNING (the rule is about the tasks a deployment launches; the ones it replaces have counted
   * already); until then the scheduler looks again when it will count.
   */
  private static boolean countsTowardMinimum(ServiceRecord service, TaskRecord task, ServiceTaskFacts facts,
      Instant now, List<PlanApplier.Timer> timers) {
    if (!facts.isHealthy(task)) {
      return false;
    }
    if (!service.service.loadBalancers().isEmpty() || task.hasHealthCheck()
        || !service.primary().id.equals(ServiceTaskFacts.rolloutId(task))) {
      return true;
    }
    Instant counted = task.startedAt().orElse(now).plus(UNCHECKED_TASK_SETTLING);
    if (!now.isBefore(counted)) {
      return true;
    }
    if (!facts.of(task).minimumTimerArmed && timers.stream().noneMatch(t -> t.task() == task)) {
      timers.add(new PlanApplier.Timer(task, counted));
    }
    return false;
  }

  static List<TaskRecord> scaleInChoice(List<TaskRecord> current, int count) {
    List<TaskRecord> pool = new ArrayList<>(current);
    List<TaskRecord> chosen = new ArrayList<>();
    while (chosen.size() < count) {
      Map<String, Long> perZone = new LinkedHashMap<>();
      pool.forEach(t -> perZone.merge(t.launch().availabilityZone(), 1L, Long::sum));
      Function<TaskRecord, Long> zoneLoad = t -> perZone.get(t.launch().availabilityZone());
      TaskRecord next = pool.stream()
          .max(Comparator.comparing((TaskRecord t) -> t.lastStatus() != TaskStatus.RUNNING)
              .thenComparing(zoneLoad)
              .thenComparing(TaskRecord::createdAt))
          .orElseThrow();
      pool.remove(next);
      chosen.add(next);
    }
    return chosen;
  }
}
