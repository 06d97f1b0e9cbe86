package dev.ecsdsl.control.services;

import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.placement.TaskDemand;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * ECS's daemon scheduling strategy (developer guide, "Daemon"): one task on each ACTIVE container instance that
 * meets the service's placement constraints (placement decides which do), none elsewhere; the desired count is
 * the number of such instances. Tasks of older rollouts are replaced, and a task goes to an instance only while
 * its agent is connected.
 */
final class DaemonStrategy implements DeploymentStrategy {

  @Override
  public ScalePlan plan(ServiceRecord service, List<TaskRecord> active, ServiceTaskFacts facts, Instant now) {
    RevisionRollout primary = service.primary();
    List<TaskRecord> stops = new ArrayList<>();
    List<InstanceRecord> launchOn = new ArrayList<>();
    int eligible = 0;
    for (InstanceRecord instance : service.cluster.instances()) {
      List<TaskRecord> here = active.stream().filter(t -> t.instance().filter(i -> i == instance).isPresent())
          .toList();
      if (instance.status() != ContainerInstanceStatus.ACTIVE || !eligible(service, primary, instance)) {
        stops.addAll(here);
        continue;
      }
      eligible++;
      here.stream().filter(t -> !primary.id.equals(ServiceTaskFacts.rolloutId(t))).forEach(stops::add);
      if (here.isEmpty() && instance.agentConnected() && !now.isBefore(service.retryAt)) {
        launchOn.add(instance);
      }
    }
    return new ScalePlan(primary, 0, launchOn, OptionalInt.of(eligible), List.of(), stops);
  }

  /** Whether the rollout's memberOf constraints hold for the instance: placement answers. */
  private static boolean eligible(ServiceRecord service, RevisionRollout rollout, InstanceRecord instance) {
    if (rollout.spec.constraints().isEmpty()) {
      return true;
    }
    return service.cluster.placement().meetsConstraints(instance.arn(),
        TaskDemand.of(0, 0, rollout.spec.group()).withConstraints(rollout.spec.constraints()));
  }
}
