package dev.ecsdsl.control.services;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.control.tasks.TaskStore;
import java.util.List;
import java.util.Optional;

/**
 * Follows each service's deployments to their end: retires the rollouts whose tasks are all gone, marks the
 * PRIMARY one COMPLETED once the service is steady on it ("deployment completed", "has reached a steady state"),
 * and moves the service deployments through ECS's statuses — IN_PROGRESS when made, STOPPED when a newer one
 * takes over, SUCCESSFUL when the service is steady on the target, ROLLBACK_IN_PROGRESS and then
 * ROLLBACK_SUCCESSFUL or ROLLBACK_FAILED when the circuit breaker rolls back, STOPPED when it trips without
 * rollback.
 */
final class DeploymentWatcher {
  private static final String IN_PROGRESS = "SERVICE_DEPLOYMENT_IN_PROGRESS";
  private static final String COMPLETED = "SERVICE_DEPLOYMENT_COMPLETED";
  private static final String FAILED = "SERVICE_DEPLOYMENT_FAILED";
  private final EventLoop loop;
  private final ServiceEvents events;
  private final TaskStore tasks;
  private final ServiceTaskFacts facts;
  private final DeploymentAlarmWatch alarms;

  DeploymentWatcher(EventLoop loop, ServiceEvents events, TaskStore tasks, ServiceTaskFacts facts,
      DeploymentAlarmWatch alarms) {
    this.alarms = alarms;
    this.loop = loop;
    this.events = events;
    this.tasks = tasks;
    this.facts = facts;
  }

  /** A service deployment starts: the one still in progress, if any, is stopped. */
  void started(ServiceRecord service, ServiceDeployment deployment) {
    if (!service.deployments.isEmpty()) {
      ServiceDeployment previous = service.latestDeployment();
      if (!previous.status.isOver()) {
        stop(previous, "A newer service deployment took over.");
      }
    }
    service.deployments.add(deployment);
    deployment.status = ServiceDeploymentStatus.IN_PROGRESS;
    deployment.startedAt = Optional.of(loop.now());
    events.deploymentStateChange(deployment, IN_PROGRESS, deployment.rollout.id,
        "ECS deployment " + deployment.rollout.id + " in progress.");
  }

  /** DeleteService: a deployment in progress stops. */
  void deleted(ServiceRecord service) {
    if (!service.deployments.isEmpty() && !service.latestDeployment().status.isOver()) {
      stop(service.latestDeployment(), "The service was deleted.");
    }
  }

  /** The circuit breaker tripped on the PRIMARY rollout. */
  void tripped(ServiceRecord service, CircuitBreaker.Trip trip) {
    ServiceDeployment latest = service.latestDeployment();
    latest.circuitBreakerStatus = CircuitBreakerStatus.TRIGGERED;
    failed(latest, FailureCause.CIRCUIT_BREAKER, "ECS deployment circuit breaker: " + trip.why() + ".",
        trip.rollbackTo());
  }

  /**
   * A deployment failed (circuit breaker, alarm, lifecycle hook): it rolls back to {@code rollbackTo} when given,
   * else it stops; a rollback that fails is ROLLBACK_FAILED.
   */
  void failed(ServiceDeployment deployment, FailureCause cause, String reason,
      Optional<RevisionRollout> rollbackTo) {
    deployment.updatedAt = loop.now();
    if (deployment.failureCause.isEmpty()) {
      deployment.failureCause = Optional.of(cause);
      deployment.failedAt = deployment.stagesEntered.isEmpty() ? Optional.empty()
          : Optional.of(deployment.stagesEntered.get(deployment.stagesEntered.size() - 1));
    }
    if (deployment.status == ServiceDeploymentStatus.ROLLBACK_IN_PROGRESS) {
      finish(deployment, ServiceDeploymentStatus.ROLLBACK_FAILED, reason);
      return;
    }
    events.deploymentStateChange(deployment, FAILED, deployment.rollout.id, reason);
    if (rollbackTo.isPresent()) {
      deployment.status = ServiceDeploymentStatus.ROLLBACK_IN_PROGRESS;
      deployment.statusReason = Optional.of(reason);
      deployment.rollback = Optional.of(new ServiceDeployment.Rollback(reason, loop.now(),
          rollbackTo.get().revision.arn()));
      deployment.rollbackRollout = rollbackTo;
      // "ECS deployment circuit breaker: rolling back to deploymentId …" (the guide's example; A17 for the others)
      events.deploymentStateChange(deployment, IN_PROGRESS, rollbackTo.get().id, switch (cause) {
        case CIRCUIT_BREAKER -> "ECS deployment circuit breaker";
        case ALARM -> "ECS deployment alarm";
        case HOOK -> "ECS deployment lifecycle hook";
        case STOPPED -> "ECS deployment stopped";
      } + ": rolling back to deploymentId " + rollbackTo.get().id + ".");
    } else {
      stop(deployment, reason);
    }
  }

