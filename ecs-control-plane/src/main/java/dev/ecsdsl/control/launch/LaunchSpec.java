package dev.ecsdsl.control.launch;

import dev.ecsdsl.control.tasks.TaskOwner;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.TaskDefinition;
import java.util.List;
import java.util.Optional;

/**
 * What the control plane needs to place and start a task, whoever asks (RunTask, StartTask or the service
 * scheduler).
 *
 * @param definition the task definition, overrides applied
 * @param taskDefinitionArn the ARN of its revision
 * @param group the task group ({@code family:…}, {@code service:…} or the caller's)
 * @param startedBy recorded on the task
 * @param owner the service deployment the task belongs to, for a service's tasks
 * @param constraints the caller's constraints and the task definition's
 * @param strategies placement strategies in order
 * @param network the awsvpc configuration, if any
 */
public record LaunchSpec(TaskDefinition definition, String taskDefinitionArn, String group, Optional<String> startedBy,
    Optional<TaskOwner> owner, List<PlacementConstraint> constraints, List<PlacementStrategy> strategies,
    Optional<NetworkConfiguration> network) {

  /** {@return the subnets of its awsvpc configuration (none without one)} */
  public List<String> subnets() {
    return network.map(n -> n.awsvpcConfiguration().subnets()).orElse(List.of());
  }

  /** {@return the security groups of its awsvpc configuration (none without one)} */
  public List<String> securityGroups() {
    return network.map(n -> n.awsvpcConfiguration().securityGroups()).orElse(List.of());
  }
}
