package dev.ecsdsl.control.services;

import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.control.tasks.TaskStore;
import dev.ecsdsl.runtime.Deployment;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.List;

/**
 * Services as DescribeServices shows them: counts over the service's live tasks, and the deployments array derived
 * from its rollouts (PRIMARY first), each counting the tasks of its revision.
 */
final class ServiceDescriptions {
  private final TaskStore tasks;

  ServiceDescriptions(TaskStore tasks) {
    this.tasks = tasks;
  }

  ServiceDescription describe(ServiceRecord service) {
    List<TaskRecord> active = tasks.runningOf(service.arn);
    ServiceDescription.Builder builder = ServiceDescription.builder()
        .serviceName(service.name())
        .serviceArn(service.arn)
        .clusterArn(service.cluster.arn())
        .status(dev.ecsdsl.runtime.ServiceStatus.fromValue(service.status.name()))
        .schedulingStrategy(service.service.schedulingStrategyOrDefault())
        .desiredCount(service.desiredCount)
        .runningCount((int) active.stream().filter(t -> t.lastStatus() == TaskStatus.RUNNING).count())
        .pendingCount((int) active.stream().filter(t -> t.lastStatus().compareTo(TaskStatus.RUNNING) < 0).count())
        .taskDefinition(service.primary().spec.taskDefinitionArn())
        .events(service.events)
        .createdAt(service.createdAt);
    for (RevisionRollout rollout : service.rollouts) {
      List<TaskRecord> mine = active.stream().filter(t -> rollout.id.equals(ServiceTaskFacts.rolloutId(t))).toList();
      builder.addDeployment(Deployment.builder()
          .id(rollout.id)
          .status(dev.ecsdsl.runtime.DeploymentStatus.fromValue(rollout.status.name()))
          .taskDefinition(rollout.spec.taskDefinitionArn())
          .desiredCount(rollout == service.primary() ? service.desiredCount : 0)
          .pendingCount((int) mine.stream().filter(t -> t.lastStatus().compareTo(TaskStatus.RUNNING) < 0).count())
          .runningCount((int) mine.stream().filter(t -> t.lastStatus() == TaskStatus.RUNNING).count())
          .failedTasks(rollout.failedTasks)
          .rolloutState(dev.ecsdsl.runtime.DeploymentRolloutState.fromValue(rollout.rolloutState.name()))
          .rolloutStateReason(rollout.rolloutStateReason)
          .createdAt(rollout.createdAt)
          .updatedAt(rollout.updatedAt)
          .build());
    }
    return builder.build();
  }

  /**
   * {@link ServiceDescription#isSteady()} of the service now, without building the snapshot: one rollout,
   * COMPLETED, as many RUNNING tasks as desired and none pending.
   */
  boolean isSteady(ServiceRecord service) {
    if (service.rollouts.size() != 1 || service.primary().rolloutState != RolloutState.COMPLETED) {
      return false;
    }
    int running = 0;
    for (TaskRecord task : tasks.runningOf(service.arn)) {
      if (task.lastStatus().compareTo(TaskStatus.RUNNING) < 0) {
        return false;
      }
      running += task.lastStatus() == TaskStatus.RUNNING ? 1 : 0;
    }
    return running == service.desiredCount;
  }

  /**
   * The services-stable waiter's success acceptor on the service's description now, without building it: one
   * deployment and as many RUNNING tasks as desired.
   */
  boolean isStable(ServiceRecord service) {
    if (service.rollouts.size() != 1) {
      return false;
    }
    int running = 0;
    for (TaskRecord task : tasks.runningOf(service.arn)) {
      running += task.lastStatus() == TaskStatus.RUNNING ? 1 : 0;
    }
    return running == service.desiredCount;
  }
}
