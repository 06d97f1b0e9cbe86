package dev.ecsdsl.control.agent;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.NetworkBinding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an agent needs to run one task: the task definition with RunTask's overrides already
 * applied, where the task runs, and the host ports the control plane assigned.
 *
 * @param taskArn the task's ARN
 * @param clusterName the cluster's name
 * @param containerInstanceArn the container instance, empty on Fargate
 * @param ec2InstanceId the EC2 instance, empty on Fargate
 * @param availabilityZone the task's zone
 * @param taskDefinitionArn the ARN of the task definition revision
 * @param taskDefinition the task definition, overrides applied
 * @param privateIpv4Address the ENI's address of an awsvpc task
 * @param hostPortBindings per container, the bindings the control plane reserved (bridge and host modes)
 * @param environment resolved environment per container (definition, overrides, secrets)
 */
public record TaskLaunch(
    String taskArn,
    String clusterName,
    Optional<String> containerInstanceArn,
    Optional<String> ec2InstanceId,
    String availabilityZone,
    String taskDefinitionArn,
    TaskDefinition taskDefinition,
    Optional<String> privateIpv4Address,
    Map<String, List<NetworkBinding>> hostPortBindings,
    Map<String, Map<String, String>> environment) {

  /**
   * The last part of the task ARN.
   *
   * @return the task id
   */
  public String taskId() {
    return taskArn.substring(taskArn.lastIndexOf('/') + 1);
  }

  /**
   * The network mode in force (bridge when the definition gives none).
   *
   * @return the network mode
   */
  public NetworkMode networkMode() {
    return taskDefinition.networkModeOrDefault();
  }

  /**
   * The definition of a container of the task.
   *
   * @param name the container's name
   * @return its definition
   */
  public ContainerDefinition container(String name) {
    return taskDefinition.container(name)
        .orElseThrow(() -> new IllegalArgumentException("task " + taskId() + " has no container " + name));
  }
}
