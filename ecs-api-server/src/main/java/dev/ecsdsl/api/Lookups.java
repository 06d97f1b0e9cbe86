package dev.ecsdsl.api;

import dev.ecsdsl.model.Tag;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceNotFoundException;
import dev.ecsdsl.runtime.Task;
import java.util.List;

/**
 * One resource through the runtime's {@code ecs()} calls that take several: what the handlers ask one reference at
 * a time, with the error ECS gives when it is not there (which {@link Describe} turns into a failure).
 */
final class Lookups {
  private Lookups() {}

  static ClusterDescription cluster(EcsRuntime runtime, String cluster) {
    List<ClusterDescription> found = runtime.ecs().describeClusters(q -> q.clusters(cluster)).clusters();
    if (found.isEmpty()) {
      throw EcsException.clusterNotFound(cluster);
    }
    return found.get(0);
  }

  static Task task(EcsRuntime runtime, String cluster, String task) {
    List<Task> found = runtime.ecs().describeTasks(q -> q.cluster(cluster).tasks(task)).tasks();
    if (found.isEmpty()) {
      throw EcsException.invalidParameter("The referenced task was not found: " + task);
    }
    return found.get(0);
  }

  static ServiceDescription service(EcsRuntime runtime, String cluster, String service) {
    List<ServiceDescription> found = runtime.ecs().describeServices(q -> q.cluster(cluster).services(service))
        .services();
    if (found.isEmpty()) {
      throw new ServiceNotFoundException("Service not found: " + service);
    }
    return found.get(0);
  }

  static ContainerInstance containerInstance(EcsRuntime runtime, String cluster, String instance) {
    return instance(runtime.ecs().describeContainerInstances(q -> q.cluster(cluster).containerInstances(instance))
        .containerInstances(), cluster, instance);
  }

  static ContainerInstance updateState(EcsRuntime runtime, String cluster, String instance,
      ContainerInstanceStatus status) {
    return instance(runtime.ecs().updateContainerInstancesState(q -> q.cluster(cluster).containerInstances(instance)
        .status(status)).containerInstances(), cluster, instance);
  }

  static List<Tag> tags(EcsRuntime runtime, String resourceArn) {
    return runtime.ecs().listTagsForResource(q -> q.resourceArn(resourceArn)).tags();
  }

  private static ContainerInstance instance(List<ContainerInstance> found, String cluster, String reference) {
    if (found.isEmpty()) {
      throw EcsException.invalidParameter("The referenced container instance was not found in cluster " + cluster
          + ": " + reference);
    }
    return found.get(0);
  }
}
