package dev.ecsdsl.control.services;

import dev.ecsdsl.control.loadbalancing.LoadBalancing;
import dev.ecsdsl.control.tasks.TaskOwner;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the service scheduler knows of a service's tasks: whether each counts as healthy (its containers' health
 * checks and its load balancer targets), which rollout it belongs to, and what the scheduler keeps of it (its
 * launch batch, whether it was ever healthy, which timers wait for it).
 */
final class ServiceTaskFacts {
  private final LoadBalancing loadBalancing;
  private final Map<TaskRecord, ServiceTask> marks = new HashMap<>();

  ServiceTaskFacts(LoadBalancing loadBalancing) {
    this.loadBalancing = loadBalancing;
  }

  /**
   * A task counts as healthy when it is RUNNING and, if its essential containers have health checks, they all
   * pass, and its load balancer targets are healthy.
   */
  boolean isHealthy(TaskRecord task) {
    if (task.lastStatus() != TaskStatus.RUNNING || task.isStopping()) {
      return false;
    }
    HealthStatus health = task.health();
    boolean containersHealthy = task.hasHealthCheck() ? health == HealthStatus.HEALTHY
        : health != HealthStatus.UNHEALTHY;
    return containersHealthy && loadBalancing.healthy(task);
  }

  /** Whether the task fails its container health checks or one of its load balancer targets is unhealthy. */
  boolean isUnhealthy(TaskRecord task) {
    return task.health() == HealthStatus.UNHEALTHY || loadBalancing.unhealthyTarget(task).isPresent();
  }

  LoadBalancing loadBalancing() {
    return loadBalancing;
  }

  /** The id of the rollout the task belongs to ({@code null} for a task no service owns). */
  static String rolloutId(TaskRecord task) {
    return task.owner().map(TaskOwner::deploymentId).orElse(null);
  }

  static Optional<RevisionRollout> rolloutOf(ServiceRecord service, TaskRecord task) {
    String id = rolloutId(task);
    for (RevisionRollout rollout : service.rollouts) {
      if (rollout.id.equals(id)) {
        return Optional.of(rollout);
      }
    }
    return Optional.empty();
  }

  static boolean onDrainingInstance(TaskRecord task) {
    return task.instance().map(i -> i.status() == ContainerInstanceStatus.DRAINING).orElse(false);
  }

  /** What the scheduler keeps of a live task it owns. */
  ServiceTask of(TaskRecord task) {
    return marks.computeIfAbsent(task, t -> new ServiceTask());
  }

  /** The task stopped: what was kept of it (fresh marks for a task never looked at). */
  ServiceTask forget(TaskRecord task) {
    ServiceTask kept = marks.remove(task);
    return kept == null ? new ServiceTask() : kept;
  }

  /** What the service scheduler keeps of one live task it owns. */
  static final class ServiceTask {
    /** The scheduler's launch batch the task was started in. */
    long launchBatch;
    /** Whether the task has counted as healthy at least once (for the circuit breaker's stages). */
    boolean everHealthy;
    /** Whether the scheduler waits for this unhealthy task's grace period to end. */
    boolean graceTimerArmed;
    /** Whether the scheduler waits for this task's 40 s before it counts toward the minimum. */
    boolean minimumTimerArmed;
  }
}
