package dev.ecsdsl.control.services;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.control.tasks.TaskStore;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.ServiceLoadBalancer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves BLUE_GREEN, LINEAR and CANARY deployments through ECS's lifecycle stages (developer guide, "Amazon ECS
 * blue/green service deployments workflow"; docs/DEPLOYMENTS.md §4): RECONCILE_SERVICE (only with more than one
 * revision running), PRE_SCALE_UP, SCALE_UP (green at the full desired count beside blue, until every green task
 * is healthy), POST_SCALE_UP, TEST_TRAFFIC_SHIFT (the test listener rule to green), POST_TEST_TRAFFIC_SHIFT,
 * PRE_PRODUCTION_TRAFFIC_SHIFT and PRODUCTION_TRAFFIC_SHIFT per step of the {@link ShiftSchedule} (the production
 * listener rule's weights), POST_PRODUCTION_TRAFFIC_SHIFT, BAKE_TIME and CLEAN_UP (blue scaled in). A stage with
 * lifecycle hooks ends when they all succeeded ({@link HookRunner}); a failed hook or an alarm in ALARM fails the
 * deployment, which rolls back (traffic to blue at once, green stopped) or stops. Runs after each scheduler pass
 * over the service; waits are timers on the loop that ask for another pass.
 */
final class LifecycleStages {
  private final EventLoop loop;
  private final ServiceEvents events;
  private final ServiceTaskFacts facts;
  private final TaskStore tasks;
  private final DeploymentWatcher watcher;
  private final PlanApplier applier;
  private final HookRunner hooks;
  private final DeploymentAlarmWatch alarms;
  private final Runnable requestReconcile;

  LifecycleStages(EventLoop loop, ServiceEvents events, ServiceTaskFacts facts, TaskStore tasks,
      DeploymentWatcher watcher,
      PlanApplier applier, HookRunner hooks, DeploymentAlarmWatch alarms, Runnable requestReconcile) {
    this.loop = loop;
    this.events = events;
    this.facts = facts;
    this.tasks = tasks;
    this.watcher = watcher;
    this.applier = applier;
    this.hooks = hooks;
    this.alarms = alarms;
    this.requestReconcile = requestReconcile;
  }

  /** Whether a deployment of this configuration shifts traffic (BLUE_GREEN, LINEAR, CANARY) rather than rolling. */
  static boolean shiftsTraffic(DeploymentConfiguration configuration) {
    return configuration.strategyOrDefault() != DeploymentStrategy.ROLLING;
  }

  /**
   * A deployment starts: with a completed blue revision to shift from, it runs the lifecycle stages; green
   * registers with the target group blue does not use (the two swap roles each deployment, A7).
   */
  void started(ServiceRecord service, ServiceDeployment deployment, RevisionRollout green) {
    RevisionRollout blue = service.lastCompleted;
    if (!shiftsTraffic(deployment.configuration) || blue == null || blue == green) {
      service.shift = null;
      return;
    }
    Optional<ServiceLoadBalancer> entry = green.loadBalancers.stream()
        .filter(l -> l.advancedConfiguration().isPresent()).findFirst();
    int index = entry.map(green.loadBalancers::indexOf).orElse(-1);
    String blueGroup = index < 0 ? "" : blue.loadBalancers.get(index).targetGroupArn().orElse("");
    String greenGroup = index < 0 ? "" : green.loadBalancers.get(index).targetGroupArn().orElse("");
    TrafficShift shift = new TrafficShift(deployment, green, blue, ShiftSchedule.of(deployment.configuration),
        entry, blueGroup, greenGroup);
    alarms.start(deployment);
    service.shift = shift;
    // alb: the production rule forwards to both target groups, blue 100 and green 0, until the shift
    if (!blueGroup.equals(greenGroup)) {
      shift.productionRule().ifPresent(rule -> facts.loadBalancing().forward(rule,
          Map.of(blueGroup, 100.0, greenGroup, 0.0)));
    }
    enter(service, shift, deployment.sources.size() > 1 ? DeploymentLifecycleStage.RECONCILE_SERVICE
        : DeploymentLifecycleStage.PRE_SCALE_UP);
  }

  /** After a scheduler pass: moves the service's deployment on as far as it can go now. */
  void advance(ServiceRecord service) {
    TrafficShift shift = service.shift;
    if (shift == null || shift.over) {
      return;
    }
    ServiceDeployment deployment = shift.deployment;
    if (deployment.status == ServiceDeploymentStatus.SUCCESSFUL && shift.stage == DeploymentLifecycleStage.CLEAN_UP) {
      next(service, shift);
      return;
    }
    if (deployment.status.isOver() || service.primary() != shift.green) {
      // superseded, or the circuit breaker failed it: traffic goes back to blue when it rolls back
      if (service.primary() == shift.blue) {
        trafficBack(service, shift);
      }
      shift.over = true;
      return;
    }
    // watched from the start through BAKE_TIME (developer guide, "Amazon ECS blue/green service deployments
    // workflow": "Monitor application health, performance metrics, and alarm states during the bake time period")
    Optional<String> firing = shift.stage.compareTo(DeploymentLifecycleStage.CLEAN_UP) < 0
        ? alarms.firing(deployment) : Optional.empty();
    if (firing.isPresent()) {
      fail(service, shift, FailureCause.ALARM, "alarm " + firing.get() + " is in ALARM",
          "ECS deployment alarm: " + firing.get() + " is in ALARM.", DeploymentAlarmWatch.rollback(deployment));
      return;
    }
    while (!shift.over) {
      Optional<TrafficShift.HookExecution> failed = hooks.failed(shift);
      if (failed.isPresent()) {
        String function = failed.get().hook.hookTargetArn().orElse("(pause hook)");
        fail(service, shift, FailureCause.HOOK, "lifecycle hook " + function + " failed at " + shift.stage,
            "ECS deployment lifecycle hook: " + function + " failed.", true);
        return;
      }
      if (!hooks.allSucceeded(shift) || !stageDone(service, shift)) {
        return;
      }
      next(service, shift);
    }
  }

  /**
   * StopServiceDeployment of the traffic-shifting deployment under way: it fails as a failed hook would.
   *
   * @return false when the deployment is not one this class runs
   */
  boolean stop(ServiceRecord service, ServiceDeployment deployment, String reason, boolean rollback) {
    TrafficShift shift = service.shift;
    if (shift == null || shift.over || shift.deployment != deployment) {
      return false;
    }
    fail(service, shift, FailureCause.STOPPED, "stopped", reason, rollback);
    return true;
  }

  private boolean stageDone(ServiceRecord service, TrafficShift shift) {
    switch (shift.stage) {
      case SCALE_UP -> {
        List<TaskRecord> green = greenTasks(service, shift);
        return green.size() >= service.desiredCount && green.stream().filter(facts::isHealthy).count()
            >= service.desiredCount;
      }
      case PRODUCTION_TRAFFIC_SHIFT -> {
        return shift.step == shift.schedule.steps().size() - 1 || waited(shift, shift.schedule.stepBake());
      }
      case BAKE_TIME -> {
        return waited(shift, shift.schedule.bake());
      }
      case CLEAN_UP -> {
        return service.rollouts.size() == 1;
      }
      default -> {
        return true;
      }
    }
  }

  /** Arms the wait on first call; true once it has passed. */
  private boolean waited(TrafficShift shift, Duration wait) {
    if (shift.waitUntil.isEmpty()) {
      shift.waitUntil = Optional.of(loop.now().plus(wait));
      if (!wait.isZero()) {
        loop.schedule(wait, requestReconcile);
        return false;
      }
    }
    return !loop.now().isBefore(shift.waitUntil.get());
  }

  private void next(ServiceRecord service, TrafficShift shift) {
    shift.waitUntil = Optional.empty();
    DeploymentLifecycleStage stage = shift.stage;
    switch (stage) {
      case RECONCILE_SERVICE -> enter(service, shift, DeploymentLifecycleStage.PRE_SCALE_UP);
      case PRE_SCALE_UP -> enter(service, shift, DeploymentLifecycleStage.SCALE_UP);
      case SCALE_UP -> enter(service, shift, DeploymentLifecycleStage.POST_SCALE_UP);
      case POST_SCALE_UP -> enter(service, shift, DeploymentLifecycleStage.TEST_TRAFFIC_SHIFT);
      case TEST_TRAFFIC_SHIFT -> enter(service, shift, DeploymentLifecycleStage.POST_TEST_TRAFFIC_SHIFT);
      case POST_TEST_TRAFFIC_SHIFT -> enter(service, shift, DeploymentLifecycleStage.PRE_PRODUCTION_TRAFFIC_SHIFT);
      case PRE_PRODUCTION_TRAFFIC_SHIFT -> enter(service, shift, DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT);
      case PRODUCTION_TRAFFIC_SHIFT -> {
        if (shift.step < shift.schedule.steps().size() - 1) {
          shift.step++;
          enter(service, shift, DeploymentLifecycleStage.PRE_PRODUCTION_TRAFFIC_SHIFT);
        } else {
          enter(service, shift, DeploymentLifecycleStage.POST_PRODUCTION_TRAFFIC_SHIFT);
        }
      }
      case POST_PRODUCTION_TRAFFIC_SHIFT -> enter(service, shift, DeploymentLifecycleStage.BAKE_TIME);
      case BAKE_TIME -> enter(service, shift, DeploymentLifecycleStage.CLEAN_UP);
      default -> {
        // CLEAN_UP done: "the green service revision is now the production service revision"; the test rule
        // follows it (A7). The watcher completes the deployment once the service is steady.
        shift.testRule().ifPresent(rule -> facts.loadBalancing().forward(rule,
            Map.of(shift.greenTargetGroup, 100.0)));
        shift.over = true;
      }
    }
  }

  private void enter(ServiceRecord service, TrafficShift shift, DeploymentLifecycleStage stage) {
    shift.stage = stage;
    ServiceDeployment deployment = shift.deployment;
    // the API's ServiceDeploymentLifecycleStage has no PRE_PRODUCTION_TRAFFIC_SHIFT: its hooks run within the shift
    deployment.lifecycleStage = Optional.of(stage == DeploymentLifecycleStage.PRE_PRODUCTION_TRAFFIC_SHIFT
        ? DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT : stage);
    deployment.updatedAt = loop.now();
    deployment.stagesEntered.add(stage);
    events.record(service, "(deployment " + shift.green.id + ") lifecycle stage " + stage + ".");
    switch (stage) {
      case TEST_TRAFFIC_SHIFT -> {
        shift.testShifted = shift.managesTraffic();
        if (shift.testShifted) {
          deployment.testTrafficWeight = Optional.of(100.0);
        }
        shift.testRule().ifPresent(rule -> {
          facts.loadBalancing().forward(rule, Map.of(shift.greenTargetGroup, 100.0));
          events.record(service, "(deployment " + shift.green.id + ") shifted test traffic: 100.0 % to service "
              + "revision " + shift.green.revision.arn() + ", 0.0 % to " + shift.blue.revision.arn() + ".");
        });
      }
      case PRODUCTION_TRAFFIC_SHIFT -> setProduction(service, shift, shift.schedule.steps().get(shift.step));
      case CLEAN_UP -> requestReconcile.run();  // the strategy scales blue in on the next pass
      default -> { }
    }
    hooks.start(service, shift);
  }

  private void setProduction(ServiceRecord service, TrafficShift shift, double green) {
    shift.productionPercent = green;
    if (shift.managesTraffic()) {
      shift.deployment.productionTrafficWeight = Optional.of(green);
      shift.deployment.productionTrafficWeights.add(green);
    }
    shift.productionRule().ifPresent(rule -> {
      if (shift.blueTargetGroup.equals(shift.greenTargetGroup)) {
        facts.loadBalancing().forward(rule, Map.of(shift.greenTargetGroup, 100.0));
      } else {
        facts.loadBalancing().forward(rule, Map.of(shift.greenTargetGroup, green,
            shift.blueTargetGroup, 100.0 - green));
      }
    });
    if (shift.managesTraffic()) {
      events.record(service, "(deployment " + shift.green.id + ") shifted production traffic: " + green
          + " % to service revision " + shift.green.revision.arn() + ", " + (100.0 - green) + " % to "
          + shift.blue.revision.arn() + ".");
    }
  }

  /**
   * The deployment failed: with rollback, production and test traffic go back to blue at once ("roll back
   * near-instantaneously", developer guide, "Application Load Balancer resources for blue/green, linear, and
   * canary deployments"), blue becomes PRIMARY again and green's tasks stop; without, it stops where it is.
   */
  private void fail(ServiceRecord service, TrafficShift shift, FailureCause cause, String why, String reason,
      boolean rollback) {
    shift.over = true;
    hooks.cancel(shift);
    RevisionRollout green = shift.green;
    green.rolloutState = RolloutState.FAILED;
    green.rolloutStateReason = Optional.of(reason);
    green.updatedAt = loop.now();
    events.record(service, "(deployment " + green.id + ") deployment failed: " + why + ".");
    if (rollback) {
      trafficBack(service, shift);
      watcher.failed(shift.deployment, cause, reason, Optional.of(shift.blue));
      applier.rollBack(service, shift.blue);
    } else {
      watcher.failed(shift.deployment, cause, reason, Optional.empty());
    }
    requestReconcile.run();
  }

  private void trafficBack(ServiceRecord service, TrafficShift shift) {
    if (shift.productionPercent > 0) {
      setProduction(service, shift, 0.0);
      hooks.rollingBack(service, shift);
    }
    if (shift.testShifted) {
      shift.deployment.testTrafficWeight = Optional.of(0.0);
      shift.testRule().ifPresent(rule -> facts.loadBalancing().forward(rule, Map.of(shift.blueTargetGroup, 100.0)));
    }
  }

  private List<TaskRecord> greenTasks(ServiceRecord service, TrafficShift shift) {
    return tasks.runningOf(service.arn).stream().filter(t -> shift.green.id.equals(ServiceTaskFacts.rolloutId(t)))
        .toList();
  }
}
