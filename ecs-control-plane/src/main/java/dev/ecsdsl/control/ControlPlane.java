package dev.ecsdsl.control;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.control.autoscaling.AutoScaler;
import dev.ecsdsl.control.cloudwatch.MetricAlarms;
import dev.ecsdsl.control.capacity.CapacityProviderScaling;
import dev.ecsdsl.control.capacity.ManagedInstancesScaling;
import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.clusters.InstanceFleet;
import dev.ecsdsl.control.clusters.InstanceRegistrar;
import dev.ecsdsl.control.daemons.DaemonTaskDefinitions;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.faults.Outages;
import dev.ecsdsl.control.iam.InstanceProfiles;
import dev.ecsdsl.control.iam.PermissionCheckingAgent;
import dev.ecsdsl.control.ids.AccountArns;
import dev.ecsdsl.control.ids.Ids;
import dev.ecsdsl.control.launch.RunTasks;
import dev.ecsdsl.control.launch.TaskLauncher;
import dev.ecsdsl.control.loadbalancing.LoadBalancing;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.placement.TaskPlacement;
import dev.ecsdsl.control.scheduled.ScheduledRules;
import dev.ecsdsl.control.serviceconnect.EndpointRegistry;
import dev.ecsdsl.control.serviceconnect.ServiceConnectRouter;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.control.tags.ResourceTags;
import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRegistry;
import dev.ecsdsl.control.tasks.TaskLifecycle;
import dev.ecsdsl.control.tasks.TaskSnapshots;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.runtime.RuntimeEvent;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.validation.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The ECS control plane that both runtimes share. It runs on an {@link EventLoop} and drives an {@link Agent};
 * the two runtimes differ only in those two. Not thread-safe: call it on the loop's thread.
 *
 * <p>It wires the concerns together — clusters and their instances, task definitions, tasks and their lifecycle,
 * placement, the service scheduler, load balancing, auto scaling, capacity providers, scheduled tasks, the IAM
 * checks of task start — and routes ECS's operations to them, grouped by what they act on: {@link #tasks()},
 * {@link #services()}, {@link #clusters()}, {@link #containerInstances()}, {@link #taskDefinitions()},
 * {@link #tags()}, {@link #loadBalancers()}, {@link #serviceConnect()}, and {@link #faults()} for what a test
 * breaks. Nothing calls back
 * into it: each concern tells the others what they need to hear through the listeners wired here.
 */
public final class ControlPlane implements AutoCloseable {
  private final EventLoop loop;
  private final Agent agent;
  private final EventLog log;
  private final Ids ids;
  private final TaskDefinitionRegistry registry = new TaskDefinitionRegistry();
  private final DeployedEnvironment environment = new DeployedEnvironment(registry);
  private final Clusters clusterRecords = new Clusters();
  private final TaskPlacement placement;
  private final LoadBalancing loadBalancing;
  private final TaskLauncher launcher;
  private final ServiceScheduler scheduler;
  private final TaskLifecycle lifecycle;
  private final InstanceFleet fleet;
  private final CapacityProviderScaling capacityScaling;
  private final ManagedInstancesScaling managedInstances;
  private final Outages outages;
  private final ScheduledRules scheduledRules;
  private final TaskOperations taskOperations;
  private final ServiceOperations serviceOperations;
  private final ServiceDeploymentOperations serviceDeploymentOperations;
  private final ClusterOperations clusterOperations;
  private final ContainerInstanceOperations instanceOperations;
  private final TaskDefinitionOperations taskDefinitionOperations;
  private final DaemonTaskDefinitions daemonTaskDefinitions = new DaemonTaskDefinitions();
  private final DaemonOperations daemonOperations;
  private final TagOperations tagOperations;
  private final LoadBalancerOperations loadBalancerOperations;
  private final ServiceConnectOperations serviceConnectOperations;
  private final Faults faults;
  private final MetricAlarms metricAlarms;
  private boolean closed;

  /**
   * A control plane on {@code loop} driving {@code agent}; {@code seed} decides every id and every random
   * choice. The agent is called through the IAM checks of task start ({@link PermissionCheckingAgent}): what
   * the ECS agent does with the task execution role and the instance role before any container starts.
   *
   * @param loop the event loop every timer and step runs on
   * @param agent the agent that starts and stops containers
   * @param seed the seed every id and random choice derives from
   * @param timings how long the control plane's steps take
   */
  public ControlPlane(EventLoop loop, Agent agent, long seed, Timings timings) {
    this.loop = Objects.requireNonNull(loop);
    Objects.requireNonNull(timings);
    SplittableRandom root = new SplittableRandom(seed);
    this.ids = new Ids(root.split());
    this.placement = new TaskPlacement(ids, root.split());
    this.log = new EventLog(loop);
    Function<TaskLaunch, Optional<IamRole>> instanceRole = launch -> launch.containerInstanceArn()
        .flatMap(arn -> clusterRecords.find(launch.clusterName()).flatMap(c -> c.instance(arn)))
        .flatMap(i -> InstanceProfiles.role(environment.get(), launch.clusterName(), i.instanceGroup()));
    this.agent = new PermissionCheckingAgent(Objects.requireNonNull(agent), environment::get, instanceRole);
    this.lifecycle = new TaskLifecycle(loop, this.agent, log, timings);
    this.launcher = new TaskLauncher(lifecycle, placement, ids, log, environment::get);
    this.loadBalancing = new LoadBalancing(loop, log, this.agent, new SplittableRandom(seed ^ 0x5DEECE66DL));
    this.scheduler = new ServiceScheduler(loop, log, lifecycle, launcher, loadBalancing, root.split(),
        new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL), this.agent);
    this.fleet = new InstanceFleet(loop, log, cluster -> {
      launcher.placeWaiting(cluster);
      scheduler.roomAdded(cluster);
    }, lifecycle::hostLost);
    AutoScaler autoScaler = new AutoScaler(loop, log, scheduler, loadBalancing, this.agent);
    this.metricAlarms = new MetricAlarms(loop, scheduler, loadBalancing, this.agent);
    this.capacityScaling = new CapacityProviderScaling(loop, log, clusterRecords, fleet, lifecycle.store(), launcher,
        scheduler);
    this.managedInstances = new ManagedInstancesScaling(loop, log, clusterRecords, fleet, lifecycle.store(), launcher,
        scheduler::isDaemonTask, scheduler::reconcileNow, environment::get);
    this.outages = new Outages(clusterRecords, fleet, lifecycle, placement.addresses(), log);
    ResourceTags resourceTags = new ResourceTags();
    RunTasks runTasks = new RunTasks(clusterRecords, registry, launcher, resourceTags, environment::get);
    this.scheduledRules = new ScheduledRules(loop, log, runTasks::runTask);

    lifecycle.onChange(scheduler::requestReconcile);
    lifecycle.onDeactivation(loadBalancing::deregister);
    lifecycle.onStopped(loadBalancing::stopped);
    lifecycle.onStopped(scheduler::taskStopped);
    lifecycle.onStopped(launcher::released);
    EndpointRegistry endpoints = new EndpointRegistry(clusterRecords, scheduler, lifecycle.store(), environment::get);
    ServiceConnectRouter serviceConnectRouter = new ServiceConnectRouter(endpoints, this.agent, loop);
    lifecycle.onStopped(serviceConnectRouter::taskStopped);
    loadBalancing.onChange(scheduler::requestReconcile);
    this.agent.attach(loop, lifecycle.agentListener());

    this.taskOperations = new TaskOperations(clusterRecords, lifecycle, runTasks, scheduler, this.agent, environment,
        instanceRole);
    this.serviceOperations = new ServiceOperations(environment, clusterRecords, registry, scheduler, autoScaler,
        resourceTags);
    this.serviceDeploymentOperations = new ServiceDeploymentOperations(environment, clusterRecords, scheduler, loop);
    this.clusterOperations = new ClusterOperations(environment, clusterRecords, lifecycle.store(), scheduler,
        capacityScaling, resourceTags);
    this.instanceOperations = new ContainerInstanceOperations(environment, clusterRecords, lifecycle.store(), launcher,
        scheduler, log, fleet, resourceTags);
    this.taskDefinitionOperations = new TaskDefinitionOperations(environment, registry, resourceTags, loop);
    this.daemonOperations = new DaemonOperations(environment, daemonTaskDefinitions, resourceTags, loop);
    this.tagOperations = new TagOperations(environment, clusterRecords, lifecycle.store(), registry,
        daemonTaskDefinitions, serviceOperations, resourceTags);
    this.loadBalancerOperations = new LoadBalancerOperations(environment, loadBalancing);
    this.serviceConnectOperations = new ServiceConnectOperations(environment, clusterRecords, lifecycle.store(),
        scheduler, endpoints, serviceConnectRouter);
    this.faults = new Faults(environment, instanceOperations, clusterRecords, fleet, outages, lifecycle, launcher,
        scheduler, log);
  }

  /**
   * Deploys a description: its task definitions, clusters and their instance groups' container instances,
   * subnets, target groups, services and scheduled rules.
   *
   * @param description the environment to deploy
   * @throws IllegalStateException when one is deployed already
   */
  public void deploy(Environment description) {
    if (environment.isDeployed()) {
      throw new IllegalStateException("an environment is already deployed: " + environment.get().name());
    }
    Validator.validate(description).throwIfInvalid("environment " + description.name());
    environment.deploy(description);
    AccountArns arns = AccountArns.of(description);
    registry.deploy(arns, description.taskDefinitions(), loop.now());
    daemonTaskDefinitions.deploy(arns, description.daemonTaskDefinitions(), loop.now());
    loadBalancing.deploy(description);
    placement.deploy(description.vpc());
    outages.deploy(description);
    launcher.deploy(arns);
    fleet.deploy(new InstanceRegistrar(description, ids), outages::isLost);
    for (Cluster cluster : description.clusters()) {
      fleet.registerInitial(clusterRecords.add(cluster, cluster.arn(description.region(), description.accountId())));
    }
    capacityScaling.start(clusterRecords.all());
    metricAlarms.deploy(description);
    managedInstances.start();
    for (Service service : description.services()) {
      serviceOperations.deploy(service);
    }
    scheduledRules.start(description.scheduledTasks());
  }

  /**
   * The deployed description, as the API has changed it since (task definitions registered, clusters and
   * services created).
   *
   * @return the environment
   * @throws IllegalStateException before anything is deployed
   */
  public Environment environment() {
    return environment.get();
  }

  /** {@return RunTask, StartTask, StopTask, DescribeTasks, ListTasks, a task's logs and credentials} */
  public TaskOperations tasks() {
    return taskOperations;
  }

  /** {@return CreateService, UpdateService, DeleteService, DescribeServices, ListServices, a service's scaling} */
  public ServiceOperations services() {
    return serviceOperations;
  }

  /**
   * {@return ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions, StopServiceDeployment}
   */
  public ServiceDeploymentOperations serviceDeployments() {
    return serviceDeploymentOperations;
  }

  /** {@return CreateCluster, DeleteCluster, DescribeClusters, capacity providers and instance attributes} */
  public ClusterOperations clusters() {
    return clusterOperations;
  }

  /** {@return DescribeContainerInstances, ListContainerInstances, UpdateContainerInstancesState, Deregister…} */
  public ContainerInstanceOperations containerInstances() {
    return instanceOperations;
  }

  /** {@return RegisterTaskDefinition, DescribeTaskDefinition, DeregisterTaskDefinition, ListTaskDefinitions} */
  public TaskDefinitionOperations taskDefinitions() {
    return taskDefinitionOperations;
  }

  /**
   * {@return RegisterDaemonTaskDefinition, DescribeDaemonTaskDefinition, ListDaemonTaskDefinitions,
   * DeleteDaemonTaskDefinition}
   */
  public DaemonOperations daemons() {
    return daemonOperations;
  }

  /** {@return TagResource, UntagResource, ListTagsForResource} */
  public TagOperations tags() {
    return tagOperations;
  }

  /** {@return DescribeTargetHealth and requests to the load balancers' listeners} */
  public LoadBalancerOperations loadBalancers() {
    return loadBalancerOperations;
  }

  /** {@return CloudWatch's metric alarms of the description, evaluated on the simulated metrics} */
  public MetricAlarms metricAlarms() {
    return metricAlarms;
  }

  /**
   * Tells {@code listener} of each stopped task as the control plane forgets it (an hour after it stopped), as
   * DescribeTasks showed it last.
   *
   * @param listener told of each task forgotten
   */
  public void onTaskForgotten(Consumer<Task> listener) {
    lifecycle.store().onForgotten(t -> listener.accept(TaskSnapshots.task(t)));
  }

  /** {@return requests through the Service Connect proxies, ListServicesByNamespace, Service Connect metrics} */
  public ServiceConnectOperations serviceConnect() {
    return serviceConnectOperations;
  }

  /** {@return what a test breaks: agents, instances, zones, subnets} */
  public Faults faults() {
    return faults;
  }

  /** {@return the events kept so far (the latest {@value EventLog#MAX_EVENTS}), oldest first} */
  public List<RuntimeEvent> events() {
    return log.all();
  }

  /** {@return the EventBridge events sent so far ("ECS Deployment State Change"), oldest first} */
  public List<dev.ecsdsl.runtime.EventBridgeEvent> eventBridgeEvents() {
    return log.eventBridge();
  }

  /** {@return how many events were recorded so far, forgotten ones included (cheap; "did anything happen")} */
  public long eventCount() {
    return log.size();
  }

  /** Closes the agent, which removes everything it started. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      agent.close();
    }
  }
}
