package dev.ecsdsl.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A list call and its describe call in one, for the common "every task of this service" questions: the ARNs from
 * ListTasks (ListServices, ListContainerInstances, ListClusters), then DescribeTasks (...) in batches of ECS's limit.
 *
 * <pre>{@code
 * List<Task> stopped = ListAndDescribe.tasks(runtime.ecs(), "prod", TaskFilter.stopped().serviceName("web"));
 * }</pre>
 */
public final class ListAndDescribe {
  /** How many tasks, container instances and clusters one Describe call takes (ECS's limit). */
  static final int DESCRIBE_MAX = 100;
  /** How many services one DescribeServices call takes (ECS's limit). */
  static final int DESCRIBE_SERVICES_MAX = 10;

  private ListAndDescribe() {}

  /**
   * The tasks of a cluster that the filter accepts, oldest first: ListTasks for each desired status the filter
   * allows (every one when it names none, stopped tasks included), then DescribeTasks.
   *
   * @param ecs the ECS API of a runtime
   * @param cluster the cluster's name or ARN
   * @param filter which tasks
   * @return the tasks, oldest first
   */
  public static List<Task> tasks(EcsApi ecs, String cluster, TaskFilter filter) {
    List<DesiredStatus> statuses = filter.desiredStatus().map(ListAndDescribe::desired).map(List::of)
        .orElse(List.of(DesiredStatus.values()));
    List<String> arns = new ArrayList<>();
    for (DesiredStatus status : statuses) {
      arns.addAll(ecs.listTasks(r -> r.cluster(cluster).desiredStatus(status).family(filter.family())
          .containerInstance(filter.containerInstance()).startedBy(filter.startedBy())
          .serviceName(filter.serviceName())).taskArns());
    }
    return inBatches(arns, DESCRIBE_MAX, batch -> ecs.describeTasks(r -> r.cluster(cluster).tasks(batch)).tasks())
        .stream().filter(filter).sorted(Comparator.comparing(Task::createdAt)).toList();
  }

  private static DesiredStatus desired(TaskStatus status) {
    return switch (status) {
      case STOPPED -> DesiredStatus.STOPPED;
      case PENDING -> DesiredStatus.PENDING;
      default -> DesiredStatus.RUNNING;
    };
  }

  /**
   * The services of a cluster (not INACTIVE ones), in the order they were created: ListServices, then
   * DescribeServices.
   *
   * @param ecs the ECS API of a runtime
   * @param cluster the cluster's name or ARN
   * @return the services
   */
  public static List<ServiceDescription> services(EcsApi ecs, String cluster) {
    return inBatches(ecs.listServices(r -> r.cluster(cluster)).serviceArns(), DESCRIBE_SERVICES_MAX,
        batch -> ecs.describeServices(r -> r.cluster(cluster).services(batch)).services());
  }

  /**
   * The registered container instances of a cluster (ACTIVE and DRAINING), in registration order:
   * ListContainerInstances, then DescribeContainerInstances.
   *
   * @param ecs the ECS API of a runtime
   * @param cluster the cluster's name or ARN
   * @return the container instances
   */
  public static List<ContainerInstance> containerInstances(EcsApi ecs, String cluster) {
    return inBatches(ecs.listContainerInstances(r -> r.cluster(cluster)).containerInstanceArns(), DESCRIBE_MAX,
        batch -> ecs.describeContainerInstances(r -> r.cluster(cluster).containerInstances(batch))
            .containerInstances());
  }

  /**
   * Every cluster, those created at run time included: ListClusters, then DescribeClusters.
   *
   * @param ecs the ECS API of a runtime
   * @return the clusters
   */
  public static List<ClusterDescription> clusters(EcsApi ecs) {
    return inBatches(ecs.listClusters(r -> { }).clusterArns(), DESCRIBE_MAX,
        batch -> ecs.describeClusters(r -> r.clusters(batch)).clusters());
  }

  private static <T> List<T> inBatches(List<String> arns, int size, Function<List<String>, List<T>> describe) {
    Objects.requireNonNull(describe, "describe");
    List<T> all = new ArrayList<>();
    for (int from = 0; from < arns.size(); from += size) {
      all.addAll(describe.apply(arns.subList(from, Math.min(arns.size(), from + size))));
    }
    return all;
  }
}
