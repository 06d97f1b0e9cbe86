package dev.ecsdsl.inmemory;

import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.control.InstanceLifetime;
import dev.ecsdsl.control.ServiceDeploymentOperations;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.control.iam.TaskCredentials;
import dev.ecsdsl.inmemory.clock.VirtualEventLoop;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.inmemory.simulated.SimulatedAgent;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.MetricDatapoint;
import dev.ecsdsl.runtime.RegisteredTaskDefinition;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResult;
import dev.ecsdsl.runtime.RuntimeEvent;
import dev.ecsdsl.runtime.ScalingActivity;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * ECS in memory: the shared control plane on a virtual clock, with a simulated agent whose containers act
 * as scripted. Nothing sleeps and nothing runs in the background; time moves only inside
 * {@link #advance}, {@link #runUntil} and {@link #runUntilIdle}. The same seed and the same calls give the
 * same timeline, byte for byte.
 *
 * <pre>{@code
 * try (InMemoryEcs ecs = InMemoryEcs.create(42)) {
 *   ecs.deploy(environment);
 *   RunTaskResult result = ecs.runTask(RunTaskRequest.of("prod", "worker", 3));
 *   ecs.advance(Duration.ofMinutes(1));
 *   System.out.println(ecs.timeline());
 * }
 * }</pre>
 */
public final class InMemoryEcs implements EcsRuntime {
  /** Where the virtual clock starts unless told otherwise. */
  public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

  private final VirtualEventLoop loop;
  private final SimulatedAgent agent;
  private final ControlPlane controlPlane;
  private final long seed;

  private InMemoryEcs(long seed, Instant start, Timings timings) {
    this.seed = seed;
    this.loop = new VirtualEventLoop(start);
    this.agent = new SimulatedAgent();
    this.controlPlane = new ControlPlane(loop, agent, seed, timings);
  }

  /**
   * A runtime whose every id and random choice derives from {@code seed}.
   *
   * @param seed the seed every id and random choice derives from
   * @return a new runtime at {@link #DEFAULT_START} with the default timings
   */
  public static InMemoryEcs create(long seed) {
    return new InMemoryEcs(seed, DEFAULT_START, Timings.defaults());
  }

  /**
   * A runtime with a chosen start time and control-plane timings.
   *
   * @param seed the seed every id and random choice derives from
   * @param start where the virtual clock starts
   * @param timings how long the control plane's steps take
   * @return a new runtime
   */
  public static InMemoryEcs create(long seed, Instant start, Timings timings) {
    return new InMemoryEcs(seed, Objects.requireNonNull(start), Objects.requireNonNull(timings));
  }

  /**
   * The seed this runtime was created with.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The simulated agent, to script how containers behave.
   *
   * @return the simulated agent
   */
  public SimulatedAgent agent() {
    return agent;
  }

  /**
   * Scripts every container of {@code image} (shorthand for {@code agent().behaviourOfImage}).
   *
   * @param image the container image, as the task definition names it
   * @param behaviour how those containers act
   * @return this runtime
   */
  public InMemoryEcs behaviourOfImage(String image, ContainerBehaviour behaviour) {
    agent.behaviourOfImage(image, behaviour);
    return this;
  }

  /**
   * Scripts one container of one task definition family.
   *
   * @param family the task definition family
   * @param container the container's name in the task definition
   * @param behaviour how that container acts
   * @return this runtime
   */
  public InMemoryEcs behaviour(String family, String container, ContainerBehaviour behaviour) {
    agent.behaviour(family, container, behaviour);
    return this;
  }

  @Override
  public void deploy(Environment environment) {
    controlPlane.deploy(environment);
  }

  @Override
  public Environment environment() {
    return controlPlane.environment();
  }

  @Override
  public String registerTaskDefinition(TaskDefinition taskDefinition) {
    return controlPlane.taskDefinitions().registerTaskDefinition(taskDefinition);
  }

  @Override
  public RegisteredTaskDefinition describeTaskDefinition(String taskDefinition) {
    return controlPlane.taskDefinitions().describeTaskDefinition(taskDefinition);
  }

  @Override
  public List<String> listTaskDefinitions(Optional<String> family) {
    return controlPlane.taskDefinitions().listTaskDefinitions(family);
  }

  @Override
  public ClusterDescription createCluster(String clusterName, List<dev.ecsdsl.model.Tag> tags) {
    return controlPlane.clusters().createCluster(clusterName, tags);
  }

  @Override
  public RegisteredTaskDefinition deregisterTaskDefinition(String taskDefinition) {
    return controlPlane.taskDefinitions().deregisterTaskDefinition(taskDefinition);
  }

  @Override
  public ClusterDescription deleteCluster(String cluster) {
    return controlPlane.clusters().deleteCluster(cluster);
  }

  @Override
  public RunTaskResult startTask(dev.ecsdsl.runtime.StartTaskRequest request) {
    return controlPlane.tasks().startTask(request);
  }

  @Override
  public void tagResource(String resourceArn, List<dev.ecsdsl.model.Tag> tags) {
    controlPlane.tags().tagResource(resourceArn, tags);
  }

  @Override
  public void untagResource(String resourceArn, List<String> tagKeys) {
    controlPlane.tags().untagResource(resourceArn, tagKeys);
  }

  @Override
  public List<dev.ecsdsl.runtime.Attribute> putAttributes(String cluster, List<dev.ecsdsl.runtime.Attribute> attributes) {
    return controlPlane.clusters().putAttributes(cluster, attributes);
  }

  @Override
  public List<dev.ecsdsl.runtime.Attribute> deleteAttributes(String cluster, List<dev.ecsdsl.runtime.Attribute> attributes) {
    return controlPlane.clusters().deleteAttributes(cluster, attributes);
  }

  @Override
  public List<dev.ecsdsl.runtime.Attribute> listAttributes(String cluster) {
    return controlPlane.clusters().listAttributes(cluster);
  }

  @Override
  public List<dev.ecsdsl.model.CapacityProvider> describeCapacityProviders() {
    return controlPlane.clusters().describeCapacityProviders();
  }

  @Override
  public ClusterDescription putClusterCapacityProviders(String cluster, List<String> capacityProviders,
      List<dev.ecsdsl.model.CapacityProviderStrategyItem> defaultCapacityProviderStrategy) {
    return controlPlane.clusters().putClusterCapacityProviders(cluster, capacityProviders, defaultCapacityProviderStrategy);
  }

  @Override
  public List<dev.ecsdsl.model.Tag> listTagsForResource(String resourceArn) {
    return controlPlane.tags().listTagsForResource(resourceArn);
  }

  @Override
  public ServiceDescription createService(Service service) {
    return controlPlane.services().createService(service);
  }

  @Override
  public ServiceDescription deleteService(String cluster, String service, boolean force) {
    return controlPlane.services().deleteService(cluster, service, force);
  }

  @Override
  public RunTaskResult runTask(RunTaskRequest request) {
    return controlPlane.tasks().runTask(request);
  }

  @Override
  public Task stopTask(String cluster, String task, String reason) {
    return controlPlane.tasks().stopTask(cluster, task, reason);
  }

  @Override
  public Task describeTask(String cluster, String task) {
    return controlPlane.tasks().describeTask(cluster, task);
  }

  @Override
  public List<Task> listTasks(String cluster, TaskFilter filter) {
    return controlPlane.tasks().listTasks(cluster, filter);
  }

  @Override
  public List<String> logs(String cluster, String task, String container) {
    return controlPlane.tasks().logs(cluster, task, container);
  }

  @Override
  public ServiceDescription describeService(String cluster, String service) {
    return controlPlane.services().describeService(cluster, service);
  }

  /**
   * Application Auto Scaling's scaling activities of a service (none without auto scaling), oldest first.
   *
   * @param cluster the cluster's name
   * @param service the service's name
   * @return the activities, oldest first
   */
  public List<ScalingActivity> describeScalingActivities(String cluster, String service) {
    return controlPlane.services().describeScalingActivities(cluster, service);
  }

  /**
   * CloudWatch's one-minute datapoints of a metric of a service with auto scaling, oldest first (a
   * minute without data, e.g. without requests, has none).
   *
   * @param cluster the cluster's name
   * @param service the service's name
   * @param metric the predefined metric, e.g. {@code ECSServiceAverageCPUUtilization}
   * @return the datapoints, oldest first
   */
  public List<MetricDatapoint> metricData(String cluster, String service, PredefinedMetricType metric) {
    return controlPlane.services().metricData(cluster, service, metric);
  }

  /**
   * The CapacityProviderReservation datapoints (one a minute) of an Auto Scaling group capacity provider
   * with managed scaling.
   *
   * @param cluster the cluster's name
   * @param capacityProvider the capacity provider's name
   * @return the datapoints, oldest first
   */
  public List<MetricDatapoint> capacityProviderReservation(String cluster, String capacityProvider) {
    return controlPlane.clusters().capacityProviderReservation(cluster, capacityProvider);
  }

  /**
   * Whether DescribeServices would call the service steady now; cheaper than describing it.
   *
   * @param cluster the cluster's name
   * @param service the service's name
   * @return true when the service is steady
   */
  public boolean isSteady(String cluster, String service) {
    return controlPlane.services().isSteady(cluster, service);
  }

  /**
   * As {@link EcsRuntime#awaitSteadyState}, but checks the scheduler's state after each action instead of
   * describing the service (a DescribeServices after every event made big rollouts slow).
   */
  @Override
  public ServiceDescription awaitSteadyState(String cluster, String service, Duration timeout) {
    requireNonNegative(timeout);
    controlPlane.services().describeService(cluster, service);
    if (runUntil(r -> isSteady(cluster, service), timeout)) {
      return describeService(cluster, service);
    }
    return EcsRuntime.super.awaitSteadyState(cluster, service, Duration.ZERO);
  }

  @Override
  public List<ServiceDescription> listServices(String cluster) {
    return controlPlane.services().listServices(cluster);
  }

  @Override
  public ServiceDescription updateService(UpdateServiceRequest request) {
    return controlPlane.services().updateService(request);
  }

  @Override
  public List<TargetHealth> describeTargetHealth(String targetGroup) {
    return controlPlane.loadBalancers().describeTargetHealth(targetGroup);
  }

  @Override
  public RequestResult sendRequests(String loadBalancer, int listenerPort, String host, String path, int count) {
    return controlPlane.loadBalancers().sendRequests(loadBalancer, listenerPort, host, path, count);
  }

  /**
   * ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions and StopServiceDeployment, and what
   * a test stands in for during BLUE_GREEN, LINEAR and CANARY deployments: lifecycle hook functions
   * ({@code serviceDeployments().lifecycleHooks().register(functionArn, handler)}) and alarm states
   * ({@code serviceDeployments().alarms().set(alarmName, AlarmState.ALARM)}).
   *
   * @return the service deployment operations
   */
  public ServiceDeploymentOperations serviceDeployments() {
    return controlPlane.serviceDeployments();
  }

  /**
   * A listener rule's forward weights now, in percent per target group name (ELB's DescribeRules, as a traffic
   * shift leaves them).
   *
   * @param listenerRule the rule's ARN or {@code <load balancer>:<port>:<priority>}, or {@code <load balancer>:<port>}
   * @return percent per target group
   */
  public java.util.Map<String, Double> forwardWeights(String listenerRule) {
    return controlPlane.loadBalancers().forwardWeights(listenerRule);
  }

  @Override
  public ClusterDescription describeCluster(String cluster) {
    return controlPlane.clusters().describeCluster(cluster);
  }

  @Override
  public List<ClusterDescription> describeClusters() {
    return controlPlane.clusters().describeClusters();
  }

  @Override
  public ContainerInstance describeContainerInstance(String cluster, String containerInstance) {
    return controlPlane.containerInstances().describeContainerInstance(cluster, containerInstance);
  }

  @Override
  public List<ContainerInstance> listContainerInstances(String cluster) {
    return controlPlane.containerInstances().listContainerInstances(cluster);
  }

  @Override
  public ContainerInstance updateContainerInstanceState(String cluster, String containerInstance,
      ContainerInstanceStatus status) {
    return controlPlane.containerInstances().updateContainerInstanceState(cluster, containerInstance, status);
  }

  @Override
  public ContainerInstance deregisterContainerInstance(String cluster, String containerInstance, boolean force) {
    return controlPlane.containerInstances().deregisterContainerInstance(cluster, containerInstance, force);
  }

  /**
   * The instance's agent loses its connection: no new tasks go there; ECS hears nothing of its tasks.
   *
   * @param cluster the cluster's name
   * @param containerInstance the container instance's ARN or id
   * @return the container instance, now with its agent disconnected
   */
  public ContainerInstance disconnectAgent(String cluster, String containerInstance) {
    return controlPlane.faults().disconnectAgent(cluster, containerInstance);
  }

  /**
   * The agent reconnects and catches ECS up on what happened meanwhile.
   *
   * @param cluster the cluster's name
   * @param containerInstance the container instance's ARN or id
   * @return the container instance, now with its agent connected
   */
  public ContainerInstance reconnectAgent(String cluster, String containerInstance) {
    return controlPlane.faults().reconnectAgent(cluster, containerInstance);
  }

  /**
   * The EC2 instance is terminated: its tasks stop (TerminationNotice) and it leaves the cluster.
   *
   * @param cluster the cluster's name
   * @param containerInstance the container instance's ARN or id
   * @return the container instance after the termination
   */
  public ContainerInstance terminateInstance(String cluster, String containerInstance) {
    return controlPlane.faults().terminateInstance(cluster, containerInstance);
  }

  /**
   * Starts a steady load of {@code perSecond} requests each simulated second at a listener; see {@link
   * RequestLoad}. Throws at once for an unknown load balancer or listener.
   *
   * @param loadBalancer the load balancer's name
   * @param listenerPort the port of the listener the requests go to
   * @param host the request's Host header, for host-header rules
   * @param path the request path, for path-pattern rules
   * @param perSecond how many requests each simulated second
   * @return the running load, to change or stop
   */
  public RequestLoad driveRequests(String loadBalancer, int listenerPort, String host, String path, int perSecond) {
    return new RequestLoad(controlPlane, loop, loadBalancer, listenerPort, host, path, perSecond);
  }

  /**
   * A new EC2 instance of the cluster's instance group joins, as its Auto Scaling group would launch one
   * (round robin over the group's zones, skipping lost ones); DAEMON services follow it at once.
   *
   * @param cluster the cluster's name
   * @param instanceGroup the name of the cluster's instance group
   * @return the new container instance
   */
  public ContainerInstance launchInstance(String cluster, String instanceGroup) {
    return controlPlane.faults().launchInstance(cluster, instanceGroup);
  }

  // ---- faults a test injects ----

  /** Kills a running container as {@code docker kill} does: SIGKILL, exit code 137 (see {@link #crashContainer}). */
  @Override
  public void killContainer(String cluster, String task, String container) {
    crashContainer(cluster, task, container, 137);
  }

  /**
   * A running container of the task dies now with {@code exitCode}, as if its process crashed. Returns once
   * the runtime has seen the exit (the task is on its way to STOPPED if the container was essential).
   *
   * @param cluster the cluster's name
   * @param task the task's ARN or id
   * @param container the container's name
   * @param exitCode the exit code the container reports
   * @return this runtime
   */
  public InMemoryEcs crashContainer(String cluster, String task, String container, int exitCode) {
    agent.crash(taskArn(cluster, task, container), container, exitCode);
    advance(Duration.ZERO);
    return this;
  }

  /**
   * From now on the container answers like a hung application: its health check fails (Docker marks it
   * UNHEALTHY after its retries) and its load balancer targets answer health checks with 503.
   *
   * @param cluster the cluster's name
   * @param task the task's ARN or id
   * @param container the container's name
   * @return this runtime
   */
  public InMemoryEcs failHealthChecks(String cluster, String task, String container) {
    agent.failHealthChecks(taskArn(cluster, task, container), container);
    return this;
  }

  /**
   * Fargate Spot interrupts the task: a two-minute warning (SIGTERM, stop code SpotInterruption), then the
   * end; its service replaces it. The task must run on the FARGATE_SPOT capacity provider.
   *
   * @param cluster the cluster's name
   * @param task the task's ARN or id
   * @return the task, now with its interruption under way
   */
  public Task interruptSpotTask(String cluster, String task) {
    return controlPlane.tasks().interruptSpotTask(cluster, task);
  }

  /**
   * The Availability Zone goes dark: its instances are terminated, its Fargate tasks stop, and no ENI can
   * be created in its subnets until {@link #restoreAvailabilityZone}. Returns the terminated instances.
   *
   * @param zone the Availability Zone, e.g. {@code us-east-1a}
   * @return the ARNs of the terminated container instances
   */
  public List<String> loseAvailabilityZone(String zone) {
    return controlPlane.faults().loseAvailabilityZone(zone);
  }

  /**
   * The lost zone's subnets take ENIs again (terminated instances do not come back).
   *
   * @param zone the Availability Zone lost before
   * @return this runtime
   */
  public InMemoryEcs restoreAvailabilityZone(String zone) {
    controlPlane.faults().restoreAvailabilityZone(zone);
    return this;
  }

  /**
   * Every free address of the subnet goes to other ENIs; returns how many.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were taken
   */
  public int exhaustSubnet(String subnetId) {
    return controlPlane.faults().exhaustSubnet(subnetId);
  }

  /**
   * Frees what {@link #exhaustSubnet} took; returns how many addresses.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were freed
   */
  public int releaseSubnet(String subnetId) {
    return controlPlane.faults().releaseSubnet(subnetId);
  }

  /**
   * Every EC2 instance the run has had, terminated ones included, with when it ran (what {@code
   * CostReport.of(ecs)} bills).
   *
   * @return every instance with its launch and termination times
   */
  public List<InstanceLifetime> instanceLifetimes() {
    return controlPlane.containerInstances().instanceLifetimes();
  }

  // ---- IAM ----

  /**
   * The credentials the application in a task gets from its task role: {@code credentials(cluster,
   * task).isAllowed("s3:GetObject", "arn:aws:s3:::bucket/key")}.
   *
   * @param cluster the cluster's name
   * @param task the task's ARN or id
   * @return what the task role allows
   * @throws IllegalStateException when the task has no task role (its containers get no application
   *     credentials) or has stopped (its credentials expired with it)
   */
  public TaskCredentials credentials(String cluster, String task) {
    return controlPlane.tasks().credentials(cluster, task);
  }

  /** The task's ARN, once it is known to have the container ({@link Task#container} says which it has). */
  private String taskArn(String cluster, String task, String container) {
    Task described = controlPlane.tasks().describeTask(cluster, task);
    described.container(container);
    return described.taskArn();
  }

  @Override
  public Instant now() {
    return loop.now();
  }

  @Override
  public void advance(Duration duration) {
    requireNonNegative(duration);
    loop.runUntil(loop.now().plus(duration), () -> false);
  }

  @Override
  public boolean runUntil(Predicate<EcsRuntime> condition, Duration timeout) {
    requireNonNegative(timeout);
    if (condition.test(this)) {
      return true;
    }
    return loop.runUntil(loop.now().plus(timeout), () -> condition.test(this)) || condition.test(this);
  }

  @Override
  public Duration runUntilIdle(Duration limit) {
    requireNonNegative(limit);
    Instant start = loop.now();
    Instant deadline = start.plus(limit);
    while (loop.hasForegroundWork() && loop.runNext(deadline)) {
      // one action at a time until only background actions (health checks, polls) remain
    }
    return Duration.between(start, loop.now());
  }

  @Override
  public List<RuntimeEvent> events() {
    return controlPlane.events();
  }

  @Override
  public void close() {
    controlPlane.close();
  }

  private static void requireNonNegative(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
  }
}
