package dev.ecsdsl.control;

import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.List;

/** DeleteCluster's preconditions, with ECS's exception names and messages. */
final class ClusterDeletion {
  private ClusterDeletion() {}

  /**
   * Refuses to delete a cluster that still has registered container instances, services that are not
   * INACTIVE, or tasks that have not stopped.
   */
  static void check(ClusterState cluster, List<ServiceRecord> services) {
    if (cluster.instances.values().stream().anyMatch(i -> i.status != ContainerInstanceStatus.INACTIVE)) {
      throw new EcsException("ClusterContainsContainerInstancesException",
          "The Cluster cannot be deleted while Container Instances are active or draining.");
    }
    if (services.stream().anyMatch(s -> !s.status.equals("INACTIVE"))) {
      throw new EcsException("ClusterContainsServicesException",
          "The Cluster cannot be deleted while Services are active.");
    }
    if (cluster.tasks.values().stream().anyMatch(t -> t.lastStatus != TaskStatus.STOPPED)) {
      throw new EcsException("ClusterContainsTasksException",
          "The Cluster cannot be deleted while Tasks are active.");
    }
  }
}
