package dev.ecsdsl.runtime;

import java.util.List;

/**
 * The 0.1 ECS calls of {@link EcsRuntime}, every one deprecated: each one calls the group of {@link EcsRuntime}
 * that replaces it, and its javadoc says which call. The CHANGELOG's migration section lists them all.
 *
 * @deprecated use the groups of {@link EcsRuntime} ({@code ecs()}, {@code elb()}, {@code clock()}, {@code faults()},
 *     {@code events()}, {@code waiter()}, {@code await(..)}); this interface goes away with its methods
 */
@Deprecated(since = "0.2.0", forRemoval = true)
public interface LegacyEcsRuntime {
  /** {@return the ECS API} */
  EcsApi ecs();


  /**
   * RegisterTaskDefinition.
   *
   * @param taskDefinition the definition to register
   * @return the new revision's ARN
   * @deprecated use {@code ecs().registerTaskDefinition(r -> r.taskDefinition(taskDefinition))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default String registerTaskDefinition(dev.ecsdsl.model.TaskDefinition taskDefinition) {
    return ecs().registerTaskDefinition(r -> r.taskDefinition(taskDefinition)).taskDefinition().taskDefinitionArn();
  }

  /**
   * DescribeTaskDefinition.
   *
   * @param taskDefinition {@code family}, {@code family:revision} or ARN
   * @return the revision
   * @deprecated use {@code ecs().describeTaskDefinition(r -> r.taskDefinition(taskDefinition))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default RegisteredTaskDefinition describeTaskDefinition(String taskDefinition) {
    return ecs().describeTaskDefinition(r -> r.taskDefinition(taskDefinition)).taskDefinition();
  }

  /**
   * Every revision's ARN, ACTIVE and INACTIVE (of one family, when given), by family and revision.
   *
   * @param family only this family's revisions; every family's when empty
   * @return the revisions' ARNs
   * @deprecated use {@code ecs().listTaskDefinitions(r -> r.familyPrefix(family))} (ACTIVE revisions unless
   *     {@code status} says otherwise)
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<String> listTaskDefinitions(java.util.Optional<String> family) {
    return Legacy.listTaskDefinitions(ecs(), family);
  }

  /**
   * DeregisterTaskDefinition.
   *
   * @param taskDefinition {@code family:revision} or ARN
   * @return the revision, now INACTIVE
   * @deprecated use {@code ecs().deregisterTaskDefinition(r -> r.taskDefinition(taskDefinition))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default RegisteredTaskDefinition deregisterTaskDefinition(String taskDefinition) {
    return ecs().deregisterTaskDefinition(r -> r.taskDefinition(taskDefinition)).taskDefinition();
  }

  /**
   * DeleteCluster.
   *
   * @param cluster the cluster's name or ARN
   * @return the cluster, INACTIVE
   * @deprecated use {@code ecs().deleteCluster(r -> r.cluster(cluster))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ClusterDescription deleteCluster(String cluster) {
    return ecs().deleteCluster(r -> r.cluster(cluster)).cluster();
  }

  /**
   * StartTask.
   *
   * @param request the cluster, task definition, container instances and overrides
   * @return the tasks started and the failures
   * @deprecated use {@code ecs().startTask(request)}, which returns a {@link StartTaskResponse}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default RunTaskResult startTask(StartTaskRequest request) {
    StartTaskResponse response = ecs().startTask(request);
    return RunTaskResponse.builder().tasks(response.tasks()).failures(response.failures())
        .explanations(response.explanations()).build();
  }

  /**
   * TagResource.
   *
   * @param resourceArn the resource's ARN
   * @param tags the tags to add or overwrite
   * @deprecated use {@code ecs().tagResource(r -> r.resourceArn(resourceArn).tags(tags))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default void tagResource(String resourceArn, List<dev.ecsdsl.model.Tag> tags) {
    ecs().tagResource(r -> r.resourceArn(resourceArn).tags(tags));
  }

  /**
   * UntagResource.
   *
   * @param resourceArn the resource's ARN
   * @param tagKeys keys of the tags to remove
   * @deprecated use {@code ecs().untagResource(r -> r.resourceArn(resourceArn).tagKeys(tagKeys))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default void untagResource(String resourceArn, List<String> tagKeys) {
    ecs().untagResource(r -> r.resourceArn(resourceArn).tagKeys(tagKeys));
  }

  /**
   * ListTagsForResource.
   *
   * @param resourceArn the resource's ARN
   * @return the tags
   * @deprecated use {@code ecs().listTagsForResource(r -> r.resourceArn(resourceArn)).tags()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<dev.ecsdsl.model.Tag> listTagsForResource(String resourceArn) {
    return ecs().listTagsForResource(r -> r.resourceArn(resourceArn)).tags();
  }

  /**
   * PutAttributes.
   *
   * @param cluster the cluster's name or ARN
   * @param attributes the attributes
   * @return the attributes as put
   * @deprecated use {@code ecs().putAttributes(r -> r.cluster(cluster).attributes(attributes))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<Attribute> putAttributes(String cluster, List<Attribute> attributes) {
    return ecs().putAttributes(r -> r.cluster(cluster).attributes(attributes)).attributes();
  }

  /**
   * DeleteAttributes.
   *
   * @param cluster the cluster's name or ARN
   * @param attributes the attributes
   * @return the attributes removed
   * @deprecated use {@code ecs().deleteAttributes(r -> r.cluster(cluster).attributes(attributes))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<Attribute> deleteAttributes(String cluster, List<Attribute> attributes) {
    return ecs().deleteAttributes(r -> r.cluster(cluster).attributes(attributes)).attributes();
  }

  /**
   * ListAttributes.
   *
   * @param cluster the cluster's name or ARN
   * @return the attributes
   * @deprecated use {@code ecs().listAttributes(r -> r.cluster(cluster)).attributes()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<Attribute> listAttributes(String cluster) {
    return ecs().listAttributes(r -> r.cluster(cluster)).attributes();
  }

  /**
   * DescribeCapacityProviders.
   *
   * @return every capacity provider
   * @deprecated use {@code ecs().describeCapacityProviders(r -> {}).capacityProviders()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<dev.ecsdsl.model.CapacityProvider> describeCapacityProviders() {
    return ecs().describeCapacityProviders(r -> { }).capacityProviders();
  }

  /**
   * PutClusterCapacityProviders.
   *
   * @param cluster the cluster's name or ARN
   * @param capacityProviders every capacity provider the cluster will have
   * @param defaultCapacityProviderStrategy the new default strategy
   * @return the cluster
   * @deprecated use {@code ecs().putClusterCapacityProviders(r -> r.cluster(..).capacityProviders(..)
   *     .defaultCapacityProviderStrategy(..))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ClusterDescription putClusterCapacityProviders(String cluster, List<String> capacityProviders,
      List<dev.ecsdsl.model.CapacityProviderStrategyItem> defaultCapacityProviderStrategy) {
    return ecs().putClusterCapacityProviders(r -> r.cluster(cluster).capacityProviders(capacityProviders)
        .defaultCapacityProviderStrategy(defaultCapacityProviderStrategy)).cluster();
  }

  /**
   * CreateCluster.
   *
   * @param clusterName the cluster's name
   * @return the cluster
   * @deprecated use {@code ecs().createCluster(r -> r.clusterName(clusterName))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ClusterDescription createCluster(String clusterName) {
    return ecs().createCluster(r -> r.clusterName(clusterName)).cluster();
  }

  /**
   * CreateCluster with tags.
   *
   * @param clusterName the cluster's name
   * @param tags tags of the cluster
   * @return the cluster
   * @deprecated use {@code ecs().createCluster(r -> r.clusterName(clusterName).tags(tags))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ClusterDescription createCluster(String clusterName, List<dev.ecsdsl.model.Tag> tags) {
    return ecs().createCluster(r -> r.clusterName(clusterName).tags(tags)).cluster();
  }

  /**
   * CreateService.
   *
   * @param service the service
   * @return the service
   * @deprecated use {@code ecs().createService(r -> r.service(service)).service()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ServiceDescription createService(dev.ecsdsl.model.Service service) {
    return ecs().createService(r -> r.service(service)).service();
  }

  /**
   * DeleteService.
   *
   * @param cluster the cluster's name or ARN
   * @param service the service's name or ARN
   * @param force delete even when the desired count is above 0
   * @return the service
   * @deprecated use {@code ecs().deleteService(r -> r.cluster(cluster).service(service).force(force))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ServiceDescription deleteService(String cluster, String service, boolean force) {
    return ecs().deleteService(r -> r.cluster(cluster).service(service).force(force)).service();
  }

  /**
   * RunTask.
   *
   * @param request the request
   * @return the tasks started and the failures
   * @deprecated use {@code ecs().runTask(request)}, which returns a {@link RunTaskResponse}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default RunTaskResult runTask(RunTaskRequest request) {
    return ecs().runTask(request);
  }

  /**
   * StopTask.
   *
   * @param cluster the cluster's name or ARN
   * @param task the task's ARN or id
   * @param reason why
   * @return the task
   * @deprecated use {@code ecs().stopTask(r -> r.cluster(cluster).task(task).reason(reason)).task()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default Task stopTask(String cluster, String task, String reason) {
    return ecs().stopTask(r -> r.cluster(cluster).task(task).reason(reason)).task();
  }

  /**
   * DescribeTasks for one task.
   *
   * @param cluster the cluster's name or ARN
   * @param task the task's ARN or id
   * @return the task
   * @deprecated use {@code ecs().describeTasks(r -> r.cluster(cluster).tasks(task)).task()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default Task describeTask(String cluster, String task) {
    return Legacy.describeTask(ecs(), cluster, task);
  }

  /**
   * The tasks of a cluster that match a filter, oldest first.
   *
   * @param cluster the cluster's name or ARN
   * @param filter which tasks
   * @return the matching tasks
   * @deprecated use {@code ecs().listTasks(..)} for their ARNs (RUNNING ones unless {@code desiredStatus} says
   *     otherwise) and {@code ecs().describeTasks(..)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<Task> listTasks(String cluster, TaskFilter filter) {
    return ListAndDescribe.tasks(ecs(), cluster, filter);
  }

  /**
   * All tasks of a cluster, oldest first, stopped ones included.
   *
   * @param cluster the cluster's name or ARN
   * @return every task of the cluster
   * @deprecated use {@code ecs().listTasks(..)} and {@code ecs().describeTasks(..)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<Task> listTasks(String cluster) {
    return ListAndDescribe.tasks(ecs(), cluster, TaskFilter.all());
  }

  /**
   * DescribeServices for one service.
   *
   * @param cluster the cluster's name or ARN
   * @param service the service's name or ARN
   * @return the service
   * @deprecated use {@code ecs().describeServices(r -> r.cluster(cluster).services(service)).service()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ServiceDescription describeService(String cluster, String service) {
    return Legacy.describeService(ecs(), cluster, service);
  }

  /**
   * The services of a cluster.
   *
   * @param cluster the cluster's name or ARN
   * @return the services
   * @deprecated use {@code ecs().listServices(..)} and {@code ecs().describeServices(..)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<ServiceDescription> listServices(String cluster) {
    return ListAndDescribe.services(ecs(), cluster);
  }

  /**
   * UpdateService.
   *
   * @param request the service and what changes
   * @return the service
   * @deprecated use {@code ecs().updateService(request).service()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ServiceDescription updateService(UpdateServiceRequest request) {
    return ecs().updateService(request).service();
  }

  /**
   * DescribeClusters for one cluster.
   *
   * @param cluster the cluster's name or ARN
   * @return the cluster
   * @deprecated use {@code ecs().describeClusters(r -> r.clusters(cluster)).cluster()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ClusterDescription describeCluster(String cluster) {
    return Legacy.describeCluster(ecs(), cluster);
  }

  /**
   * Every cluster.
   *
   * @return every cluster
   * @deprecated use {@code ecs().listClusters(r -> {})} and {@code ecs().describeClusters(..)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<ClusterDescription> describeClusters() {
    return ListAndDescribe.clusters(ecs());
  }

  /**
   * DescribeContainerInstances for one instance.
   *
   * @param cluster the cluster's name or ARN
   * @param containerInstance the container instance's ARN or id, or its EC2 instance id
   * @return the container instance
   * @deprecated use {@code ecs().describeContainerInstances(r -> r.cluster(cluster).containerInstances(..))
   *     .containerInstance()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ContainerInstance describeContainerInstance(String cluster, String containerInstance) {
    return Legacy.describeContainerInstance(ecs(), cluster, containerInstance);
  }

  /**
   * The registered container instances of a cluster.
   *
   * @param cluster the cluster's name or ARN
   * @return the container instances, in registration order
   * @deprecated use {@code ecs().listContainerInstances(..)} and {@code ecs().describeContainerInstances(..)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default List<ContainerInstance> listContainerInstances(String cluster) {
    return ListAndDescribe.containerInstances(ecs(), cluster);
  }

  /**
   * UpdateContainerInstancesState for one instance.
   *
   * @param cluster the cluster's name or ARN
   * @param containerInstance the container instance's ARN or id, or its EC2 instance id
   * @param status ACTIVE or DRAINING
   * @return the container instance
   * @deprecated use {@code ecs().updateContainerInstancesState(r -> r.cluster(..).containerInstances(..)
   *     .status(..))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ContainerInstance updateContainerInstanceState(String cluster, String containerInstance,
      ContainerInstanceStatus status) {
    return Legacy.updateContainerInstanceState(ecs(), cluster, containerInstance, status);
  }

  /**
   * DeregisterContainerInstance.
   *
   * @param cluster the cluster's name or ARN
   * @param containerInstance the container instance's ARN or id, or its EC2 instance id
   * @param force deregister even when tasks still run on it
   * @return the container instance
   * @deprecated use {@code ecs().deregisterContainerInstance(r -> r.cluster(..).containerInstance(..).force(..))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  default ContainerInstance deregisterContainerInstance(String cluster, String containerInstance, boolean force) {
    return ecs().deregisterContainerInstance(r -> r.cluster(cluster).containerInstance(containerInstance)
        .force(force)).containerInstance();
  }
}
