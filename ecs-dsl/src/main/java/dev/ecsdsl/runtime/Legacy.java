package dev.ecsdsl.runtime;

import dev.ecsdsl.runtime.waiters.Await;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The deprecated calls of {@link LegacyEcsRuntime} and {@link LegacyRuntimeCalls} that take more than one call of
 * the new API, with the errors the 0.1 calls threw.
 */
@SuppressWarnings({"deprecation", "removal"})
final class Legacy {
  private Legacy() {}

  static List<String> listTaskDefinitions(EcsApi ecs, Optional<String> family) {
    return Stream.of(TaskDefinitionStatus.ACTIVE, TaskDefinitionStatus.INACTIVE)
        .flatMap(status -> ecs.listTaskDefinitions(r -> r.familyPrefix(family).status(status))
            .taskDefinitionArns().stream())
        .sorted(Comparator.comparing(Legacy::family).thenComparingInt(Legacy::revision))
        .toList();
  }

  static Task describeTask(EcsApi ecs, String cluster, String task) {
    DescribeTasksResponse response = ecs.describeTasks(r -> r.cluster(cluster).tasks(task));
    if (response.tasks().isEmpty()) {
      throw EcsException.invalidParameter("The referenced task was not found: " + task);
    }
    return response.tasks().get(0);
  }

  static ServiceDescription describeService(EcsApi ecs, String cluster, String service) {
    DescribeServicesResponse response = ecs.describeServices(r -> r.cluster(cluster).services(service));
    if (response.services().isEmpty()) {
      throw new ServiceNotFoundException("Service not found: " + service);
    }
    return response.services().get(0);
  }

  static ServiceDescription awaitSteadyState(EcsApi ecs, Await steady, String cluster, String service,
      Duration timeout) {
    try {
      steady.atMost(timeout);
      return describeService(ecs, cluster, service);
    } catch (WaitTimeoutException e) {
      throw new ServiceNotSteadyException(describeService(ecs, cluster, service), e);
    }
  }

  static ClusterDescription describeCluster(EcsApi ecs, String cluster) {
    DescribeClustersResponse response = ecs.describeClusters(r -> r.clusters(cluster));
    if (response.clusters().isEmpty()) {
      throw EcsException.clusterNotFound(cluster);
    }
    return response.clusters().get(0);
  }

  static ContainerInstance describeContainerInstance(EcsApi ecs, String cluster, String containerInstance) {
    return found(ecs.describeContainerInstances(r -> r.cluster(cluster).containerInstances(containerInstance))
        .containerInstances(), cluster, containerInstance);
  }

  static ContainerInstance updateContainerInstanceState(EcsApi ecs, String cluster, String containerInstance,
      ContainerInstanceStatus status) {
    return found(ecs.updateContainerInstancesState(r -> r.cluster(cluster).containerInstances(containerInstance)
        .status(status)).containerInstances(), cluster, containerInstance);
  }

  private static ContainerInstance found(List<ContainerInstance> instances, String cluster, String reference) {
    if (instances.isEmpty()) {
      throw EcsException.invalidParameter("The referenced container instance was not found in cluster " + cluster
          + ": " + reference);
    }
    return instances.get(0);
  }

  private static String family(String taskDefinitionArn) {
    String familyRevision = taskDefinitionArn.substring(taskDefinitionArn.lastIndexOf('/') + 1);
    return familyRevision.substring(0, familyRevision.lastIndexOf(':'));
  }

  private static int revision(String taskDefinitionArn) {
    return Integer.parseInt(taskDefinitionArn.substring(taskDefinitionArn.lastIndexOf(':') + 1));
  }
}
