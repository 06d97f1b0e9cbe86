package dev.ecsdsl.runtime;

import dev.ecsdsl.model.Environment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * A running ECS: the control plane of one {@link Environment}, its container instances and tasks. Both
 * runtimes implement it; the in-memory one moves a virtual clock, the Docker one follows the wall clock.
 *
 * <p>References to clusters, tasks and container instances take a name, an id or an ARN, as the ECS API
 * does. A call that ECS would reject throws an {@link EcsException} named after ECS's error and changes
 * nothing.
 */
public interface EcsRuntime extends AutoCloseable {

  /**
   * Deploys a description: registers its task definitions, creates its clusters and launches the
   * container instances of their instance groups. A runtime holds one environment.
   *
   * @param environment the description, as built with {@link dev.ecsdsl.Ecs#environment}
   * @throws dev.ecsdsl.validation.ValidationException when the description has errors
   * @throws IllegalStateException when an environment was already deployed
   */
  void deploy(Environment environment);

  /**
   * The deployed description.
   *
   * @return the environment given to {@link #deploy}
   */
  Environment environment();

  /**
   * RegisterTaskDefinition: the definition becomes its family's next revision in the deployed
   * environment; returns the revision's ARN.
   *
   * @param taskDefinition the definition to register
   * @return the new revision's ARN, {@code arn:aws:ecs:...:task-definition/family:revision}
   * @throws dev.ecsdsl.validation.ValidationException when the definition has errors (nothing changes)
   */
  String registerTaskDefinition(dev.ecsdsl.model.TaskDefinition taskDefinition);

  /**
   * DescribeTaskDefinition: a revision by family (the latest), {@code family:revision} or ARN.
   *
   * @param taskDefinition {@code family}, {@code family:revision} or ARN
   * @return the revision, ACTIVE or INACTIVE
   */
  RegisteredTaskDefinition describeTaskDefinition(String taskDefinition);

  /**
   * ListTaskDefinitions: every revision's ARN (of one family, when given), oldest first.
   *
   * @param family only this family's revisions; every family's when empty
   * @return the revisions' ARNs, oldest first
   */
  List<String> listTaskDefinitions(java.util.Optional<String> family);

  /**
   * DeregisterTaskDefinition: the revision ({@code family:revision} or ARN) becomes INACTIVE. Its running
   * tasks and services go on; new tasks, services and service updates with it are refused, and a bare
   * family then means its latest ACTIVE revision. Returns the revision, INACTIVE.
   *
   * @param taskDefinition {@code family:revision} or ARN
   * @return the revision, now INACTIVE
   */
  RegisteredTaskDefinition deregisterTaskDefinition(String taskDefinition);

  /**
   * DeleteCluster: refused (ClusterContainsContainerInstancesException, ClusterContainsServicesException,
   * ClusterContainsTasksException) while the cluster has registered instances, active or draining services,
   * or tasks that are not stopped. Returns the cluster, INACTIVE; it is no longer found afterwards.
   *
   * @param cluster the cluster's name or ARN
   * @return the cluster, INACTIVE
   */
  ClusterDescription deleteCluster(String cluster);

  /**
   * StartTask: one task on each given container instance; tasks that do not fit come back as failures.
   *
   * @param request the cluster, task definition, container instances and overrides
   * @return the tasks started and a failure for each instance where the task did not fit
   */
  RunTaskResult startTask(StartTaskRequest request);

  /**
   * TagResource on a cluster, service, task definition revision or task (by ARN): adds the tags, replacing
   * the values of keys already there.
   *
   * @param resourceArn ARN of the cluster, service, task definition revision or task
   * @param tags the tags to add or overwrite
   */
  void tagResource(String resourceArn, List<dev.ecsdsl.model.Tag> tags);

  /**
   * UntagResource: removes the tags with these keys (keys not there are ignored).
   *
   * @param resourceArn ARN of the cluster, service, task definition revision or task
   * @param tagKeys keys of the tags to remove
   */
  void untagResource(String resourceArn, List<String> tagKeys);

  /**
   * ListTagsForResource: the resource's tags, in the order they were added.
   *
   * @param resourceArn ARN of the cluster, service, task definition revision or task
   * @return the tags, in the order they were added
   */
  List<dev.ecsdsl.model.Tag> listTagsForResource(String resourceArn);

