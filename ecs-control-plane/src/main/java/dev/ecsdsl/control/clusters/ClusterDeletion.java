package dev.ecsdsl.control.clusters;

import dev.ecsdsl.runtime.ClusterContainsContainerInstancesException;
import dev.ecsdsl.runtime.ClusterContainsServicesException;
import dev.ecsdsl.runtime.ClusterContainsTasksException;

/** DeleteCluster's preconditions, with ECS's exception names and messages. */
public final class ClusterDeletion {
  private ClusterDeletion() {}

  /**
   * Refuses to delete a cluster that still has registered container instances, services that are not
   * INACTIVE, or tasks that have not stopped.
   *
   * @param cluster the cluster
   * @param hasServices whether a service of the cluster is not INACTIVE
   * @param hasTasks whether a task of the cluster has not reached STOPPED
   */
  public static void check(ClusterRecord cluster, boolean hasServices, boolean hasTasks) {
    if (cluster.hasRegisteredInstances()) {
      throw new ClusterContainsContainerInstancesException(
          "The Cluster cannot be deleted while Container Instances are active or draining.");
    }
    if (hasServices) {
      throw new ClusterContainsServicesException("The Cluster cannot be deleted while Services are active.");
    }
    if (hasTasks) {
      throw new ClusterContainsTasksException("The Cluster cannot be deleted while Tasks are active.");
    }
  }
}
