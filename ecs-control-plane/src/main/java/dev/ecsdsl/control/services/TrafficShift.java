package dev.ecsdsl.control.services;

import dev.ecsdsl.model.HookDetails;
import dev.ecsdsl.model.ServiceLoadBalancer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one BLUE_GREEN, LINEAR or CANARY service deployment is: its stage, its production traffic step, the hooks
 * of the stage and what they answered, and the waits it arms. The blue revision is the last completed one; green
 * is the deployment's target, registered with the target group blue does not use. Only {@link LifecycleStages}
 * changes it.
 */
final class TrafficShift {
  final ServiceDeployment deployment;
  final RevisionRollout green;
  final RevisionRollout blue;
  final ShiftSchedule schedule;
  /** The entry of the service's load balancers that carries the traffic (the first with advancedConfiguration). */
  final Optional<ServiceLoadBalancer> entry;
  final String blueTargetGroup;
  final String greenTargetGroup;
  DeploymentLifecycleStage stage;
  /** Index of the production step in progress (LINEAR/CANARY repeat PRE_PRODUCTION and PRODUCTION per step). */
  int step;
  /** Green's production share in percent now. */
  double productionPercent;
  boolean testShifted;
  /** The end of the wait in progress (step bake or bake time), once armed. */
  Optional<Instant> waitUntil = Optional.empty();
  /** The hooks of the current stage, in configuration order. */
  final List<HookExecution> hooks = new ArrayList<>();
  /** Runtime data a hook returned with IN_PROGRESS, by hook index: passed again within this deployment. */
  final Map<Integer, HookDetails> hookData = new HashMap<>();
  boolean over;

  TrafficShift(ServiceDeployment deployment, RevisionRollout green, RevisionRollout blue, ShiftSchedule schedule,
      Optional<ServiceLoadBalancer> entry, String blueTargetGroup, String greenTargetGroup) {
    this.deployment = deployment;
    this.green = green;
    this.blue = blue;
    this.schedule = schedule;
    this.entry = entry;
    this.blueTargetGroup = blueTargetGroup;
    this.greenTargetGroup = greenTargetGroup;
  }

  /**
   * Whether ECS shifts this deployment's traffic: not for a headless service (no load balancer), whose stages run
   * with no weight to set (developer guide, "Application Load Balancer resources for blue/green, linear, and canary
   * deployments": ECS "doesn't manage the traffic shift automatically").
   */
  boolean managesTraffic() {
    return entry.isPresent();
  }

  Optional<String> productionRule() {
    return entry.flatMap(e -> e.advancedConfiguration()).flatMap(a -> a.productionListenerRule());
  }

  Optional<String> testRule() {
    return entry.flatMap(e -> e.advancedConfiguration()).flatMap(a -> a.testListenerRule());
  }

  /** One hook's run at one stage (API reference, {@code DeploymentLifecycleHookDetail}). */
  static final class HookExecution {
    final int index;
    final dev.ecsdsl.model.DeploymentLifecycleHook hook;
    final DeploymentLifecycleStage stage;
    HookStatus status = HookStatus.IN_PROGRESS;
    int invocations;

    HookExecution(int index, dev.ecsdsl.model.DeploymentLifecycleHook hook, DeploymentLifecycleStage stage) {
      this.index = index;
      this.hook = hook;
      this.stage = stage;
    }
  }
}
