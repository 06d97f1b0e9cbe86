package dev.ecsdsl.control.services;

import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.launch.LaunchTarget;
import dev.ecsdsl.control.launch.LaunchTargets;
import dev.ecsdsl.control.launch.Launched;
import dev.ecsdsl.control.launch.TaskLauncher;
import dev.ecsdsl.control.loadbalancing.TargetRecord;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.tasks.TaskLifecycle;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.runtime.StopCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that carries out what the service scheduler decided: marks tasks and rollouts, registers tasks
 * with their target groups, places and stops tasks (with ECS's service events), arms the timers after which the
 * scheduler looks again, and fails or rolls back a deployment when the circuit breaker trips.
 */
final class PlanApplier {
  private final EventLoop loop;
  private final TaskLifecycle lifecycle;
  private final TaskLauncher launcher;
  private final ServiceTaskFacts facts;
  private final ServiceEvents events;
  private final ServiceThrottle throttle;
  private final DeploymentWatcher watcher;
  private final Runnable requestReconcile;

  PlanApplier(EventLoop loop, TaskLifecycle lifecycle, TaskLauncher launcher, ServiceTaskFacts facts,
      ServiceEvents events, ServiceThrottle throttle, DeploymentWatcher watcher, Runnable requestReconcile) {
    this.loop = loop;
    this.lifecycle = lifecycle;
    this.launcher = launcher;
    this.facts = facts;
    this.events = events;
    this.throttle = throttle;
    this.watcher = watcher;
    this.requestReconcile = requestReconcile;
  }

  /**
   * A look again at a time: when a task's grace period ends, or when it starts to count toward the minimum.
   *
   * @param task the task
   * @param at when
   */
  record Timer(TaskRecord task, Instant at) {}

  /** DeleteService: every task stops, whatever the scheduling strategy or the deployment's state. */
  void drain(ServiceRecord service, List<TaskRecord> active) {
    stop(service, active, "Scaling activity initiated by (service " + service.name() + " deletion)");
  }

  void apply(ServiceRecord service, HealthReview.Plan plan) {
    plan.reachedRunning().forEach(r -> r.reachedRunning = true);
    if (plan.throttleEnds()) {
      service.consecutiveStartFailures = 0;
    }
    plan.newlyHealthy().forEach(t -> facts.of(t).everHealthy = true);
    plan.breakerResets().forEach(r -> r.breakerFailures = 0);
    plan.register().forEach(t -> facts.loadBalancing().register(t, ServiceTaskFacts.rolloutOf(service, t)
        .map(r -> r.loadBalancers).orElse(service.service.loadBalancers())));
    List<TaskRecord> unhealthy = plan.unhealthy();
    for (TaskRecord task : unhealthy) {
      Optional<TargetRecord> target = facts.loadBalancing().unhealthyTarget(task);
      if (target.isPresent()) {
        events.record(service, "(task " + task.taskId() + ") (port " + target.get().port()
            + ") is unhealthy in (target-group " + target.get().targetGroup() + ") due to (reason "
            + target.get().description().orElse(target.get().reason().orElse("")) + ").");
      } else {
        events.record(service, ServiceEvents.taskRef(task) + " failed container health checks.");
      }
    }
    if (!unhealthy.isEmpty()) {
      events.record(service, "has stopped " + unhealthy.size() + " running tasks: "
          + ServiceEvents.taskRefs(unhealthy) + ".");
      unhealthy.forEach(t -> lifecycle.stop(t, StopCode.ServiceSchedulerInitiated,
          facts.loadBalancing().unhealthyTarget(t).isPresent() ? "Task failed ELB health checks"
              : "Task failed container health checks"));
    }
    for (Timer timer : plan.graceTimers()) {
      facts.of(timer.task()).graceTimerArmed = true;
      loop.schedule(Duration.between(loop.now(), timer.at()), requestReconcile);
    }
  }

  /** The circuit breaker tripped: the deployment fails, and rolls back when it may. */
  void apply(ServiceRecord service, CircuitBreaker.Trip trip) {
    RevisionRollout failed = trip.failed();
    failed.rolloutState = RolloutState.FAILED;
    failed.rolloutStateReason = Optional.of("ECS deployment circuit breaker: " + trip.why() + ".");
    failed.updatedAt = loop.now();
    events.record(service, "(deployment " + failed.id + ") deployment failed: " + trip.why() + ".");
    watcher.tripped(service, trip);
    trip.rollbackTo().ifPresent(target -> rollBack(service, target));
  }

  /**
   * The circuit breaker's rollback (developer guide, "How the Amazon ECS deployment circuit breaker detects
   * failures"): the last COMPLETED rollout becomes PRIMARY again and goes from COMPLETED to IN_PROGRESS, keeping
   * the tasks it still has; it "is not eligible for another rollback until it reaches a COMPLETED state", so if it
   * fails too, the service stalls.
   */
  void rollBack(ServiceRecord service, RevisionRollout target) {
    RevisionRollout failed = service.primary();
    events.record(service, "rolling back to deployment " + target.id + ".");
    failed.status = DeploymentStatus.ACTIVE;
    service.rollouts.remove(target);
    service.rollouts.add(0, target);
    target.status = DeploymentStatus.PRIMARY;
    target.rolloutState = RolloutState.IN_PROGRESS;
    target.rolloutStateReason = Optional.of("ECS deployment circuit breaker: rolling back to deploymentId "
        + target.id + ".");
    target.breakerFailures = 0;
    target.updatedAt = loop.now();
    service.lastCompleted = null;
    service.steady = false;
    throttle.end(service);
    requestReconcile.run();
  }

  void apply(ServiceRecord service, ScalePlan plan) {
    if (plan.launches() > 0) {
      launch(service, plan.rollout(), plan.launches());
    }
    long batch = 0;
    for (InstanceRecord instance : plan.launchOn()) {
      if (loop.now().isBefore(service.retryAt)) {
        continue;  // a launch of this pass found no place: the scheduler backs off
      }
      Launched launched = launcher.launchOn(service.cluster, plan.rollout().spec, instance);
      if (launched.launched()) {
        service.consecutivePlacementFailures = 0;
        batch = batch == 0 ? ++service.launchBatches : batch;  // one launch batch per pass over the instances
        facts.of(launched.task()).launchBatch = batch;
        events.record(service, "has started 1 tasks: " + ServiceEvents.taskRef(launched.task()) + ".");
      } else {
        unableToPlace(service, launched.explanation());
      }
    }
    plan.desiredCount().ifPresent(count -> service.desiredCount = count);
    for (Timer timer : plan.minimumTimers()) {
      facts.of(timer.task()).minimumTimerArmed = true;
      loop.schedule(Duration.between(loop.now(), timer.at()), requestReconcile);
    }
    stop(service, plan.stops(), "Scaling activity initiated by (deployment " + plan.rollout().id + ")");
  }

  private void launch(ServiceRecord service, RevisionRollout rollout, int count) {
    List<TaskRecord> started = new ArrayList<>();
    List<LaunchTarget> targets = LaunchTargets.of(service.cluster, service.service.launchType(),
        service.service.capacityProviderStrategy(), count);
    long batch = ++service.launchBatches;
    for (LaunchTarget target : targets) {
      Launched launched = launcher.launch(service.cluster, rollout.spec, target);
      if (!launched.launched()) {
        unableToPlace(service, launched.explanation());
        break;
      }
      facts.of(launched.task()).launchBatch = batch;
      started.add(launched.task());
    }
    if (!started.isEmpty()) {
      service.consecutivePlacementFailures = 0;
      events.record(service, "has started " + started.size() + " tasks: " + ServiceEvents.taskRefs(started) + ".");
    }
  }

  private void unableToPlace(ServiceRecord service, String explanation) {
    unableToPlaceBecause(service, "no container instance met all of its requirements. " + explanation);
  }

  /**
   * A task of the service found no place (or its launch was refused): a service event, and the next try after the
   * placement throttle's wait, never an exception.
   */
  void unableToPlaceBecause(ServiceRecord service, String why) {
    events.record(service, "was unable to place a task because " + why);
    Duration wait = throttle.placementFailed(service);
    service.retryAt = loop.now().plus(wait);
    loop.scheduleBackground(wait, requestReconcile);
  }

  private void stop(ServiceRecord service, List<TaskRecord> tasks, String reason) {
    if (tasks.isEmpty()) {
      return;
    }
    events.record(service, "has stopped " + tasks.size() + " running tasks: " + ServiceEvents.taskRefs(tasks) + ".");
    tasks.forEach(t -> lifecycle.stop(t, StopCode.ServiceSchedulerInitiated, reason));
  }

}