  /**
   * PutAttributes on container instances: custom attributes (at most 10 per instance, names not starting
   * with {@code ecs.}) that placement's {@code memberOf} expressions and {@code spread} then see, as they
   * see an instance group's. All or nothing: a bad attribute or unknown target (TargetNotFoundException)
   * changes nothing. Returns the attributes as put, with the targets' ARNs.
   *
   * @param cluster the cluster's name or ARN
   * @param attributes the attributes, each naming its target container instance
   * @return the attributes as put, with the targets' ARNs
   */
  List<Attribute> putAttributes(String cluster, List<Attribute> attributes);

  /**
   * DeleteAttributes: removes custom attributes (all or nothing, as {@link #putAttributes}).
   *
   * @param cluster the cluster's name or ARN
   * @param attributes the attributes, each naming its target container instance
   * @return the attributes removed
   */
  List<Attribute> deleteAttributes(String cluster, List<Attribute> attributes);

  /**
   * ListAttributes: every attribute, ECS's and custom, of the cluster's registered container instances.
   *
   * @param cluster the cluster's name or ARN
   * @return the attributes of every registered container instance of the cluster
   */
  List<Attribute> listAttributes(String cluster);

  /**
   * DescribeCapacityProviders: FARGATE, FARGATE_SPOT and the Auto Scaling group capacity providers of the
   * clusters (with their managed scaling), by name.
   *
   * @return FARGATE, FARGATE_SPOT and every Auto Scaling group capacity provider
   */
  List<dev.ecsdsl.model.CapacityProvider> describeCapacityProviders();

  /**
   * PutClusterCapacityProviders: the cluster's capacity providers and default strategy, replaced. A
   * provider that is unknown, or an Auto Scaling group's that belongs to another cluster, or a strategy
   * naming a provider not in the list, is InvalidParameterException; removing a provider that a service
   * or a task still uses is ResourceInUseException. Nothing changes then.
   *
   * @param cluster the cluster's name or ARN
   * @param capacityProviders names of every capacity provider the cluster will have
   * @param defaultCapacityProviderStrategy the new default strategy (may be empty)
   * @return the cluster with its new providers and strategy
   */
  ClusterDescription putClusterCapacityProviders(String cluster, List<String> capacityProviders,
      List<dev.ecsdsl.model.CapacityProviderStrategyItem> defaultCapacityProviderStrategy);

  /**
   * CreateCluster: an empty cluster; returns the existing one when the name is taken, as ECS does.
   *
   * @param clusterName the cluster's name
   * @return the new cluster, or the existing one of that name
   */
  default ClusterDescription createCluster(String clusterName) {
    return createCluster(clusterName, List.of());
  }

  /**
   * CreateCluster with tags (a new cluster gets them; for an existing one they are added). Invalid tags
   * change nothing.
   *
   * @param clusterName the cluster's name
   * @param tags tags of the cluster
   * @return the new cluster, or the existing one of that name with the tags added
   */
  ClusterDescription createCluster(String clusterName, List<dev.ecsdsl.model.Tag> tags);

  /**
   * CreateService on a cluster of the deployed environment; the service scheduler starts at once.
   *
   * @param service the service, as built with {@link dev.ecsdsl.dsl.ServiceBuilder}
   * @return the service, ACTIVE, with its first deployment
   * @throws dev.ecsdsl.validation.ValidationException when the service, with its task definition, has errors
   */
  ServiceDescription createService(dev.ecsdsl.model.Service service);

  /**
   * DeleteService: refused while scaled above 0 unless {@code force}; the service's tasks stop, it drains
   * and then becomes INACTIVE.
   *
   * @param cluster the cluster's name or ARN
   * @param service the service's name or ARN
   * @param force delete even when the desired count is above 0
   * @return the service, DRAINING or INACTIVE
   */
  ServiceDescription deleteService(String cluster, String service, boolean force);

  /**
   * RunTask: places and starts up to 10 tasks; tasks that cannot be placed come back as failures.
   *
   * @param request the cluster, task definition, count, placement and overrides
   * @return the tasks started and a failure for each task that could not be placed
   */
  RunTaskResult runTask(RunTaskRequest request);

