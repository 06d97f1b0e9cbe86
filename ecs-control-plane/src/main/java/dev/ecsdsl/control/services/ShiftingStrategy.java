package dev.ecsdsl.control.services;

import dev.ecsdsl.control.tasks.TaskRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * BLUE_GREEN, LINEAR and CANARY deployments' tasks: from SCALE_UP on, green (the PRIMARY rollout) runs the full
 * desired count beside blue, which keeps its tasks until CLEAN_UP scales it in ("blue/green deployments temporarily
 * run both the blue and green service revisions simultaneously, which may double your resource usage", developer
 * guide, "Amazon ECS blue/green deployments"; {@code minimumHealthyPercent} and {@code maximumPercent} do not bound
 * green's scale-up, A3). Before SCALE_UP, and once the deployment is over or rolls back, the service's tasks move
 * as a rolling update moves them.
 */
final class ShiftingStrategy implements DeploymentStrategy {
  private final DeploymentStrategy rolling;

  ShiftingStrategy(DeploymentStrategy rolling) {
    this.rolling = rolling;
  }

  @Override
  public ScalePlan plan(ServiceRecord service, List<TaskRecord> active, ServiceTaskFacts facts, Instant now) {
    TrafficShift shift = service.shift;
    if (shift == null || shift.over || service.primary() != shift.green) {
      return rolling.plan(service, active, facts, now);
    }
    List<TaskRecord> green = new ArrayList<>();
    List<TaskRecord> others = new ArrayList<>();
    for (TaskRecord task : active) {
      (shift.green.id.equals(ServiceTaskFacts.rolloutId(task)) ? green : others).add(task);
    }
    boolean scaledUp = shift.stage.compareTo(DeploymentLifecycleStage.SCALE_UP) >= 0;
    int launches = scaledUp && !now.isBefore(service.retryAt) ? Math.max(0, service.desiredCount - green.size()) : 0;
    List<TaskRecord> stops = new ArrayList<>();
    if (shift.stage == DeploymentLifecycleStage.CLEAN_UP) {
      stops.addAll(others);
    }
    if (green.size() > service.desiredCount) {
      stops.addAll(RollingStrategy.scaleInChoice(green, green.size() - service.desiredCount));
    }
    return new ScalePlan(shift.green, launches, List.of(), OptionalInt.empty(), List.of(), stops);
  }
}
