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
   * @throws dev.ecsdsl.validation.ValidationException when the description has errors
   * @throws IllegalStateException when an environment was already deployed
   */
  void deploy(Environment environment);

  /** The deployed description. */
  Environment environment();

  /**
   * RegisterTaskDefinition: the definition becomes its family's next revision in the deployed
   * environment; returns the revision's ARN.
   *
   * @throws dev.ecsdsl.validation.ValidationException when the definition has errors (nothing changes)
   */
  String registerTaskDefinition(dev.ecsdsl.model.TaskDefinition taskDefinition);

  /** DescribeTaskDefinition: a revision by family (the latest), {@code family:revision} or ARN. */
  RegisteredTaskDefinition describeTaskDefinition(String taskDefinition);

  /** ListTaskDefinitions: every revision's ARN (of one family, when given), oldest first. */
  List<String> listTaskDefinitions(java.util.Optional<String> family);

  /**
   * DeregisterTaskDefinition: the revision ({@code family:revision} or ARN) becomes INACTIVE. Its running
   * tasks and services go on; new tasks, services and service updates with it are refused, and a bare
   * family then means its latest ACTIVE revision. Returns the revision, INACTIVE.
   */
  RegisteredTaskDefinition deregisterTaskDefinition(String taskDefinition);

  /**
   * DeleteCluster: refused (ClusterContainsContainerInstancesException, ClusterContainsServicesException,
   * ClusterContainsTasksException) while the cluster has registered instances, active or draining services,
   * or tasks that are not stopped. Returns the cluster, INACTIVE; it is no longer found afterwards.
   */
  ClusterDescription deleteCluster(String cluster);

  /** StartTask: one task on each given container instance; tasks that do not fit come back as failures. */
  RunTaskResult startTask(StartTaskRequest request);

  /**
   * TagResource on a cluster, service, task definition revision or task (by ARN): adds the tags, replacing
   * the values of keys already there.
   */
  void tagResource(String resourceArn, List<dev.ecsdsl.model.Tag> tags);

  /** UntagResource: removes the tags with these keys (keys not there are ignored). */
  void untagResource(String resourceArn, List<String> tagKeys);

  /** ListTagsForResource: the resource's tags, in the order they were added. */
  List<dev.ecsdsl.model.Tag> listTagsForResource(String resourceArn);

  /**
   * PutAttributes on container instances: custom attributes (at most 10 per instance, names not starting
   * with {@code ecs.}) that placement's {@code memberOf} expressions and {@code spread} then see, as they
   * see an instance group's. All or nothing: a bad attribute or unknown target (TargetNotFoundException)
   * changes nothing. Returns the attributes as put, with the targets' ARNs.
   */
  List<Attribute> putAttributes(String cluster, List<Attribute> attributes);

  /** DeleteAttributes: removes custom attributes (all or nothing, as {@link #putAttributes}). */
  List<Attribute> deleteAttributes(String cluster, List<Attribute> attributes);

  /** ListAttributes: every attribute, ECS's and custom, of the cluster's registered container instances. */
  List<Attribute> listAttributes(String cluster);

  /**
   * DescribeCapacityProviders: FARGATE, FARGATE_SPOT and the Auto Scaling group capacity providers of the
   * clusters (with their managed scaling), by name.
   */
  List<dev.ecsdsl.model.CapacityProvider> describeCapacityProviders();

  /**
   * PutClusterCapacityProviders: the cluster's capacity providers and default strategy, replaced. A
   * provider that is unknown, or an Auto Scaling group's that belongs to another cluster, or a strategy
   * naming a provider not in the list, is InvalidParameterException; removing a provider that a service
   * or a task still uses is ResourceInUseException. Nothing changes then.
   */
  ClusterDescription putClusterCapacityProviders(String cluster, List<String> capacityProviders,
      List<dev.ecsdsl.model.CapacityProviderStrategyItem> defaultCapacityProviderStrategy);

  /** CreateCluster: an empty cluster; returns the existing one when the name is taken, as ECS does. */
  default ClusterDescription createCluster(String clusterName) {
    return createCluster(clusterName, List.of());
  }

  /**
   * CreateCluster with tags (a new cluster gets them; for an existing one they are added). Invalid tags
   * change nothing.
   */
  ClusterDescription createCluster(String clusterName, List<dev.ecsdsl.model.Tag> tags);

  /**
   * CreateService on a cluster of the deployed environment; the service scheduler starts at once.
   *
   * @throws dev.ecsdsl.validation.ValidationException when the service, with its task definition, has errors
   */
  ServiceDescription createService(dev.ecsdsl.model.Service service);

  /**
   * DeleteService: refused while scaled above 0 unless {@code force}; the service's tasks stop, it drains
   * and then becomes INACTIVE.
   */
  ServiceDescription deleteService(String cluster, String service, boolean force);

  /** RunTask: places and starts up to 10 tasks; tasks that cannot be placed come back as failures. */
  RunTaskResult runTask(RunTaskRequest request);

  /** StopTask: asks a task to stop (SIGTERM, then SIGKILL after each container's stopTimeout). */
  Task stopTask(String cluster, String task, String reason);

  /**
   * Kills a running container of a task as {@code docker kill} does (SIGKILL, exit code 137): an essential
   * container's task stops, and a service replaces it. Returns once the runtime has seen the exit.
   *
   * @throws IllegalArgumentException when the task has no such container
   * @throws IllegalStateException when the container is not running
   */
  void killContainer(String cluster, String task, String container);

  /** DescribeTasks for one task. */
  Task describeTask(String cluster, String task);

  /** The tasks of a cluster that match a filter, oldest first (ListTasks + DescribeTasks). */
  List<Task> listTasks(String cluster, TaskFilter filter);

  /** All tasks of a cluster, oldest first, stopped ones included. */
  default List<Task> listTasks(String cluster) {
    return listTasks(cluster, TaskFilter.all());
  }

  /**
   * What a container wrote to stdout and stderr, one entry per line, oldest first — what the awslogs
   * driver would have sent to CloudWatch Logs. Kept after the task stops.
   */
  List<String> logs(String cluster, String task, String container);

  /** DescribeServices for one service. */
  ServiceDescription describeService(String cluster, String service);

  /** The services of a cluster, in the order they were created. */
  List<ServiceDescription> listServices(String cluster);

  /** UpdateService: desired count, task definition (a rolling deployment), deployment configuration. */
  ServiceDescription updateService(UpdateServiceRequest request);

  /**
   * Lets time pass until the service is steady (one COMPLETED deployment, running = desired), like the
   * {@code services-stable} waiter, and returns it.
   *
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
   */
  List<TargetHealth> describeTargetHealth(String targetGroup);

  /**
   * Sends {@code count} requests to a listener of a load balancer of the description; its rules (host
   * header, then path pattern, by priority) choose the target group, and the requests go round-robin over
   * its healthy targets (over all of them when none is healthy, as an ALB fails open).
   */
  RequestResult sendRequests(String loadBalancer, int listenerPort, String host, String path, int count);

  /** DescribeClusters for one cluster. */
  ClusterDescription describeCluster(String cluster);

  /** Every cluster of the environment. */
  List<ClusterDescription> describeClusters();

  /** DescribeContainerInstances for one instance (by container instance ARN or id, or EC2 instance id). */
  ContainerInstance describeContainerInstance(String cluster, String containerInstance);

  /** The container instances of a cluster, in registration order, deregistered ones excluded. */
  List<ContainerInstance> listContainerInstances(String cluster);

  /** UpdateContainerInstancesState: {@code ACTIVE} or {@code DRAINING}. */
  ContainerInstance updateContainerInstanceState(String cluster, String containerInstance,
      ContainerInstanceStatus status);

  /**
   * DeregisterContainerInstance. Without {@code force}, an instance that still runs tasks is refused;
   * with it, its tasks keep running on the host but ECS no longer tracks them.
   */
  ContainerInstance deregisterContainerInstance(String cluster, String containerInstance, boolean force);

  /** The current time of this runtime (virtual or wall clock). */
  Instant now();

  /** Lets {@code duration} pass, processing everything that happens meanwhile. */
  void advance(Duration duration);

  /**
   * Lets time pass until {@code condition} holds, at most {@code timeout}; returns whether it held. The
   * condition is checked after every event.
   */
  boolean runUntil(Predicate<EcsRuntime> condition, Duration timeout);

  /**
   * Lets time pass until nothing more is scheduled to happen or {@code limit} has passed; returns the
   * time that passed. Containers that run forever do not keep this from returning.
   */
  Duration runUntilIdle(Duration limit);

  /** Every event so far, oldest first. */
  List<RuntimeEvent> events();

  /** The events as a readable timeline, one line per event. */
  default String timeline() {
    return Timeline.format(events());
  }

  /** Stops everything this runtime started and releases its resources. Safe to call twice. */
  @Override
  void close();
}
