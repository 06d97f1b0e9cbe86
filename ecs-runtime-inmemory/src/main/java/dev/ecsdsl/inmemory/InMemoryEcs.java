package dev.ecsdsl.inmemory;

import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.control.DaemonOperations;
import dev.ecsdsl.control.InstanceLifetime;
import dev.ecsdsl.control.ServiceDeploymentOperations;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.control.api.ConditionAwait;
import dev.ecsdsl.control.api.ContainerFaults;
import dev.ecsdsl.control.api.OnLoop;
import dev.ecsdsl.control.api.RuntimeGroups;
import dev.ecsdsl.control.api.ServiceDeploymentRuntime;
import dev.ecsdsl.control.iam.TaskCredentials;
import dev.ecsdsl.inmemory.clock.VirtualEventLoop;
import dev.ecsdsl.inmemory.cost.ForgottenFargateTasks;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.inmemory.simulated.SimulatedAgent;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.AutoScalingApi;
import dev.ecsdsl.runtime.CloudWatchApi;
import dev.ecsdsl.runtime.EcsApi;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ElbApi;
import dev.ecsdsl.runtime.Faults;
import dev.ecsdsl.runtime.LogsApi;
import dev.ecsdsl.runtime.RuntimeClock;
import dev.ecsdsl.runtime.RuntimeEvents;
import dev.ecsdsl.runtime.ServiceConnectApi;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.waiters.Await;
import dev.ecsdsl.runtime.waiters.Condition;
import dev.ecsdsl.runtime.waiters.SteadyStateCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * ECS in memory: the shared control plane on a virtual clock, with a simulated agent whose containers act as
 * scripted. Nothing sleeps and nothing runs in the background; time moves only when asked ({@code clock()},
 * {@code await(..)}, {@code waiter()}), jumping from event to event. The same seed and the same calls give the
 * same timeline, byte for byte.
 *
 * <pre>{@code
 * try (InMemoryEcs ecs = InMemoryEcs.create(42)) {
 *   ecs.deploy(environment);
 *   RunTaskResponse run = ecs.ecs().runTask(r -> r.cluster("prod").taskDefinition("worker").count(3));
 *   ecs.clock().advance(Duration.ofMinutes(1));
 *   System.out.println(ecs.events().timeline());
 * }
 * }</pre>
 *
 * <p>Beyond {@link EcsRuntime}: the seed, the simulated agent that scripts containers ({@link #agent()},
 * {@link #behaviour}, {@link #behaviourOfImage}), the instances' lifetimes for cost reports and the task roles'
 * credentials. The methods marked deprecated moved to the groups that both runtimes have.
 */
@SuppressWarnings({"deprecation", "removal"})
public final class InMemoryEcs implements EcsRuntime, SteadyStateCheck, ServiceDeploymentRuntime {
  /** Where the virtual clock starts unless told otherwise. */
  public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

  private final VirtualEventLoop loop;
  private final SimulatedAgent agent;
  private final ControlPlane controlPlane;
  private final long seed;
  private final VirtualTime clock;
  private final RuntimeGroups groups;
  private final ForgottenFargateTasks forgottenFargateTasks = new ForgottenFargateTasks();

  private InMemoryEcs(long seed, Instant start, Timings timings) {
    this.seed = seed;
    this.loop = new VirtualEventLoop(start);
    this.agent = new SimulatedAgent();
    this.controlPlane = new ControlPlane(loop, agent, seed, timings);
    controlPlane.onTaskForgotten(forgottenFargateTasks::forgotten);
    this.clock = new VirtualTime(loop);
    this.groups = new RuntimeGroups(controlPlane, loop, OnLoop.DIRECT, new ScriptedFaults());
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

  /** {@return the seed this runtime was created with} */
  public long seed() {
    return seed;
  }

  /** {@return the simulated agent, to script how containers behave} */
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
   * Scripts one container of a task definition family, or of one revision of it ({@code family:revision}).
   *
   * @param taskDefinition the task definition family, or {@code family:revision}
   * @param container the container's name in the task definition
   * @param behaviour how that container acts
   * @return this runtime
   */
  public InMemoryEcs behaviour(String taskDefinition, String container, ContainerBehaviour behaviour) {
    agent.behaviour(taskDefinition, container, behaviour);
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
  public EcsApi ecs() {
    return groups.ecs();
  }

  @Override
  public ElbApi elb() {
    return groups.elb();
  }

  @Override
  public AutoScalingApi autoScaling() {
    return groups.autoScaling();
  }

  @Override
  public ServiceConnectApi serviceConnect() {
    return groups.serviceConnect();
  }

  @Override
  public CloudWatchApi cloudWatch() {
    return groups.cloudWatch();
  }

  @Override
  public LogsApi logs() {
    return groups.logs();
  }

  @Override
  public RuntimeClock clock() {
    return clock;
  }

  @Override
  public Faults faults() {
    return groups.faults();
  }

  @Override
  public RuntimeEvents events() {
    return RuntimeEvents.of(controlPlane.events(), controlPlane.eventBridgeEvents());
  }

  @Override
  public Await await(Condition condition) {
    return new ConditionAwait(this, condition, clock);
  }

  /**
   * ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions and StopServiceDeployment, and what
   * a test stands in for during BLUE_GREEN, LINEAR and CANARY deployments: lifecycle hook functions
   * ({@code serviceDeployments().lifecycleHooks().register(functionArn, handler)}) and alarm states
   * ({@code serviceDeployments().alarms().set(alarmName, AlarmState.ALARM)}).
   *
   * @return the service deployment operations
   */
  @Override
  public ServiceDeploymentOperations serviceDeployments() {
    return controlPlane.serviceDeployments();
  }

  /**
   * ECS Managed Daemons' daemon task definitions: RegisterDaemonTaskDefinition, DescribeDaemonTaskDefinition,
   * ListDaemonTaskDefinitions and DeleteDaemonTaskDefinition (daemons themselves are not simulated yet).
   *
   * @return the daemon operations
   */
  public DaemonOperations daemons() {
    return controlPlane.daemons();
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

  /**
   * {@return the billing totals of the Fargate tasks this runtime has forgotten (an hour after they stopped), which
   * {@link dev.ecsdsl.inmemory.cost.CostReport} bills beside the tasks still described}
   */
  public ForgottenFargateTasks forgottenFargateTasks() {
    return forgottenFargateTasks;
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

  @Override
  public void close() {
    controlPlane.close();
  }

  /** What the simulated agent does to a container when a test breaks it; the runtime sees it at once. */
  private final class ScriptedFaults implements ContainerFaults {
    @Override
    public void kill(String cluster, Task task, String container) {
      crash(cluster, task, container, 137);
    }

    @Override
    public void crash(String cluster, Task task, String container, int exitCode) {
      agent.crash(task.taskArn(), container, exitCode);
      clock.advance(Duration.ZERO);
    }

    @Override
    public void failHealthChecks(String cluster, Task task, String container) {
      agent.failHealthChecks(task.taskArn(), container);
    }
  }

  // ---- moved to the groups both runtimes have; deprecated ----

  /**
   * Application Auto Scaling's scaling activities of a service.
   *
   * @param cluster the cluster's name
   * @param service the service's name
   * @return the activities, oldest first
   * @deprecated use {@code autoScaling().describeScalingActivities(r -> r.cluster(cluster).service(service))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public List<dev.ecsdsl.runtime.ScalingActivity> describeScalingActivities(String cluster, String service) {
    return autoScaling().describeScalingActivities(r -> r.cluster(cluster).service(service)).scalingActivities();
  }

  /**
   * CloudWatch's datapoints of a service metric.
   *
   * @param cluster the cluster's name
   * @param service the service's name
   * @param metric the predefined metric
   * @return the datapoints, oldest first
   * @deprecated use {@code cloudWatch().getMetricStatistics(r -> r.cluster(..).service(..).metric(..))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public List<dev.ecsdsl.runtime.MetricDatapoint> metricData(String cluster, String service,
      dev.ecsdsl.model.PredefinedMetricType metric) {
    return cloudWatch().getMetricStatistics(r -> r.cluster(cluster).service(service).metric(metric)).datapoints();
  }

  /**
   * The CapacityProviderReservation datapoints of a capacity provider.
   *
   * @param cluster the cluster's name
   * @param capacityProvider the capacity provider's name
   * @return the datapoints, oldest first
   * @deprecated use {@code cloudWatch().getMetricStatistics(r -> r.cluster(cluster).capacityProvider(..))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public List<dev.ecsdsl.runtime.MetricDatapoint> capacityProviderReservation(String cluster,
      String capacityProvider) {
    return cloudWatch().getMetricStatistics(r -> r.cluster(cluster).capacityProvider(capacityProvider))
        .datapoints();
  }

  /**
   * Whether the service is steady now, from the scheduler's indexes (what a DescribeServices would say, without
   * building it; {@code Conditions.serviceSteady} and {@code awaitSteadyState} wait on this after every event).
   *
   * @param cluster the cluster's name
   * @param service the service's name
   * @return true when the service is steady
   */
  @Override
  public boolean isSteady(String cluster, String service) {
    return controlPlane.services().isSteady(cluster, service);
  }

  /**
   * Which acceptor of the services-stable waiter a DescribeServices of the service would match now, from the
   * scheduler's indexes ({@code waiter().waitUntilServicesStable} asks this after every event).
   *
   * @param cluster the cluster's name or ARN
   * @param service the service's name or ARN
   * @return the acceptor's state
   */
  @Override
  public WaiterState servicesStable(String cluster, String service) {
    return controlPlane.services().servicesStable(cluster, service);
  }

  /**
   * The instance's agent disconnects.
   *
   * @param cluster the cluster's name
   * @param containerInstance the container instance's ARN or id
   * @return the container instance
   * @deprecated use {@code faults().disconnectAgent(r -> r.cluster(cluster).containerInstance(containerInstance))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public dev.ecsdsl.runtime.ContainerInstance disconnectAgent(String cluster, String containerInstance) {
    return faults().disconnectAgent(r -> r.cluster(cluster).containerInstance(containerInstance));
  }

  /**
   * The agent reconnects.
   *
   * @param cluster the cluster's name
   * @param containerInstance the container instance's ARN or id
   * @return the container instance
   * @deprecated use {@code faults().reconnectAgent(r -> r.cluster(cluster).containerInstance(containerInstance))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public dev.ecsdsl.runtime.ContainerInstance reconnectAgent(String cluster, String containerInstance) {
    return faults().reconnectAgent(r -> r.cluster(cluster).containerInstance(containerInstance));
  }

  /**
   * The EC2 instance is terminated.
   *
   * @param cluster the cluster's name
   * @param containerInstance the container instance's ARN or id
   * @return the container instance
   * @deprecated use {@code faults().terminateInstance(r -> r.cluster(cluster).containerInstance(..))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public dev.ecsdsl.runtime.ContainerInstance terminateInstance(String cluster, String containerInstance) {
    return faults().terminateInstance(r -> r.cluster(cluster).containerInstance(containerInstance));
  }

  /**
   * A steady load of requests at a listener.
   *
   * @param loadBalancer the load balancer's name
   * @param listenerPort the listener's port
   * @param host the Host header
   * @param path the path
   * @param perSecond requests each second
   * @return the running load
   * @deprecated use {@code elb().driveRequests(r -> r.loadBalancer(..).listenerPort(..).perSecond(..))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public RequestLoad driveRequests(String loadBalancer, int listenerPort, String host, String path, int perSecond) {
    return new RequestLoad(elb().driveRequests(r -> r.loadBalancer(loadBalancer).listenerPort(listenerPort)
        .host(host).path(path).perSecond(perSecond)));
  }

  /**
   * An instance of an instance group joins.
   *
   * @param cluster the cluster's name
   * @param instanceGroup the instance group's name
   * @return the new container instance
   * @deprecated use {@code faults().launchInstance(r -> r.cluster(cluster).instanceGroup(instanceGroup))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public dev.ecsdsl.runtime.ContainerInstance launchInstance(String cluster, String instanceGroup) {
    return faults().launchInstance(r -> r.cluster(cluster).instanceGroup(instanceGroup));
  }

  /**
   * A running container dies with an exit code.
   *
   * @param cluster the cluster's name
   * @param task the task's ARN or id
   * @param container the container's name
   * @param exitCode the exit code
   * @return this runtime
   * @deprecated use {@code faults().crashContainer(r -> r.cluster(..).task(..).container(..).exitCode(..))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public InMemoryEcs crashContainer(String cluster, String task, String container, int exitCode) {
    faults().crashContainer(r -> r.cluster(cluster).task(task).container(container).exitCode(exitCode));
    return this;
  }

  /**
   * The container's health checks fail from now on.
   *
   * @param cluster the cluster's name
   * @param task the task's ARN or id
   * @param container the container's name
   * @return this runtime
   * @deprecated use {@code faults().failHealthChecks(r -> r.cluster(cluster).task(task).container(container))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public InMemoryEcs failHealthChecks(String cluster, String task, String container) {
    faults().failHealthChecks(r -> r.cluster(cluster).task(task).container(container));
    return this;
  }

  /**
   * Fargate Spot interrupts the task.
   *
   * @param cluster the cluster's name
   * @param task the task's ARN or id
   * @return the task
   * @deprecated use {@code faults().interruptSpotTask(r -> r.cluster(cluster).task(task))}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public Task interruptSpotTask(String cluster, String task) {
    return faults().interruptSpotTask(r -> r.cluster(cluster).task(task));
  }

  /**
   * The Availability Zone goes dark.
   *
   * @param zone the zone
   * @return the ARNs of the terminated container instances
   * @deprecated use {@code faults().loseAvailabilityZone(zone)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public List<String> loseAvailabilityZone(String zone) {
    return faults().loseAvailabilityZone(zone);
  }

  /**
   * The lost zone's subnets take ENIs again.
   *
   * @param zone the zone
   * @return this runtime
   * @deprecated use {@code faults().restoreAvailabilityZone(zone)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public InMemoryEcs restoreAvailabilityZone(String zone) {
    faults().restoreAvailabilityZone(zone);
    return this;
  }

  /**
   * The subnet runs out of addresses.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were taken
   * @deprecated use {@code faults().exhaustSubnet(subnetId)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public int exhaustSubnet(String subnetId) {
    return faults().exhaustSubnet(subnetId);
  }

  /**
   * The subnet gets its addresses back.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were freed
   * @deprecated use {@code faults().releaseSubnet(subnetId)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public int releaseSubnet(String subnetId) {
    return faults().releaseSubnet(subnetId);
  }
}
