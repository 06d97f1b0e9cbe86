package dev.ecsdsl.control;

import dev.ecsdsl.control.capacity.CapacityProviderScaling;
import dev.ecsdsl.control.capacity.ClusterCapacityProviders;
import dev.ecsdsl.control.clusters.ClusterDeletion;
import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.ClusterSnapshots;
import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.clusters.CustomAttributes;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.control.tags.ResourceTags;
import dev.ecsdsl.control.tasks.TaskStore;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.runtime.Attribute;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.MetricDatapoint;
import java.util.List;

/**
 * ECS's cluster operations: CreateCluster, DeleteCluster, DescribeClusters, the cluster's capacity providers
 * (DescribeCapacityProviders, PutClusterCapacityProviders) and the attributes of its container instances
 * (PutAttributes, DeleteAttributes, ListAttributes).
 */
public final class ClusterOperations {
  private final DeployedEnvironment environment;
  private final Clusters clusters;
  private final TaskStore tasks;
  private final ServiceScheduler scheduler;
  private final CapacityProviderScaling capacityScaling;
  private final ResourceTags tags;

  ClusterOperations(DeployedEnvironment environment, Clusters clusters, TaskStore tasks, ServiceScheduler scheduler,
      CapacityProviderScaling capacityScaling, ResourceTags tags) {
    this.environment = environment;
    this.clusters = clusters;
    this.tasks = tasks;
    this.scheduler = scheduler;
    this.capacityScaling = capacityScaling;
    this.tags = tags;
  }

  /**
   * DescribeClusters for one cluster.
   *
   * @param name the cluster's name or ARN
   * @return the cluster
   */
  public ClusterDescription describeCluster(String name) {
    return describe(cluster(name), "ACTIVE");
  }

  /** {@return every cluster, in the order they were made} */
  public List<ClusterDescription> describeClusters() {
    environment.require();
    return clusters.all().stream().map(c -> describe(c, "ACTIVE")).toList();
  }

  /**
   * CreateCluster with tags (added to an existing cluster's): an empty cluster (Fargate, or EC2 capacity
   * registered later).
   *
   * @param name the cluster's name
   * @param clusterTags the tags to put on the cluster
   * @return the cluster
   */
  public ClusterDescription createCluster(String name, List<Tag> clusterTags) {
    environment.require();
    ResourceTags.check(clusterTags);
    if (clusters.find(name).isEmpty()) {
      Cluster cluster = Cluster.builder().clusterName(name).build();
      environment.addCluster(cluster);
      clusters.add(cluster, cluster.arn(environment.get().region(), environment.get().accountId()));
    }
    tags.tag(clusters.require(name).arn(), clusterTags);
    return describeCluster(name);
  }

  /**
   * DeleteCluster: refused while the cluster has instances, services or tasks; afterwards the cluster is not
   * found (its description stays in the environment) and CreateCluster makes it anew, empty.
   *
   * @param name the cluster's name or ARN
   * @return the cluster as described just before its deletion, INACTIVE
   */
  public ClusterDescription deleteCluster(String name) {
    ClusterRecord cluster = cluster(name);
    ClusterDeletion.check(cluster, !scheduler.services(cluster).isEmpty(), tasks.hasLive(cluster));
    ClusterDescription last = describe(cluster, "INACTIVE");
    clusters.remove(cluster);
    tasks.forget(cluster);
    tags.forget(cluster.arn());
    return last;
  }

  /** {@return every capacity provider the environment knows: FARGATE, FARGATE_SPOT, the Auto Scaling group ones} */
  public List<CapacityProvider> describeCapacityProviders() {
    return List.copyOf(ClusterCapacityProviders.known(environment.get()).values());
  }

  /**
   * PutClusterCapacityProviders.
   *
   * @param name the cluster's name
   * @param providers the capacity providers the cluster has from now on
   * @param strategy the cluster's new default capacity provider strategy
   * @return the cluster after the change
   */
  public ClusterDescription putClusterCapacityProviders(String name, List<String> providers,
      List<CapacityProviderStrategyItem> strategy) {
    ClusterRecord cluster = cluster(name);
    cluster.describedAs(ClusterCapacityProviders.put(environment.get(), cluster, scheduler.services(cluster),
        tasks.live(cluster), providers, strategy));
    capacityScaling.providersChanged(cluster);
    scheduler.reconcileNow();
    return describeCluster(cluster.name());
  }

  /**
   * The CapacityProviderReservation datapoints of an Auto Scaling group capacity provider with managed scaling.
   *
   * @param name the cluster's name
   * @param capacityProvider the capacity provider's name
   * @return the datapoints, oldest first
   */
  public List<MetricDatapoint> capacityProviderReservation(String name, String capacityProvider) {
    return capacityScaling.reservation(cluster(name), capacityProvider);
  }

  /**
   * PutAttributes on container instances.
   *
   * @param name the cluster's name
   * @param attributes the attributes, each naming its container instance
   * @return the attributes put
   */
  public List<Attribute> putAttributes(String name, List<Attribute> attributes) {
    List<Attribute> put = CustomAttributes.put(cluster(name), attributes);
    scheduler.reconcileNow();
    return put;
  }

  /**
   * DeleteAttributes on container instances.
   *
   * @param name the cluster's name
   * @param attributes the attributes, each naming its container instance
   * @return the attributes deleted
   */
  public List<Attribute> deleteAttributes(String name, List<Attribute> attributes) {
    List<Attribute> deleted = CustomAttributes.delete(cluster(name), attributes);
    scheduler.reconcileNow();
    return deleted;
  }

  /**
   * ListAttributes of container instances.
   *
   * @param name the cluster's name
   * @return every attribute of the cluster's registered container instances
   */
  public List<Attribute> listAttributes(String name) {
    return CustomAttributes.list(cluster(name));
  }

  private ClusterRecord cluster(String name) {
    environment.require();
    return clusters.require(name);
  }

  private ClusterDescription describe(ClusterRecord cluster, String status) {
    TaskStore.Counts counts = TaskStore.count(tasks.live(cluster));
    return ClusterSnapshots.cluster(cluster, status, scheduler.services(cluster).size(), counts.running(),
        counts.pending());
  }
}
