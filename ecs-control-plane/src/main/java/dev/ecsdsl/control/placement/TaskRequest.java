package dev.ecsdsl.control.placement;

import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.TaskDefinition;
import java.util.List;
import java.util.Optional;

/**
 * What placing one task needs to know, whoever launches it (RunTask, StartTask, a service).
 *
 * @param definition the task definition, overrides applied
 * @param group the task group, {@code family:…} or {@code service:…}
 * @param constraints the caller's placement constraints and the task definition's
 * @param strategies the placement strategies, in order
 * @param subnets the subnets of an awsvpc or Fargate task (empty otherwise)
 * @param candidates the instances of the task's capacity provider, when it has one on EC2
 */
public record TaskRequest(TaskDefinition definition, String group, List<PlacementConstraint> constraints,
    List<PlacementStrategy> strategies, List<String> subnets, Optional<TaskDemand.Candidates> candidates) {

  /**
   * Copies the lists.
   *
   * @param definition the task definition
   * @param group the task group
   * @param constraints the constraints, copied
   * @param strategies the strategies, copied
   * @param subnets the subnets, copied
   * @param candidates the capacity provider's instances, if any
   */
  public TaskRequest {
    constraints = List.copyOf(constraints);
    strategies = List.copyOf(strategies);
    subnets = List.copyOf(subnets);
  }
}
