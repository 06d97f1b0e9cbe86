package dev.ecsdsl.control.clusters;

import dev.ecsdsl.control.placement.InstanceUsage;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ContainerInstance;
import java.util.TreeSet;

/** Clusters and container instances as DescribeClusters and DescribeContainerInstances show them. */
public final class ClusterSnapshots {
  private ClusterSnapshots() {}

  /**
   * {@return a container instance as DescribeContainerInstances shows it}
   *
   * @param cluster the instance's cluster
   * @param instance the instance
   * @param running how many of its tasks are RUNNING
   * @param pending how many of its tasks are on their way to RUNNING
   */
  public static ContainerInstance instance(ClusterRecord cluster, InstanceRecord instance, int running, int pending) {
    ContainerInstance.Resources registered = ContainerInstance.Resources.builder()
        .cpu(instance.spec().cpu())
        .memory(instance.spec().memory())
        .ports(new TreeSet<>(instance.spec().reservedTcpPorts()))
        .portsUdp(new TreeSet<>(instance.spec().reservedUdpPorts()))
        .taskEnis(instance.spec().taskEnis())
        .build();
    ContainerInstance.Resources remaining = registered;
    if (instance.isRegistered()) {
      InstanceUsage usage = cluster.placement().usage(instance.arn());
      remaining = ContainerInstance.Resources.builder()
          .cpu(usage.remainingCpu())
          .memory(usage.remainingMemory())
          .ports(new TreeSet<>(usage.usedTcpPorts()))
          .portsUdp(new TreeSet<>(usage.usedUdpPorts()))
          .taskEnis(usage.remainingTaskEnis())
          .build();
    }
    return ContainerInstance.builder()
        .containerInstanceArn(instance.arn())
        .ec2InstanceId(instance.ec2InstanceId())
        .instanceGroup(instance.instanceGroup())
        .capacityProviderName(instance.capacityProvider())
        .status(instance.status())
        .agentConnected(instance.agentConnected())
        .agentVersion(instance.spec().agentVersion())
        .attributes(instance.attributes())
        .registeredResources(registered)
        .remainingResources(remaining)
        .runningTasksCount(running)
        .pendingTasksCount(pending)
        .registeredAt(instance.spec().registeredAt())
        .build();
  }

  /**
   * {@return a cluster as DescribeClusters shows it}
   *
   * @param cluster the cluster
   * @param status {@code ACTIVE}, or {@code INACTIVE} once deleted
   * @param activeServices how many of its services are ACTIVE
   * @param running how many of its tasks are RUNNING
   * @param pending how many of its tasks are on their way to RUNNING
   */
  public static ClusterDescription cluster(ClusterRecord cluster, String status, int activeServices, int running,
      int pending) {
    int registered = (int) cluster.instances().stream().filter(InstanceRecord::isRegistered).count();
    return ClusterDescription.builder()
        .clusterName(cluster.name())
        .clusterArn(cluster.arn())
        .status(dev.ecsdsl.runtime.ClusterStatus.fromValue(status))
        .registeredContainerInstancesCount(registered)
        .runningTasksCount(running)
        .pendingTasksCount(pending)
        .activeServicesCount(activeServices)
        .capacityProviders(cluster.description().capacityProviders().stream().map(CapacityProvider::name).toList())
        .defaultCapacityProviderStrategy(cluster.description().defaultCapacityProviderStrategy())
        .build();
  }
}