  /**
   * After a pass of the scheduler: rollouts whose tasks are all gone leave the service, and the PRIMARY rollout
   * completes once the service is steady on it.
   */
  void settle(ServiceRecord service) {
    List<TaskRecord> active = tasks.runningOf(service.arn);
    service.rollouts.removeIf(r -> r != service.primary()
        && active.stream().noneMatch(t -> r.id.equals(ServiceTaskFacts.rolloutId(t))));
    RevisionRollout primary = service.primary();
    long healthy = active.stream().filter(t -> primary.id.equals(ServiceTaskFacts.rolloutId(t)) && facts.isHealthy(t))
        .count();
    boolean steady = service.rollouts.size() == 1 && active.size() == service.desiredCount
        && healthy == service.desiredCount;
    if (steady && primary.rolloutState == RolloutState.IN_PROGRESS) {
      service.lastCompleted = primary;
      primary.rolloutState = RolloutState.COMPLETED;
      primary.rolloutStateReason = Optional.of("ECS deployment " + primary.id + " completed.");
      primary.updatedAt = loop.now();
      events.record(service, "(deployment " + primary.id + ") deployment completed.");
      completed(service.latestDeployment());
    }
    ServiceDeployment latest = service.latestDeployment();
    if (latest.alarmBakeUntil.isPresent() && latest.status == ServiceDeploymentStatus.IN_PROGRESS
        && primary.rolloutState == RolloutState.COMPLETED && latest.rollout == primary) {
      completed(latest);
    }
    if (steady && !service.steady) {
      events.record(service, "has reached a steady state.");
    }
    service.steady = steady;
  }

  private void completed(ServiceDeployment deployment) {
    if (deployment.status == ServiceDeploymentStatus.IN_PROGRESS) {
      if (alarms.baking(deployment)) {
        return;
      }
      if (deployment.circuitBreakerStatus == CircuitBreakerStatus.MONITORING) {
        deployment.circuitBreakerStatus = CircuitBreakerStatus.MONITORING_COMPLETE;
      }
      if (deployment.alarmsStatus == CircuitBreakerStatus.MONITORING) {
        deployment.alarmsStatus = CircuitBreakerStatus.MONITORING_COMPLETE;
      }
      finish(deployment, ServiceDeploymentStatus.SUCCESSFUL, null);
      events.deploymentStateChange(deployment, COMPLETED, deployment.rollout.id,
          "ECS deployment " + deployment.rollout.id + " completed.");
    } else if (deployment.status == ServiceDeploymentStatus.ROLLBACK_IN_PROGRESS) {
      finish(deployment, ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL, deployment.statusReason.orElse(null));
      String back = deployment.rollbackRollout.map(r -> r.id).orElse(deployment.rollout.id);
      events.deploymentStateChange(deployment, COMPLETED, back, "ECS deployment " + back + " completed.");
    }
  }

  private void stop(ServiceDeployment deployment, String reason) {
    deployment.stoppedAt = Optional.of(loop.now());
    finish(deployment, ServiceDeploymentStatus.STOPPED, reason);
  }

  private void finish(ServiceDeployment deployment, ServiceDeploymentStatus status, String reason) {
    deployment.status = status;
    deployment.statusReason = Optional.ofNullable(reason);
    deployment.finishedAt = Optional.of(loop.now());
    deployment.updatedAt = loop.now();
  }
}
