package dev.ecsdsl.control;

import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.TaskDefinition;
import java.util.List;
import java.util.Optional;

/**
 * What the control plane needs to place and start a task, whoever asks (RunTask or the service
 * scheduler).
 *
 * @param definition the task definition, overrides applied
 * @param taskDefinitionArn the ARN of its revision
 * @param group the task group ({@code family:…} or {@code service:…})
 * @param startedBy recorded on the task
 * @param constraints the caller's constraints and the task definition's
 * @param strategies placement strategies in order
 * @param network the awsvpc configuration, if any
 */
record LaunchSpec(TaskDefinition definition, String taskDefinitionArn, String group, Optional<String> startedBy,
    List<PlacementConstraint> constraints, List<PlacementStrategy> strategies, Optional<NetworkConfiguration> network) {

  /** Where one task goes: a launch type, and the capacity provider (and its instance group) if any. */
  record Target(LaunchType launchType, Optional<String> capacityProvider, Optional<String> instanceGroup) {
    boolean fargate() {
      return launchType == LaunchType.FARGATE;
    }
  }
}