  /**
   * StopTask: asks a task to stop (SIGTERM, then SIGKILL after each container's stopTimeout).
   *
   * @param cluster the cluster's name or ARN
   * @param task the task's ARN or id
   * @param reason why, recorded as the task's stoppedReason
   * @return the task, with desired status STOPPED
   */
  Task stopTask(String cluster, String task, String reason);

  /**
   * Kills a running container of a task as {@code docker kill} does (SIGKILL, exit code 137): an essential
   * container's task stops, and a service replaces it. Returns once the runtime has seen the exit.
   *
   * @param cluster the cluster's name or ARN
   * @param task the task's ARN or id
   * @param container the container's name
   * @throws IllegalArgumentException when the task has no such container
   * @throws IllegalStateException when the container is not running
   */
  void killContainer(String cluster, String task, String container);

  /**
   * DescribeTasks for one task.
   *
   * @param cluster the cluster's name or ARN
   * @param task the task's ARN or id
   * @return the task
   */
  Task describeTask(String cluster, String task);

  /**
   * The tasks of a cluster that match a filter, oldest first (ListTasks + DescribeTasks).
   *
   * @param cluster the cluster's name or ARN
   * @param filter which tasks; {@link TaskFilter#all()} for every one
   * @return the matching tasks, oldest first
   */
  List<Task> listTasks(String cluster, TaskFilter filter);

  /**
   * All tasks of a cluster, oldest first, stopped ones included.
   *
   * @param cluster the cluster's name or ARN
   * @return every task of the cluster, oldest first
   */
  default List<Task> listTasks(String cluster) {
    return listTasks(cluster, TaskFilter.all());
  }

  /**
   * What a container wrote to stdout and stderr, one entry per line, oldest first — what the awslogs
   * driver would have sent to CloudWatch Logs. Kept after the task stops.
   *
   * @param cluster the cluster's name or ARN
   * @param task the task's ARN or id
   * @param container the container's name
   * @return the lines written, oldest first
   */
  List<String> logs(String cluster, String task, String container);

  /**
   * DescribeServices for one service.
   *
   * @param cluster the cluster's name or ARN
   * @param service the service's name or ARN
   * @return the service, with its deployments and events
   */
  ServiceDescription describeService(String cluster, String service);

  /**
   * The services of a cluster, in the order they were created.
   *
   * @param cluster the cluster's name or ARN
   * @return the services, in the order they were created
   */
  List<ServiceDescription> listServices(String cluster);

  /**
   * UpdateService: desired count, task definition (a rolling deployment), deployment configuration.
   *
   * @param request the service and what changes
   * @return the service; a new task definition or configuration shows as a new PRIMARY deployment
   */
  ServiceDescription updateService(UpdateServiceRequest request);

  /**
   * Lets time pass until the service is steady (one COMPLETED deployment, running = desired), like the
   * {@code services-stable} waiter, and returns it.
   *
   * @param cluster the cluster's name or ARN
   * @param service the service's name or ARN
   * @param timeout how much (virtual or wall clock) time to wait at most
   * @return the service, steady
   * @throws ServiceNotSteadyException after {@code timeout}, saying where the service stood, its
   *     deployments and its latest events
   */
  default ServiceDescription awaitSteadyState(String cluster, String service, Duration timeout) {
    if (runUntil(r -> r.describeService(cluster, service).isSteady(), timeout)) {
      return describeService(cluster, service);
    }
    ServiceDescription now = describeService(cluster, service);
    StringBuilder why = new StringBuilder("service " + now.serviceName() + " is not steady after " + timeout
        + ": desired " + now.desiredCount() + ", running " + now.runningCount() + ", pending "
        + now.pendingCount());
    now.deployments().forEach(d -> why.append("\n  deployment ").append(d.id()).append(' ').append(d.status())
        .append(' ').append(d.rolloutState()).append(" (").append(d.taskDefinition()).append("): running ")
        .append(d.runningCount()).append('/').append(d.desiredCount()).append(", failed ").append(d.failedTasks()));
    now.events().stream().limit(5).forEach(e -> why.append("\n  event: ").append(e.message()));
    throw new ServiceNotSteadyException(now, why.toString());
  }

