package dev.ecsdsl.inmemory.control;

import dev.ecsdsl.inmemory.placement.InstanceUsage;
import dev.ecsdsl.runtime.Attachment;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.Container;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.List;
import java.util.TreeSet;

/** Turns the control plane's mutable records into the immutable snapshots of the runtime API. */
final class Snapshots {
  private Snapshots() {}

  static Task task(TaskRecord task) {
    Task.Builder builder = Task.builder()
        .taskArn(task.arn())
        .clusterArn(task.cluster.arn)
        .taskDefinitionArn(task.launch.taskDefinitionArn())
        .containerInstanceArn(task.instance.map(InstanceRecord::arn))
        .ec2InstanceId(task.instance.map(InstanceRecord::ec2InstanceId))
        .launchType(task.launchType)
        .capacityProviderName(task.capacityProvider)
        .availabilityZone(task.launch.availabilityZone())
        .lastStatus(task.lastStatus)
        .desiredStatus(task.desiredStatus)
        .group(task.group)
        .startedBy(task.startedBy)
        .cpu(task.demand.cpu())
        .memory(task.demand.memory())
        .healthStatus(health(task))
        .stopCode(task.stopCode)
        .stoppedReason(task.stoppedReason)
        .createdAt(task.createdAt)
        .pullStartedAt(task.pullStartedAt)
        .pullStoppedAt(task.pullStoppedAt)
        .startedAt(task.startedAt)
        .stoppingAt(task.stoppingAt)
        .executionStoppedAt(task.executionStoppedAt)
        .stoppedAt(task.stoppedAt);
    for (ContainerRecord c : task.containers.values()) {
      builder.addContainer(Container.builder()
          .name(c.name())
          .image(c.definition.image())
          .lastStatus(dev.ecsdsl.runtime.ContainerStatus.fromValue(c.lastStatus()))
          .exitCode(c.exitCode)
          .reason(c.reason)
          .healthStatus(c.health)
          .essential(c.essential())
          .networkBindings(c.isRunning() ? c.networkBindings : List.of())
          .build());
    }
    task.eni.ifPresent(eni -> builder.addAttachment(Attachment.builder()
        .networkInterfaceId(eni.networkInterfaceId())
        .subnetId(eni.subnetId())
        .privateIPv4Address(eni.privateIpv4Address())
        .status(eniStatus(task.lastStatus))
        .build()));
    return builder.build();
  }

  /**
   * A task's health from its essential containers that have a health check: UNHEALTHY if one is, HEALTHY
   * if all are, else UNKNOWN (ECS API, {@code Task.healthStatus}).
   */
  static HealthStatus health(TaskRecord task) {
    boolean anyChecked = false;
    boolean allHealthy = true;
    for (ContainerRecord c : task.containers.values()) {
      if (!c.essential() || c.definition.healthCheck().isEmpty()) {
        continue;
      }
      anyChecked = true;
      if (c.health == HealthStatus.UNHEALTHY) {
        return HealthStatus.UNHEALTHY;
      }
      allHealthy &= c.health == HealthStatus.HEALTHY;
    }
    return anyChecked && allHealthy ? HealthStatus.HEALTHY : HealthStatus.UNKNOWN;
  }

  private static dev.ecsdsl.runtime.AttachmentStatus eniStatus(TaskStatus status) {
    return switch (status) {
      case PROVISIONING -> dev.ecsdsl.runtime.AttachmentStatus.ATTACHING;
      case DEPROVISIONING -> dev.ecsdsl.runtime.AttachmentStatus.DETACHING;
      case STOPPED -> dev.ecsdsl.runtime.AttachmentStatus.DELETED;
      default -> dev.ecsdsl.runtime.AttachmentStatus.ATTACHED;
    };
  }

  static ContainerInstance instance(InstanceRecord instance, InstanceUsage usage, int running, int pending) {
    ContainerInstance.Resources registered = ContainerInstance.Resources.builder()
        .cpu(instance.spec.cpu())
        .memory(instance.spec.memory())
        .ports(new TreeSet<>(instance.spec.reservedTcpPorts()))
        .portsUdp(new TreeSet<>(instance.spec.reservedUdpPorts()))
        .taskEnis(instance.spec.taskEnis())
        .build();
    ContainerInstance.Resources remaining = usage == null ? registered : ContainerInstance.Resources.builder()
        .cpu(usage.remainingCpu())
        .memory(usage.remainingMemory())
        .ports(new TreeSet<>(usage.usedTcpPorts()))
        .portsUdp(new TreeSet<>(usage.usedUdpPorts()))
        .taskEnis(usage.remainingTaskEnis())
        .build();
    return ContainerInstance.builder()
        .containerInstanceArn(instance.arn())
        .ec2InstanceId(instance.ec2InstanceId())
        .instanceGroup(instance.instanceGroup)
        .capacityProviderName(instance.capacityProvider)
        .status(instance.status)
        .agentConnected(instance.agentConnected)
        .agentVersion(instance.spec.agentVersion())
        .attributes(instance.attributes())
        .registeredResources(registered)
        .remainingResources(remaining)
        .runningTasksCount(running)
        .pendingTasksCount(pending)
        .registeredAt(instance.spec.registeredAt())
        .build();
  }

  static ClusterDescription cluster(ClusterState cluster, int activeServices) {
    int registered = (int) cluster.instances.values().stream()
        .filter(i -> i.status != ContainerInstanceStatus.INACTIVE).count();
    int running = 0;
    int pending = 0;
    for (TaskRecord task : cluster.tasks.values()) {
      if (task.lastStatus == TaskStatus.RUNNING) {
        running++;
      } else if (!task.lastStatus.isAfter(TaskStatus.ACTIVATING) && !task.isStopping()) {
        pending++;
      }
    }
    return ClusterDescription.builder()
        .clusterName(cluster.name())
        .clusterArn(cluster.arn)
        .status(dev.ecsdsl.runtime.ClusterStatus.ACTIVE)
        .registeredContainerInstancesCount(registered)
        .runningTasksCount(running)
        .pendingTasksCount(pending)
        .activeServicesCount(activeServices)
        .capacityProviders(cluster.cluster.capacityProviders().stream().map(p -> p.name()).toList())
        .defaultCapacityProviderStrategy(cluster.cluster.defaultCapacityProviderStrategy())
        .build();
  }
}