  /**
   * ELB's DescribeTargetHealth for a target group of the description (name or ARN): the service tasks
   * registered with it, their health by the group's health check, and the requests each received.
   *
   * @param targetGroup the target group's name or ARN
   * @return one entry per registered target
   */
  List<TargetHealth> describeTargetHealth(String targetGroup);

  /**
   * Sends {@code count} requests to a listener of a load balancer of the description; its rules (host
   * header, then path pattern, by priority) choose the target group, and the requests go round-robin over
   * its healthy targets (over all of them when none is healthy, as an ALB fails open).
   *
   * @param loadBalancer the load balancer's name
   * @param listenerPort the port of the listener that receives the requests
   * @param host the Host header the rules see
   * @param path the path the rules see
   * @param count how many requests to send
   * @return the target group chosen, the requests served and failed, and how they spread over the
   *     targets
   */
  RequestResult sendRequests(String loadBalancer, int listenerPort, String host, String path, int count);

  /**
   * DescribeClusters for one cluster.
   *
   * @param cluster the cluster's name or ARN
   * @return the cluster, with its task, service and instance counts
   */
  ClusterDescription describeCluster(String cluster);

  /**
   * Every cluster of the environment.
   *
   * @return every cluster, including those created at run time
   */
  List<ClusterDescription> describeClusters();

  /**
   * DescribeContainerInstances for one instance (by container instance ARN or id, or EC2 instance id).
   *
   * @param cluster the cluster's name or ARN
   * @param containerInstance the container instance's ARN or id, or its EC2 instance id
   * @return the container instance
   */
  ContainerInstance describeContainerInstance(String cluster, String containerInstance);

  /**
   * The container instances of a cluster, in registration order, deregistered ones excluded.
   *
   * @param cluster the cluster's name or ARN
   * @return the registered container instances, in registration order
   */
  List<ContainerInstance> listContainerInstances(String cluster);

  /**
   * UpdateContainerInstancesState: {@code ACTIVE} or {@code DRAINING}.
   *
   * @param cluster the cluster's name or ARN
   * @param containerInstance the container instance's ARN or id, or its EC2 instance id
   * @param status ACTIVE, or DRAINING to move its service tasks elsewhere
   * @return the container instance, in its new state
   */
  ContainerInstance updateContainerInstanceState(String cluster, String containerInstance,
      ContainerInstanceStatus status);

  /**
   * DeregisterContainerInstance. Without {@code force}, an instance that still runs tasks is refused;
   * with it, its tasks keep running on the host but ECS no longer tracks them.
   *
   * @param cluster the cluster's name or ARN
   * @param containerInstance the container instance's ARN or id, or its EC2 instance id
   * @param force deregister even when tasks still run on it
   * @return the container instance, INACTIVE
   */
  ContainerInstance deregisterContainerInstance(String cluster, String containerInstance, boolean force);

  /**
   * The current time of this runtime (virtual or wall clock).
   *
   * @return the runtime's current time
   */
  Instant now();

  /**
   * Lets {@code duration} pass, processing everything that happens meanwhile.
   *
   * @param duration how much time passes
   */
  void advance(Duration duration);

  /**
   * Lets time pass until {@code condition} holds, at most {@code timeout}; returns whether it held. The
   * condition is checked after every event.
   *
   * @param condition checked after every event, with this runtime
   * @param timeout the most time that may pass
   * @return true when the condition held before the timeout
   */
  boolean runUntil(Predicate<EcsRuntime> condition, Duration timeout);

  /**
   * Lets time pass until nothing more is scheduled to happen or {@code limit} has passed; returns the
   * time that passed. Containers that run forever do not keep this from returning.
   *
   * @param limit the most time that may pass
   * @return the time that passed
   */
  Duration runUntilIdle(Duration limit);

  /**
   * Every event so far, oldest first.
   *
   * @return every event so far, oldest first
   */
  List<RuntimeEvent> events();

  /**
   * The events as a readable timeline, one line per event.
   *
   * @return the events, one line per event, times relative to the first
   */
  default String timeline() {
    return Timeline.format(events());
  }

  /** Stops everything this runtime started and releases its resources. Safe to call twice. */
  @Override
  void close();
}
