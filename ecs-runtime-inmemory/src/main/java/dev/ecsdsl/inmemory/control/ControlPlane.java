package dev.ecsdsl.inmemory.control;

import dev.ecsdsl.inmemory.agent.Agent;
import dev.ecsdsl.inmemory.agent.TaskLaunch;
import dev.ecsdsl.inmemory.clock.EventLoop;
import dev.ecsdsl.inmemory.control.LaunchSpec.Target;
import dev.ecsdsl.inmemory.iam.TaskSecrets;
import dev.ecsdsl.inmemory.placement.PlacementDecision;
import dev.ecsdsl.inmemory.placement.PlacementFailure;
import dev.ecsdsl.inmemory.placement.TaskDemand;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.ManagedScaling;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.TransportProtocol;
import dev.ecsdsl.runtime.Attribute;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.RegisteredTaskDefinition;
import dev.ecsdsl.runtime.MetricDatapoint;
import dev.ecsdsl.runtime.ScalingActivity;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.NetworkBinding;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResult;
import dev.ecsdsl.runtime.RuntimeEvent;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.StartTaskRequest;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.validation.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The ECS control plane that both runtimes share: clusters and their container instances, RunTask with
 * placement, the task lifecycle, and the event log. It runs on an {@link EventLoop} and drives an
 * {@link Agent}; the two runtimes differ only in those two. Not thread-safe: call it on the loop's thread.
 */
public final class ControlPlane implements AutoCloseable {
  private final EventLoop loop;
  private final Agent agent;
  private final Timings timings;
  private final Ids ids;
  private final SplittableRandom placementRandom;
  private final EventLog log;
  private final TaskLifecycle lifecycle;
  private final ServiceScheduler scheduler;
  private LoadBalancing loadBalancing;
  private Outages outages;
  private InstanceRegistrar registrar;
  private AutoScaler autoScaler;
  private CapacityProviderScaling capacityScaling;
  private final SubnetAddresses addresses = new SubnetAddresses();
  private final TaskDefinitionStatuses statuses = new TaskDefinitionStatuses();
  private final ResourceTags tags = new ResourceTags();
  private final Map<String, ClusterState> clusters = new LinkedHashMap<>();
  private Environment environment;
  private boolean closed;

  /**
   * A control plane on {@code loop} driving {@code agent}; {@code seed} decides every id and every random
   * choice.
   *
   * @param loop the event loop every timer and step runs on
   * @param agent the agent that starts and stops containers
   * @param seed the seed every id and random choice derives from
   * @param timings how long the control plane's steps take
   */
  public ControlPlane(EventLoop loop, Agent agent, long seed, Timings timings) {
    this.loop = Objects.requireNonNull(loop);
    this.agent = Objects.requireNonNull(agent);
    this.timings = Objects.requireNonNull(timings);
    SplittableRandom root = new SplittableRandom(seed);
    this.ids = new Ids(root.split());
    this.placementRandom = root.split();
    this.log = new EventLog(loop);
    this.lifecycle = new TaskLifecycle(loop, agent, log, timings, this::released, this::changed,
        this::deactivate);
    this.scheduler = new ServiceScheduler(this, loop, log, lifecycle, root.split());
    agent.attach(loop, lifecycle);
  }

  // ---- deploy ----

  /**
   * Deploys a description: clusters, their instance groups' container instances, subnets' addresses.
   *
   * @param description the environment to deploy
   */
  public void deploy(Environment description) {
    if (environment != null) {
      throw new IllegalStateException("an environment is already deployed: " + environment.name());
    }
    Validator.validate(description).throwIfInvalid("environment " + description.name());
    environment = description;
    loadBalancing = new LoadBalancing(loop, log, description, this::changed, agent);
    scheduler.attach(loadBalancing);
    description.vpc().subnets().forEach(addresses::add);
    outages = new Outages(description, addresses, log, lifecycle);
    registrar = new InstanceRegistrar(description, ids);
    for (Cluster cluster : description.clusters()) {
      ClusterState state = new ClusterState(cluster, cluster.arn(description.region(), description.accountId()));
      clusters.put(cluster.clusterName(), state);
      for (InstanceGroup group : cluster.instanceGroups()) {
        Optional<CapacityProvider> provider = InstanceRegistrar.providerOf(cluster.capacityProviders(), group);
        for (int i = 0; i < group.desiredCapacity(); i++) {
          register(state, registrar.register(cluster.clusterName(), group, i, provider, loop.now()));
        }
      }
    }
    autoScaler = new AutoScaler(loop, log, scheduler, loadBalancing, agent);
    capacityScaling = new CapacityProviderScaling(loop, log, this, scheduler);
    capacityScaling.start(clusters.values());
    for (Service service : description.services()) {
      ClusterState cluster = cluster(service.clusterOrDefault());
      TaskDefinition definition = description.taskDefinition(service.taskDefinition()).orElseThrow();
      ServiceRecord record = scheduler.create(cluster, service, "arn:aws:ecs:" + description.region() + ":"
          + description.accountId() + ":service/" + cluster.name() + "/" + service.serviceName(), definition);
      if (service.autoScaling().isPresent()) {
        autoScaler.register(record);
      }
    }
    new ScheduledRules(loop, log, this::runTask).start(description.scheduledTasks());
  }

  /** What a deployment of a service launches: its task definition, group, network and placement rules. */
  LaunchSpec serviceSpec(Service service, TaskDefinition registered, String deploymentId) {
    List<PlacementConstraint> constraints = new ArrayList<>(service.placementConstraints());
    constraints.addAll(registered.placementConstraints());
    return new LaunchSpec(registered, taskDefinitionArn(registered), "service:" + service.serviceName(),
        Optional.of(deploymentId), constraints, ServiceScheduler.strategies(service),
        service.networkConfiguration());
  }

  /**
   * Starts DEACTIVATING a task: deregisters its load balancer targets, and returns how long the step
   * lasts — ECS's own step or, for a task behind a load balancer, as long as its targets drain (the target
   * group's deregistration delay).
   */
  private Duration deactivate(TaskRecord task) {
    Duration draining = loadBalancing == null ? Duration.ZERO : loadBalancing.deregister(task);
    return draining.compareTo(timings.deactivation()) > 0 ? draining : timings.deactivation();
  }

  private void changed() {
    if (scheduler != null) {
      scheduler.requestReconcile();
    }
  }

  private void register(ClusterState cluster, InstanceRecord instance) {
    cluster.instances.put(instance.arn(), instance);
    cluster.placement.register(instance.spec);
    log.record(EventType.INSTANCE_REGISTERED, cluster.name(), subject(instance),
        instance.spec.attributes().get("ecs.instance-type") + " in " + instance.zone() + " (group "
            + instance.instanceGroup + ")");
    placeWaiting(cluster);
  }

  /**
   * The deployed description.
   *
   * @return the environment, as deployed and changed since
   */
  public Environment environment() {
    if (environment == null) {
      throw new IllegalStateException("nothing deployed yet: call deploy(environment) first");
    }
    return environment;
  }

  // ---- RunTask ----

  /**
   * RunTask.
   *
   * @param request the RunTask request
   * @return the tasks started and the failures, as RunTask returns them
   */
  public RunTaskResult runTask(RunTaskRequest request) {
    ClusterState cluster = cluster(request.cluster());
    RunTaskValidation.checkRequest(request);
    ResourceTags.check(request.tags());
    List<Target> targets = targets(cluster, request.launchType(), request.capacityProviderStrategy(),
        request.count());
    LaunchSpec spec = standaloneSpec(cluster, request, targets);
    RunTaskResult.Builder result = RunTaskResult.builder();
    Set<Failure> failures = new LinkedHashSet<>();
    for (Target target : targets) {
      collect(launch(cluster, spec, target), request.tags(), result, failures);
    }
    return result.failures(failures).build();
  }

  /**
   * What a standalone task (RunTask, StartTask) launches, after RunTask's checks of the task definition
   * (ACTIVE, overrides applied) against where its tasks go.
   */
  LaunchSpec standaloneSpec(ClusterState cluster, RunTaskRequest request, List<Target> targets) {
    RegisteredTaskDefinition registered = statuses.requireActiveRevision(environment(), request.taskDefinition());
    String taskDefinitionArn = registered.taskDefinitionArn();
    TaskDefinition definition = EffectiveTaskDefinition.apply(registered.taskDefinition(), request.overrides());
    for (Target target : new LinkedHashSet<>(targets)) {
      RunTaskValidation.checkCompatible(definition, target.fargate() ? Compatibility.FARGATE : Compatibility.EC2);
      RunTaskValidation.checkNetwork(environment, definition, target.fargate(), request.networkConfiguration());
      if (!target.fargate() && !waitsForCapacity(cluster, target) && cluster.instances.values().stream()
          .noneMatch(i -> i.status != ContainerInstanceStatus.INACTIVE)) {
        throw EcsException.invalidParameter("No Container Instances were found in your cluster.");
      }
    }
    definition.placementConstraints().forEach(RunTaskValidation::checkConstraint);

    List<PlacementConstraint> constraints = new ArrayList<>(request.placementConstraints());
    constraints.addAll(definition.placementConstraints());
    return new LaunchSpec(definition, taskDefinitionArn,
        request.group().orElse("family:" + definition.family()), request.startedBy(), constraints,
        request.placementStrategy(), request.networkConfiguration());
  }

  /** Adds what launching one task gave to a RunTask or StartTask result; a started task gets the call's tags. */
  void collect(Launched launched, List<Tag> taskTags, RunTaskResult.Builder result, Set<Failure> failures) {
    if (launched.task() != null) {
      tags.tag(launched.task().arn(), taskTags);
      result.addTask(Snapshots.task(launched.task()));
    } else {
      failures.addAll(launched.failures());
      result.addExplanation(launched.explanation());
    }
  }

  /**
   * StartTask: one task on each given container instance.
   *
   * @param request the StartTask request
   * @return the tasks started and the failures
   */
  public RunTaskResult startTask(StartTaskRequest request) {
    return StartTask.start(this, cluster(request.cluster()), request);
  }

  /** What placing one task gave: the task, or ECS's failures and an explanation. */
  record Launched(TaskRecord task, List<Failure> failures, String explanation) {}

  /** Places one task and starts its life; a task that finds no place is logged and reported. */
  Launched launch(ClusterState cluster, LaunchSpec spec, Target target) {
    return launch(cluster, spec, target, Optional.empty());
  }

  /** Places one task on a given instance (the daemon scheduler's way), or reports why it does not fit. */
  Launched launchOn(ClusterState cluster, LaunchSpec spec, InstanceRecord instance) {
    return launch(cluster, spec, new Target(LaunchType.EC2, instance.capacityProvider, Optional.empty()),
        Optional.of(instance));
  }

  private Launched launch(ClusterState cluster, LaunchSpec spec, Target target, Optional<InstanceRecord> on) {
    Attempt attempt = target.fargate() ? placeOnFargate(cluster, spec) : placeOnInstance(cluster, spec, target, on);
    if (!attempt.placed() && on.isEmpty() && waitsForCapacity(cluster, target)) {
      return new Launched(createWaiting(cluster, spec, target, attempt.explanation), List.of(), "");
    }
    if (!attempt.placed()) {
      log.record(EventType.TASK_PLACEMENT_FAILED, cluster.name(), spec.group(), attempt.explanation);
      return new Launched(null, attempt.failures, attempt.explanation);
    }
    return new Launched(create(cluster, attempt, spec, target), List.of(), "");
  }

  /** Where each task of a call goes: a launch type, or a capacity provider from the strategy. */
  List<Target> targets(ClusterState cluster, Optional<LaunchType> launchType,
      List<CapacityProviderStrategyItem> requested, int count) {
    List<CapacityProviderStrategyItem> strategy = requested;
    if (launchType.isEmpty() && strategy.isEmpty()) {
      strategy = cluster.cluster.defaultCapacityProviderStrategy();
    }
    List<Target> targets = new ArrayList<>();
    if (launchType.isPresent() || strategy.isEmpty()) {
      LaunchType type = launchType.orElse(LaunchType.EC2);
      if (type == LaunchType.EXTERNAL) {
        throw EcsException.invalidParameter("The EXTERNAL launch type (ECS Anywhere) is not simulated.");
      }
      if (type == LaunchType.MANAGED_INSTANCES) {
        throw EcsException.invalidParameter(
            "The MANAGED_INSTANCES launch type (Amazon ECS Managed Instances) is not simulated yet.");
      }
      for (int i = 0; i < count; i++) {
        targets.add(new Target(type, Optional.empty(), Optional.empty()));
      }
      return targets;
    }
    for (String name : CapacityProviderSplit.assign(strategy, count)) {
      CapacityProvider provider = cluster.cluster.capacityProvider(name).orElseThrow(() ->
          EcsException.invalidParameter("The specified capacity provider " + name
              + " is not in the cluster's capacity providers."));
      if (provider.type() == CapacityProviderType.MANAGED_INSTANCES) {
        throw EcsException.invalidParameter("The capacity provider " + name
            + " is an Amazon ECS Managed Instances provider, which is not simulated yet.");
      }
      if (provider.type() == CapacityProviderType.AUTO_SCALING_GROUP) {
        targets.add(new Target(LaunchType.EC2, Optional.of(name), provider.autoScalingGroup()));
      } else {
        targets.add(new Target(LaunchType.FARGATE, Optional.of(name), Optional.empty()));
      }
    }
    return targets;
  }

  private Attempt placeOnInstance(ClusterState cluster, LaunchSpec spec, Target target,
      Optional<InstanceRecord> on) {
    TaskDefinition definition = spec.definition();
    boolean awsvpc = definition.networkModeOrDefault() == NetworkMode.AWSVPC;
    Set<String> zones = new LinkedHashSet<>();
    if (awsvpc) {
      for (String subnetId : subnets(spec)) {
        if (addresses.free(subnetId) > 0) {
          zones.add(environment.vpc().subnet(subnetId).get().availabilityZone());
        }
      }
      if (zones.isEmpty()) {
        return Attempt.failed(List.of(Failure.builder().reason("RESOURCE:ENI")
            .detail("no free IP address left in subnets " + String.join(", ", subnets(spec))).build()),
            "no free IP address left in subnets " + String.join(", ", subnets(spec)));
      }
    }
    List<PlacementConstraint> all = new ArrayList<>(spec.constraints());
    if (target.instanceGroup().isPresent()) {
      String group = target.instanceGroup().get();
      List<String> members = cluster.instances.values().stream().filter(i -> i.instanceGroup.equals(group))
          .filter(i -> i.status != ContainerInstanceStatus.INACTIVE).map(InstanceRecord::ec2InstanceId).toList();
      if (members.isEmpty()) {
        String why = "capacity provider " + target.capacityProvider().orElse(group) + " has no instance yet";
        return Attempt.failed(List.of(Failure.builder().reason("RESOURCE:CPU").detail(why).build()), why);
      }
      all.add(PlacementConstraint.memberOf("ec2InstanceId in [" + String.join(", ", members) + "]"));
    }
    TaskDemand demand = new TaskDemand(TaskRequirements.cpu(definition), TaskRequirements.memory(definition),
        TaskRequirements.staticHostPorts(definition),
        TaskRequirements.dynamicHostPorts(definition, TransportProtocol.TCP),
        TaskRequirements.dynamicHostPorts(definition, TransportProtocol.UDP),
        awsvpc, zones, spec.group(), all, spec.strategies());
    PlacementDecision decision = on.isPresent() ? cluster.placement.reserveOn(on.get().arn(), demand)
        : cluster.placement.place(demand, placementRandom);
    if (!decision.placed()) {
      List<Failure> failures = new ArrayList<>();
      for (PlacementFailure f : decision.failures()) {
        failures.add(Failure.builder().arn(Optional.ofNullable(f.containerInstanceArn())).reason(f.reason())
            .detail(Optional.ofNullable(f.detail())).build());
      }
      return Attempt.failed(failures, decision.explanation());
    }
    InstanceRecord instance = cluster.instances.get(decision.containerInstanceArn().get());
    Optional<TaskRecord.Eni> eni = Optional.empty();
    if (awsvpc) {
      String subnetId = subnets(spec).stream()
          .filter(s -> environment.vpc().subnet(s).get().availabilityZone().equals(instance.zone()))
          .filter(s -> addresses.free(s) > 0).findFirst().orElseThrow();
      eni = Optional.of(new TaskRecord.Eni(ids.networkInterfaceId(), subnetId, addresses.take(subnetId).get()));
    }
    return new Attempt(instance, decision, demand, instance.zone(), eni, List.of(), "");
  }

  /**
   * Fargate needs no instance: the task takes an ENI and an address in one of the given subnets, in the
   * zone where its group has the fewest tasks (Fargate spreads a group's tasks over the zones of its
   * subnets).
   */
  private Attempt placeOnFargate(ClusterState cluster, LaunchSpec spec) {
    TaskDefinition definition = spec.definition();
    String group = spec.group();
    List<Subnet> open = new ArrayList<>();
    for (String subnetId : subnets(spec)) {
      if (addresses.free(subnetId) > 0) {
        open.add(environment.vpc().subnet(subnetId).get());
      }
    }
    TaskDemand demand = new TaskDemand(TaskRequirements.cpu(definition), TaskRequirements.memory(definition),
        List.of(), 0, 0, true, Set.of(), group, List.of(), List.of());
    if (open.isEmpty()) {
      String detail = "no free IP address left in subnets " + String.join(", ", subnets(spec));
      return Attempt.failed(List.of(Failure.builder().reason("RESOURCE:ENI").detail(detail).build()), detail);
    }
    Map<String, Integer> perZone = new LinkedHashMap<>();
    for (TaskRecord task : cluster.running(group)) {
      perZone.merge(task.launch.availabilityZone(), 1, Integer::sum);
    }
    int fewest = open.stream().mapToInt(s -> perZone.getOrDefault(s.availabilityZone(), 0)).min().getAsInt();
    List<Subnet> best = open.stream().filter(s -> perZone.getOrDefault(s.availabilityZone(), 0) == fewest)
        .toList();
    Subnet subnet = best.get(placementRandom.nextInt(best.size()));
    TaskRecord.Eni eni = new TaskRecord.Eni(ids.networkInterfaceId(), subnet.subnetId(),
        addresses.take(subnet.subnetId()).get());
    return new Attempt(null, null, demand, subnet.availabilityZone(), Optional.of(eni), List.of(), "");
  }

  private TaskRecord create(ClusterState cluster, Attempt attempt, LaunchSpec spec, Target target) {
    TaskDefinition definition = spec.definition();
    TaskLaunch launch = launchOf(cluster, newTaskArn(cluster), attempt, spec, environmentOf(definition));
    Optional<InstanceRecord> instance = Optional.ofNullable(attempt.instance);
    TaskRecord task = new TaskRecord(cluster, launch, target.launchType(), target.capacityProvider(), instance,
        spec.group(), spec.startedBy(), attempt.demand, Optional.ofNullable(attempt.decision), attempt.eni, loop.now());
    cluster.add(task);
    task.securityGroups = spec.network().map(n -> n.awsvpcConfiguration().securityGroups()).orElse(List.of());
    logPlaced(cluster, task, target, attempt, "");
    lifecycle.begin(task);
    return task;
  }

  private String newTaskArn(ClusterState cluster) {
    return "arn:aws:ecs:" + environment.region() + ":" + environment.accountId() + ":task/" + cluster.name() + "/"
        + ids.ecsId();
  }

  private TaskLaunch launchOf(ClusterState cluster, String arn, Attempt attempt, LaunchSpec spec,
      Map<String, Map<String, String>> environmentOf) {
    TaskDefinition definition = spec.definition();
    Optional<InstanceRecord> instance = Optional.ofNullable(attempt.instance);
    Map<String, List<NetworkBinding>> bindings = attempt.decision == null ? Map.of()
        : TaskRequirements.bindings(definition, attempt.decision.dynamicTcpHostPorts(),
            attempt.decision.dynamicUdpHostPorts());
    return new TaskLaunch(arn, cluster.name(), instance.map(InstanceRecord::arn),
        instance.map(InstanceRecord::ec2InstanceId), attempt.zone, spec.taskDefinitionArn(), definition,
        attempt.eni.map(TaskRecord.Eni::privateIpv4Address), bindings, environmentOf);
  }

  private void logPlaced(ClusterState cluster, TaskRecord task, Target target, Attempt attempt, String note) {
    log.record(EventType.TASK_PLACED, cluster.name(), task.shortId(), task.launch.taskDefinition().family() + " → "
        + Optional.ofNullable(attempt.instance).map(i -> subject(i) + " (" + i.zone() + ")")
            .orElseGet(() -> target.capacityProvider().orElse("FARGATE") + " in " + attempt.eni.get().subnetId()
                + " (" + attempt.zone + ")") + note);
  }

  /**
   * Whether a task that finds no room waits for it: tasks of an Auto Scaling group capacity provider with
   * managed scaling stay in PROVISIONING until the group has grown (developer guide, "Amazon ECS managed
   * scaling behavior": "tasks [...] in the PROVISIONING state").
   */
  private static boolean waitsForCapacity(ClusterState cluster, Target target) {
    return target.capacityProvider().flatMap(cluster.cluster::capacityProvider)
        .filter(p -> p.type() == CapacityProviderType.AUTO_SCALING_GROUP)
        .flatMap(CapacityProvider::managedScaling).filter(ManagedScaling::enabled).isPresent();
  }

  /** A task that waits in PROVISIONING, on no instance yet, for its capacity provider to add room. */
  private TaskRecord createWaiting(ClusterState cluster, LaunchSpec spec, Target target, String why) {
    TaskDefinition definition = spec.definition();
    TaskLaunch launch = new TaskLaunch(newTaskArn(cluster), cluster.name(), Optional.empty(), Optional.empty(), "",
        spec.taskDefinitionArn(), definition, Optional.empty(), Map.of(), environmentOf(definition));
    TaskDemand demand = new TaskDemand(TaskRequirements.cpu(definition), TaskRequirements.memory(definition),
        List.of(), 0, 0, false, java.util.Set.of(), spec.group(), List.of(), List.of());
    TaskRecord task = new TaskRecord(cluster, launch, target.launchType(), target.capacityProvider(),
        Optional.empty(), spec.group(), spec.startedBy(), demand, Optional.empty(), Optional.empty(), loop.now());
    task.lastStatus = TaskStatus.PROVISIONING;
    task.waiting = new TaskRecord.Waiting(spec, target);
    task.securityGroups = spec.network().map(n -> n.awsvpcConfiguration().securityGroups()).orElse(List.of());
    cluster.add(task);
    log.record(EventType.TASK_STATUS_CHANGED, cluster.name(), task.shortId(), "PROVISIONING: waits for capacity"
        + " provider " + target.capacityProvider().orElse("?") + " to add room (" + why + ")");
    return task;
  }

  /** Tasks waiting for capacity take the room there is now, oldest first; the others keep waiting. */
  private void placeWaiting(ClusterState cluster) {
    List<TaskRecord> waiting = cluster.live().stream().filter(t -> t.waiting != null && !t.isStopping())
        .sorted(java.util.Comparator.comparing((TaskRecord t) -> t.createdAt)).toList();
    for (TaskRecord task : waiting) {
      Attempt attempt = placeOnInstance(cluster, task.waiting.spec(), task.waiting.target(), Optional.empty());
      if (attempt.placed()) {
        bind(cluster, task, attempt);
      }
    }
  }

  private void bind(ClusterState cluster, TaskRecord task, Attempt attempt) {
    Target target = task.waiting.target();
    task.launch = launchOf(cluster, task.arn(), attempt, task.waiting.spec(), task.launch.environment());
    task.instance = Optional.ofNullable(attempt.instance);
    task.placement = Optional.ofNullable(attempt.decision);
    task.eni = attempt.eni;
    task.demand = attempt.demand;
    task.waiting = null;
    logPlaced(cluster, task, target, attempt, " after waiting for capacity");
    if (task.eni.isEmpty()) {
      task.lastStatus = TaskStatus.PENDING;
      log.record(EventType.TASK_STATUS_CHANGED, cluster.name(), task.shortId(), "PROVISIONING → PENDING");
    }
    lifecycle.begin(task);
  }

  /**
   * Each container's environment: its definition's variables, then the values of the secrets its task execution
   * role may read ({@link TaskSecrets}).
   */
  private Map<String, Map<String, String>> environmentOf(TaskDefinition definition) {
    Map<String, Map<String, String>> result = new LinkedHashMap<>();
    for (ContainerDefinition container : definition.containerDefinitions()) {
      Map<String, String> variables = new LinkedHashMap<>();
      container.environment().forEach(kv -> variables.put(kv.name(), kv.value()));
      variables.putAll(TaskSecrets.values(environment, definition, container));
      result.put(container.name(), variables);
    }
    return result;
  }

  /** Called by the lifecycle when a task reaches STOPPED: gives back what it held. */
  private void released(TaskRecord task) {
    task.cluster.stopped(task);
    boolean roomFreed = task.placement.isPresent();
    loadBalancing.deregister(task);
    scheduler.taskStopped(task);
    task.placement.flatMap(PlacementDecision::allocation).ifPresent(task.cluster.placement::release);
    task.eni.ifPresent(eni -> addresses.release(eni.subnetId(), eni.privateIpv4Address()));
    if (roomFreed) {
      placeWaiting(task.cluster);
    }
  }

  // ---- tasks ----

  /**
   * StopTask.
   *
   * @param clusterName the cluster's name
   * @param taskReference the task's ARN or id
   * @param reason the stopped reason the task reports
   * @return the task, now on its way to STOPPED
   */
  public Task stopTask(String clusterName, String taskReference, String reason) {
    TaskRecord task = task(clusterName, taskReference);
    lifecycle.stop(task, StopCode.UserInitiated, reason == null || reason.isBlank() ? "Task stopped by user" : reason);
    return Snapshots.task(task);
  }

  /** How long a Fargate Spot task has between its interruption notice and its end. */
  static final Duration SPOT_WARNING = Duration.ofMinutes(2);

  /**
   * Fargate Spot takes the task's capacity back ("Fargate Spot termination notices"): a two-minute warning
   * as a SIGTERM to its containers (each stops within its stopTimeout, at most 120 s on Fargate), stop
   * code SpotInterruption, "Your Spot Task was interrupted."; whatever still runs two minutes later ends
   * then. A service launches the replacement at once, within its maximumPercent.
   *
   * @param clusterName the cluster's name
   * @param taskReference the task's ARN or id; it must run on FARGATE_SPOT
   * @return the task, now with its interruption under way
   */
  public Task interruptSpotTask(String clusterName, String taskReference) {
    TaskRecord task = task(clusterName, taskReference);
    if (!task.capacityProvider.filter("FARGATE_SPOT"::equals).isPresent()) {
      throw new IllegalArgumentException("task " + task.launch.taskId() + " runs on "
          + task.capacityProvider.orElse(task.launchType.name()) + ", not on FARGATE_SPOT");
    }
    if (task.isStopping()) {
      throw new IllegalStateException("task " + task.launch.taskId() + " is already stopping");
    }
    String reason = "Your Spot Task was interrupted.";
    lifecycle.stop(task, StopCode.SpotInterruption, reason);
    loop.schedule(SPOT_WARNING, () -> lifecycle.hostLost(task, reason));
    scheduler.reconcileNow();
    return Snapshots.task(task);
  }

  /**
   * A container's output, from the agent that ran it.
   *
   * @param clusterName the cluster's name
   * @param taskReference the task's ARN or id
   * @param containerName the container's name
   * @return the output lines, oldest first
   */
  public List<String> logs(String clusterName, String taskReference, String containerName) {
    TaskRecord task = task(clusterName, taskReference);
    if (task.container(containerName) == null) {
      throw EcsException.invalidParameter("Task " + task.launch.taskId() + " has no container named "
          + containerName + ".");
    }
    return agent.logs(task.arn(), containerName);
  }

  /**
   * The task definition a task runs, with RunTask's overrides applied (e.g. a taskRoleArn override).
   *
   * @param clusterName the cluster's name
   * @param taskReference the task's ARN or id
   * @return the task definition with the overrides applied
   */
  public TaskDefinition effectiveTaskDefinition(String clusterName, String taskReference) {
    return task(clusterName, taskReference).launch.taskDefinition();
  }

  /**
   * Every EC2 instance the run has had, in registration order, terminated ones included: what it is and when
   * it ran (for cost reports). A deregistered instance that was not terminated still runs.
   *
   * @return every instance with when it ran
   */
  public List<InstanceLifetime> instanceLifetimes() {
    List<InstanceLifetime> result = new ArrayList<>();
    for (ClusterState cluster : clusters.values()) {
      for (InstanceRecord instance : cluster.instances.values()) {
        result.add(new InstanceLifetime(cluster.name(), instance.ec2InstanceId(), instance.instanceGroup,
            instance.spec.attributes().get("ecs.instance-type"), instance.spec.registeredAt(), instance.terminatedAt));
      }
    }
    return result;
  }

  /**
   * DescribeTasks for one task.
   *
   * @param clusterName the cluster's name
   * @param taskReference the task's ARN or id
   * @return the task
   */
  public Task describeTask(String clusterName, String taskReference) {
    return Snapshots.task(task(clusterName, taskReference));
  }

  /**
   * ListTasks + DescribeTasks.
   *
   * @param clusterName the cluster's name
   * @param filter which tasks to list
   * @return the matching tasks
   */
  public List<Task> listTasks(String clusterName, TaskFilter filter) {
    return cluster(clusterName).tasks.values().stream().map(Snapshots::task).filter(filter).toList();
  }

  private TaskRecord task(String clusterName, String reference) {
    return cluster(clusterName).task(reference).orElseThrow(() ->
        EcsException.invalidParameter("The referenced task was not found: " + reference));
  }

  // ---- services ----

  /**
   * DescribeServices for one service.
   *
   * @param clusterName the cluster's name
   * @param serviceName the service's name
   * @return the service
   */
  public ServiceDescription describeService(String clusterName, String serviceName) {
    ClusterState cluster = cluster(clusterName);
    return scheduler.describe(service(cluster, serviceName));
  }

  /**
   * Application Auto Scaling's DescribeScalingActivities for a service, oldest first.
   *
   * @param clusterName the cluster's name
   * @param serviceName the service's name
   * @return the activities, oldest first
   */
  public List<ScalingActivity> describeScalingActivities(String clusterName, String serviceName) {
    ServiceRecord service = service(cluster(clusterName), serviceName);
    return autoScaler.target(service).map(t -> List.copyOf(t.activities)).orElse(List.of());
  }

  /**
   * The one-minute datapoints recorded so far of a metric of a service with auto scaling.
   *
   * @param clusterName the cluster's name
   * @param serviceName the service's name
   * @param metric the predefined metric
   * @return the datapoints, oldest first
   */
  public List<MetricDatapoint> metricData(String clusterName, String serviceName, PredefinedMetricType metric) {
    return autoScaler.metricData(service(cluster(clusterName), serviceName), metric);
  }

  /**
   * Whether DescribeServices would show the service steady now (cheaper than describing it).
   *
   * @param clusterName the cluster's name
   * @param serviceName the service's name
   * @return true when the service is steady
   */
  public boolean isServiceSteady(String clusterName, String serviceName) {
    return scheduler.isSteady(service(cluster(clusterName), serviceName));
  }

  /**
   * The services of a cluster.
   *
   * @param clusterName the cluster's name
   * @return the cluster's services
   */
  public List<ServiceDescription> listServices(String clusterName) {
    return scheduler.services(cluster(clusterName)).stream().map(scheduler::describe).toList();
  }

  /**
   * UpdateService. A new task definition, deployment configuration or a forced new deployment start a
   * deployment; a desired count alone is applied by the current one.
   *
   * @param request the UpdateService request
   * @return the service after the update
   */
  public ServiceDescription updateService(UpdateServiceRequest request) {
    ClusterState cluster = cluster(request.cluster());
    ServiceRecord service = service(cluster, request.service());
    requireActiveService(service);
    if (request.desiredCount().map(c -> c < 0).orElse(false)) {
      throw EcsException.invalidParameter("desiredCount must be 0 or more.");
    }
    if (service.service.schedulingStrategyOrDefault() == SchedulingStrategy.DAEMON
        && request.desiredCount().isPresent()) {
      throw EcsException.invalidParameter("The desired count of a DAEMON service cannot be set; it runs one task"
          + " on every eligible container instance.");
    }
    Optional<TaskDefinition> definition = request.taskDefinition().map(ref -> statuses.requireActive(environment,
        ref));
    Service.Builder updated = Service.builder().from(service.service);
    request.desiredCount().ifPresent(updated::desiredCount);
    request.deploymentConfiguration().ifPresent(updated::deploymentConfiguration);
    request.healthCheckGracePeriodSeconds().ifPresent(updated::healthCheckGracePeriodSeconds);
    request.placementConstraints().ifPresent(updated::placementConstraints);
    request.placementStrategy().ifPresent(updated::placementStrategy);
    definition.ifPresent(d -> updated.taskDefinition(taskDefinitionArn(d)));
    Service next = updated.build();
    boolean placement = request.placementConstraints().isPresent() || request.placementStrategy().isPresent();
    if (definition.isPresent() || placement) {
      Validator.validate(next, definition.orElse(service.primary().spec.definition()))
          .throwIfInvalid("service " + next.serviceName());
    }
    service.service = next;
    request.desiredCount().ifPresent(c -> service.desiredCount = c);
    if (definition.isPresent() || placement || request.deploymentConfiguration().isPresent()
        || request.forceNewDeployment()) {
      scheduler.deploy(service, definition.orElse(service.primary().spec.definition()));
    }
    scheduler.reconcileNow();
    return scheduler.describe(service);
  }

  /**
   * ELB's DescribeTargetHealth.
   *
   * @param targetGroup the target group's name or ARN
   * @return the health of each registered target
   */
  public List<TargetHealth> describeTargetHealth(String targetGroup) {
    environment();
    return loadBalancing.describe(targetGroup);
  }

  /**
   * Requests to a listener, routed as the load balancer would.
   *
   * @param loadBalancer the load balancer's name
   * @param listenerPort the listener's port
   * @param host the request's Host header, for host-header rules
   * @param path the request path, for path-pattern rules
   * @param count how many requests to send
   * @return how the requests were answered
   */
  public RequestResult sendRequests(String loadBalancer, int listenerPort, String host, String path, int count) {
    environment();
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more, got " + count);
    }
    return loadBalancing.send(loadBalancer, listenerPort, host, path, count);
  }

  private ServiceRecord service(ClusterState cluster, String reference) {
    return scheduler.service(cluster, Arns.name(reference)).orElseThrow(() -> new EcsException(
        "ServiceNotFoundException", "Service not found: " + reference));
  }

  // ---- clusters and instances ----

  /**
   * DescribeClusters for one cluster.
   *
   * @param clusterName the cluster's name
   * @return the cluster
   */
  public ClusterDescription describeCluster(String clusterName) {
    ClusterState cluster = cluster(clusterName);
    return Snapshots.cluster(cluster, scheduler.services(cluster).size());
  }

  /**
   * Every cluster.
   *
   * @return every cluster
   */
  public List<ClusterDescription> describeClusters() {
    environment();
    return clusters.values().stream().map(c -> Snapshots.cluster(c, scheduler.services(c).size())).toList();
  }

  /**
   * DescribeContainerInstances for one instance.
   *
   * @param clusterName the cluster's name
   * @param reference the container instance's ARN or id
   * @return the container instance
   */
  public ContainerInstance describeContainerInstance(String clusterName, String reference) {
    ClusterState cluster = cluster(clusterName);
    return snapshot(cluster, instance(cluster, reference));
  }

  /**
   * ListContainerInstances + DescribeContainerInstances, deregistered ones left out.
   *
   * @param clusterName the cluster's name
   * @return the cluster's registered container instances
   */
  public List<ContainerInstance> listContainerInstances(String clusterName) {
    ClusterState cluster = cluster(clusterName);
    return cluster.instances.values().stream().filter(i -> i.status != ContainerInstanceStatus.INACTIVE)
        .map(i -> snapshot(cluster, i)).toList();
  }

  /**
   * UpdateContainerInstancesState. Standalone tasks keep running on a draining instance, as in ECS.
   *
   * @param clusterName the cluster's name
   * @param reference the container instance's ARN or id
   * @param status ACTIVE or DRAINING
   * @return the container instance after the change
   */
  public ContainerInstance updateContainerInstanceState(String clusterName, String reference,
      ContainerInstanceStatus status) {
    ClusterState cluster = cluster(clusterName);
    InstanceRecord instance = instance(cluster, reference);
    if (status == ContainerInstanceStatus.INACTIVE) {
      throw EcsException.invalidParameter("status must be ACTIVE or DRAINING; deregister an instance to make it"
          + " INACTIVE.");
    }
    if (instance.status == ContainerInstanceStatus.INACTIVE) {
      throw EcsException.invalidParameter("Container instance " + reference + " is deregistered.");
    }
    if (instance.status != status) {
      instance.status = status;
      cluster.placement.setDraining(instance.arn(), status == ContainerInstanceStatus.DRAINING);
      log.record(EventType.INSTANCE_STATUS_CHANGED, cluster.name(), subject(instance), status.toString());
      if (status == ContainerInstanceStatus.ACTIVE) {
        placeWaiting(cluster);
      }
      scheduler.reconcileNow();
    }
    return snapshot(cluster, instance);
  }

  /**
   * DeregisterContainerInstance. Without force an instance with tasks is refused; with force its tasks
   * keep running on the host but the cluster no longer counts the instance.
   *
   * @param clusterName the cluster's name
   * @param reference the container instance's ARN or id
   * @param force whether to deregister an instance that still has tasks
   * @return the container instance, now INACTIVE
   */
  public ContainerInstance deregisterContainerInstance(String clusterName, String reference, boolean force) {
    ClusterState cluster = cluster(clusterName);
    InstanceRecord instance = instance(cluster, reference);
    if (instance.status == ContainerInstanceStatus.INACTIVE) {
      throw EcsException.invalidParameter("Container instance " + reference + " is already deregistered.");
    }
    long tasks = activeTasksOn(cluster, instance);
    if (tasks > 0 && !force) {
      throw EcsException.client("Container instance " + instance.ec2InstanceId() + " has " + tasks
          + " task(s) that are not stopped; stop them first or deregister with force.");
    }
    instance.status = ContainerInstanceStatus.INACTIVE;
    cluster.placement.deregister(instance.arn());
    log.record(EventType.INSTANCE_STATUS_CHANGED, cluster.name(), subject(instance), "INACTIVE (deregistered"
        + (tasks > 0 ? ", " + tasks + " task(s) orphaned" : "") + ")");
    return snapshot(cluster, instance);
  }

  /**
   * The instance's agent loses its connection to ECS: no new tasks go there, and ECS learns nothing of
   * its tasks until it reconnects (their containers go on running).
   *
   * @param clusterName the cluster's name
   * @param reference the container instance's ARN or id
   * @return the container instance, now with its agent disconnected
   */
  public ContainerInstance disconnectAgent(String clusterName, String reference) {
    ClusterState cluster = cluster(clusterName);
    InstanceRecord instance = instance(cluster, reference);
    if (instance.agentConnected) {
      instance.agentConnected = false;
      cluster.placement.setAgentConnected(instance.arn(), false);
      log.record(EventType.AGENT_CONNECTIVITY_CHANGED, cluster.name(), subject(instance), "agent disconnected");
    }
    return snapshot(cluster, instance);
  }

  /**
   * The agent reconnects and reports what happened meanwhile, then does what it was asked meanwhile.
   *
   * @param clusterName the cluster's name
   * @param reference the container instance's ARN or id
   * @return the container instance, now with its agent connected
   */
  public ContainerInstance reconnectAgent(String clusterName, String reference) {
    ClusterState cluster = cluster(clusterName);
    InstanceRecord instance = instance(cluster, reference);
    if (!instance.agentConnected) {
      instance.agentConnected = true;
      if (instance.status != ContainerInstanceStatus.INACTIVE) {
        cluster.placement.setAgentConnected(instance.arn(), true);
      }
      log.record(EventType.AGENT_CONNECTIVITY_CHANGED, cluster.name(), subject(instance), "agent reconnected");
      placeWaiting(cluster);
      scheduler.requestReconcile();
      List<Runnable> work = new ArrayList<>(instance.heldReports);
      work.addAll(instance.heldCalls);
      instance.heldReports.clear();
      instance.heldCalls.clear();
      work.forEach(Runnable::run);
    }
    return snapshot(cluster, instance);
  }

  /**
   * The EC2 instance is terminated: its tasks stop at once ({@code TerminationNotice}) and the container
   * instance is deregistered.
   *
   * @param clusterName the cluster's name
   * @param reference the container instance's ARN or id
   * @return the container instance after the termination
   */
  public ContainerInstance terminateInstance(String clusterName, String reference) {
    ClusterState cluster = cluster(clusterName);
    InstanceRecord instance = instance(cluster, reference);
    if (instance.status == ContainerInstanceStatus.INACTIVE) {
      throw EcsException.invalidParameter("Container instance " + reference + " is already deregistered.");
    }
    terminate(cluster, instance);
    scheduler.reconcileNow();
    return snapshot(cluster, instance);
  }

  private void terminate(ClusterState cluster, InstanceRecord instance) {
    instance.agentConnected = false;
    instance.heldCalls.clear();
    instance.heldReports.clear();
    String reason = "Host EC2 (instance " + instance.ec2InstanceId() + ") terminated.";
    // Out of placement first: the room its tasks free as they are lost must not go to it.
    instance.status = ContainerInstanceStatus.INACTIVE;
    instance.terminatedAt = Optional.of(loop.now());
    cluster.placement.deregister(instance.arn());
    for (TaskRecord task : List.copyOf(cluster.tasks.values())) {
      if (task.instance.filter(i -> i == instance).isPresent()) {
        lifecycle.hostLost(task, reason);
      }
    }
    log.record(EventType.INSTANCE_STATUS_CHANGED, cluster.name(), subject(instance), "INACTIVE (" + reason + ")");
  }

  /**
   * A new EC2 instance of one of the cluster's instance groups joins, as its Auto Scaling group would
   * launch one: registered ACTIVE at once, in the group's next zone (round robin) that is not lost.
   *
   * @param clusterName the cluster's name
   * @param instanceGroup the name of the cluster's instance group
   * @return the new container instance
   */
  public ContainerInstance launchInstance(String clusterName, String instanceGroup) {
    ClusterState cluster = cluster(clusterName);
    InstanceGroup group = cluster.cluster.instanceGroups().stream().filter(g -> g.name().equals(instanceGroup))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("cluster " + cluster.name()
            + " has no instance group " + instanceGroup + "; its groups are " + cluster.cluster.instanceGroups()
            .stream().map(InstanceGroup::name).toList()));
    int index = (int) cluster.instances.values().stream().filter(i -> i.instanceGroup.equals(instanceGroup)).count();
    for (int tries = 0; tries < 64 && outages.isLost(registrar.zoneOf(group, index)); tries++) {
      index++;
    }
    if (outages.isLost(registrar.zoneOf(group, index))) {
      throw new IllegalStateException("every zone of instance group " + instanceGroup + " is lost");
    }
    InstanceRecord instance = registrar.register(cluster.name(), group, index,
        InstanceRegistrar.providerOf(cluster.cluster.capacityProviders(), group), loop.now());
    register(cluster, instance);
    scheduler.reconcileNow();
    return snapshot(cluster, instance);
  }

  /**
   * The CapacityProviderReservation datapoints of an Auto Scaling group capacity provider with managed scaling.
   *
   * @param clusterName the cluster's name
   * @param capacityProvider the capacity provider's name
   * @return the datapoints, oldest first
   */
  public List<MetricDatapoint> capacityProviderReservation(String clusterName, String capacityProvider) {
    return capacityScaling.reservation(cluster(clusterName), capacityProvider);
  }

  /** The Auto Scaling group terminates the instance when it scales in. */
  void terminateForScaleIn(ClusterState cluster, InstanceRecord instance) {
    terminate(cluster, instance);
    scheduler.requestReconcile();
  }

  // ---- registrations through the API: RegisterTaskDefinition, CreateService, CreateCluster, ... ----

  /**
   * RegisterTaskDefinition: the definition becomes the family's next revision (validated first; a bad one
   * changes nothing). Returns its ARN.
   *
   * @param definition the task definition to register
   * @return the new revision's ARN
   */
  public String registerTaskDefinition(TaskDefinition definition) {
    environment();
    Validator.validate(definition).throwIfInvalid("task definition " + definition.family());
    ResourceTags.check(definition.tags());
    environment = Environment.builder().from(environment).addTaskDefinitions(definition).build();
    String arn = TaskDefinitionStatuses.arn(environment, definition.family(),
        environment.revisions(definition.family()).size());
    tags.tag(arn, definition.tags());
    return arn;
  }

  /**
   * DescribeTaskDefinition: the definition and its ARN.
   *
   * @param reference the task definition's ARN or {@code family:revision}
   * @return the definition with its ARN
   */
  public RegisteredTaskDefinition describeTaskDefinition(String reference) {
    return statuses.find(environment(), reference).orElseThrow(() ->
        EcsException.client("Unable to describe task definition."));
  }

  /**
   * DeregisterTaskDefinition: the revision becomes INACTIVE.
   *
   * @param reference the task definition's ARN or {@code family:revision}
   * @return the revision, now INACTIVE
   */
  public RegisteredTaskDefinition deregisterTaskDefinition(String reference) {
    return statuses.deregister(environment(), reference);
  }

  /**
   * ListTaskDefinitions: the ARNs of every revision (of one family, when given), oldest first.
   *
   * @param family only this family's revisions, when present
   * @return the revisions' ARNs, oldest first
   */
  public List<String> listTaskDefinitions(Optional<String> family) {
    List<String> arns = new ArrayList<>();
    for (TaskDefinition definition : environment().taskDefinitions()) {
      if (family.map(definition.family()::equals).orElse(true)) {
        String arn = taskDefinitionArn(definition);
        if (!arns.contains(arn)) {
          arns.add(arn);
        }
      }
    }
    return arns;
  }

  /**
   * CreateService on a deployed cluster (validated against the environment first).
   *
   * @param service the service to create
   * @return the new service
   */
  public ServiceDescription createService(Service service) {
    ClusterState cluster = cluster(service.clusterOrDefault());
    if (scheduler.service(cluster, service.serviceName()).filter(s -> !s.status.equals("INACTIVE")).isPresent()) {
      throw EcsException.invalidParameter("Creation of service was not idempotent.");
    }
    TaskDefinition definition = statuses.requireActive(environment, service.taskDefinition());
    // The service and its task definition, as CreateService checks them; not the whole environment (an
    // image of an unknown repository, say, fails when the task pulls it, not here).
    Validator.validate(service, definition).throwIfInvalid("service " + service.serviceName());
    ResourceTags.check(service.tags());
    environment = Environment.builder().from(environment).addServices(service).build();
    ServiceRecord record = scheduler.create(cluster, service, "arn:aws:ecs:" + environment.region() + ":"
        + environment.accountId() + ":service/" + cluster.name() + "/" + service.serviceName(), definition);
    tags.forget(record.arn);
    tags.tag(record.arn, service.tags());
    if (service.autoScaling().isPresent()) {
      autoScaler.register(record);
    }
    scheduler.reconcileNow();
    return scheduler.describe(record);
  }

  /**
   * DeleteService: refused while the service is scaled above 0 unless {@code force}; its tasks stop and
   * it goes DRAINING, then INACTIVE once they have.
   *
   * @param clusterName the cluster's name
   * @param serviceName the service's name
   * @param force whether to delete a service still scaled above 0
   * @return the service, now DRAINING
   */
  public ServiceDescription deleteService(String clusterName, String serviceName, boolean force) {
    ServiceRecord service = service(cluster(clusterName), serviceName);
    requireActiveService(service);
    if (service.desiredCount > 0 && !force
        && service.service.schedulingStrategyOrDefault() != dev.ecsdsl.model.SchedulingStrategy.DAEMON) {
      throw EcsException.invalidParameter("The service cannot be stopped while it is scaled above 0.");
    }
    scheduler.delete(service);
    return scheduler.describe(service);
  }
  /** UpdateService and DeleteService take ACTIVE services only (ECS: ServiceNotActiveException). */
  private static void requireActiveService(ServiceRecord service) {
    if (!service.status.equals("ACTIVE")) {
      throw new EcsException("ServiceNotActiveException", "Service was not ACTIVE.");
    }
  }


  /**
   * CreateCluster: an empty cluster (Fargate, or EC2 capacity registered later).
   *
   * @param clusterName the new cluster's name
   * @return the cluster
   */
  public ClusterDescription createCluster(String clusterName) {
    return createCluster(clusterName, List.of());
  }

  /**
   * CreateCluster with tags (added to an existing cluster's).
   *
   * @param clusterName the cluster's name
   * @param clusterTags the tags to put on the cluster
   * @return the cluster
   */
  public ClusterDescription createCluster(String clusterName, List<Tag> clusterTags) {
    environment();
    ResourceTags.check(clusterTags);
    if (!clusters.containsKey(clusterName)) {
      Cluster cluster = Cluster.builder().clusterName(clusterName).build();
      if (environment.cluster(clusterName).isEmpty()) {
        environment = Environment.builder().from(environment).addClusters(cluster).build();
      }
      clusters.put(clusterName, new ClusterState(cluster, cluster.arn(environment.region(), environment.accountId())));
    }
    tags.tag(clusters.get(clusterName).arn, clusterTags);
    return describeCluster(clusterName);
  }

  /**
   * DeleteCluster: refused while the cluster has instances, services or tasks; afterwards the cluster is not
   * found (its description stays in {@link #environment()}) and CreateCluster makes it anew, empty.
   *
   * @param clusterName the cluster's name
   * @return the cluster as described just before its deletion
   */
  public ClusterDescription deleteCluster(String clusterName) {
    ClusterState cluster = cluster(clusterName);
    ClusterDeletion.check(cluster, scheduler.services(cluster));
    ClusterDescription last = describeCluster(cluster.name());
    clusters.remove(cluster.name());
    tags.forget(cluster.arn);
    return ClusterDescription.builder().from(last).status(dev.ecsdsl.runtime.ClusterStatus.INACTIVE).build();
  }

  // ---- capacity providers ----

  /**
   * DescribeCapacityProviders: every capacity provider.
   *
   * @return every capacity provider the environment knows
   */
  public List<CapacityProvider> describeCapacityProviders() {
    return List.copyOf(ClusterCapacityProviders.known(environment()).values());
  }

  /**
   * PutClusterCapacityProviders.
   *
   * @param clusterName the cluster's name
   * @param providers the capacity providers the cluster has from now on
   * @param strategy the cluster's new default capacity provider strategy
   * @return the cluster after the change
   */
  public ClusterDescription putClusterCapacityProviders(String clusterName, List<String> providers,
      List<CapacityProviderStrategyItem> strategy) {
    ClusterState cluster = cluster(clusterName);
    cluster.cluster = ClusterCapacityProviders.put(environment, cluster, scheduler.services(cluster), providers,
        strategy);
    capacityScaling.providersChanged(cluster);
    scheduler.reconcileNow();
    return describeCluster(cluster.name());
  }

  // ---- attributes ----

  /**
   * PutAttributes on container instances.
   *
   * @param clusterName the cluster's name
   * @param attributes the attributes, each naming its container instance
   * @return the attributes put
   */
  public List<Attribute> putAttributes(String clusterName, List<Attribute> attributes) {
    List<Attribute> put = CustomAttributes.put(cluster(clusterName), attributes);
    scheduler.reconcileNow();
    return put;
  }

  /**
   * DeleteAttributes on container instances.
   *
   * @param clusterName the cluster's name
   * @param attributes the attributes, each naming its container instance
   * @return the attributes deleted
   */
  public List<Attribute> deleteAttributes(String clusterName, List<Attribute> attributes) {
    List<Attribute> deleted = CustomAttributes.delete(cluster(clusterName), attributes);
    scheduler.reconcileNow();
    return deleted;
  }

  /**
   * ListAttributes of container instances.
   *
   * @param clusterName the cluster's name
   * @return every custom attribute of the cluster's container instances
   */
  public List<Attribute> listAttributes(String clusterName) {
    return CustomAttributes.list(cluster(clusterName));
  }

  // ---- tags ----

  /**
   * TagResource on a cluster, service, task definition revision or task.
   *
   * @param resourceArn the ARN of the cluster, service, task, task definition or container instance
   * @param added the tags to add (a tag with a key already there replaces it)
   */
  public void tagResource(String resourceArn, List<Tag> added) {
    tags.tag(taggable(resourceArn), added);
  }

  /**
   * UntagResource.
   *
   * @param resourceArn the ARN of the resource
   * @param keys the keys of the tags to remove
   */
  public void untagResource(String resourceArn, List<String> keys) {
    tags.untag(taggable(resourceArn), keys);
  }

  /**
   * ListTagsForResource.
   *
   * @param resourceArn the ARN of the resource
   * @return the resource's tags
   */
  public List<Tag> listTagsForResource(String resourceArn) {
    return tags.list(taggable(resourceArn));
  }

  /** The ARN under which a resource's tags are kept: the resource's own, so that any region in the ARN works. */
  private String taggable(String resourceArn) {
    environment();
    TaggableArn arn = TaggableArn.parse(resourceArn);
    return switch (arn.type()) {
      case "cluster" -> cluster(arn.name()).arn;
      case "service" -> describeService(arn.cluster(), arn.name()).serviceArn();
      case "task" -> cluster(arn.cluster()).task(arn.name()).map(TaskRecord::arn).orElseThrow(arn::notFound);
      case "task-definition" -> statuses.find(environment, arn.name()).filter(d -> arn.name().contains(":"))
          .map(RegisteredTaskDefinition::taskDefinitionArn).orElseThrow(arn::notFound);
      default -> throw arn.notFound();
    };
  }

  // ---- outages a test injects ----

  /**
   * The Availability Zone goes dark: its container instances are terminated, its Fargate tasks stop
   * (TerminationNotice), and no ENI can be created in its subnets until {@link #restoreAvailabilityZone}.
   * Returns the ARNs of the container instances it terminated.
   *
   * @param zone the Availability Zone, e.g. {@code us-east-1a}
   * @return the ARNs of the terminated container instances
   */
  public List<String> loseAvailabilityZone(String zone) {
    environment();
    List<String> terminated = outages.loseZone(zone, clusters.values(), this::terminate);
    scheduler.reconcileNow();
    return terminated;
  }

  /**
   * The zone's subnets take ENIs again (its terminated instances do not come back).
   *
   * @param zone the Availability Zone lost before
   */
  public void restoreAvailabilityZone(String zone) {
    environment();
    outages.restoreZone(zone);
    clusters.values().forEach(this::placeWaiting);
    scheduler.reconcileNow();
  }

  /**
   * Every free address of the subnet goes to other ENIs; returns how many were taken.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were taken
   */
  public int exhaustSubnet(String subnetId) {
    environment();
    return outages.exhaustSubnet(subnetId);
  }

  /**
   * Frees the addresses {@link #exhaustSubnet} took; returns how many.
   *
   * @param subnetId the subnet's id
   * @return how many addresses were freed
   */
  public int releaseSubnet(String subnetId) {
    environment();
    int released = outages.releaseSubnet(subnetId);
    clusters.values().forEach(this::placeWaiting);
    scheduler.reconcileNow();
    return released;
  }

  private ContainerInstance snapshot(ClusterState cluster, InstanceRecord instance) {
    int running = 0;
    int pending = 0;
    for (TaskRecord task : cluster.tasks.values()) {
      if (task.instance.filter(i -> i == instance).isEmpty()) {
        continue;
      }
      if (task.lastStatus == TaskStatus.RUNNING) {
        running++;
      } else if (!task.lastStatus.isAfter(TaskStatus.ACTIVATING) && !task.isStopping()) {
        pending++;
      }
    }
    return Snapshots.instance(instance, instance.status == ContainerInstanceStatus.INACTIVE ? null
        : cluster.placement.usage(instance.arn()), running, pending);
  }

  private static long activeTasksOn(ClusterState cluster, InstanceRecord instance) {
    return cluster.tasks.values().stream()
        .filter(t -> t.instance.filter(i -> i == instance).isPresent() && t.lastStatus != TaskStatus.STOPPED)
        .count();
  }

  private ClusterState cluster(String reference) {
    environment();
    ClusterState cluster = clusters.get(Arns.name(reference));
    if (cluster == null) {
      throw EcsException.clusterNotFound(reference);
    }
    return cluster;
  }

  private static InstanceRecord instance(ClusterState cluster, String reference) {
    return cluster.instance(reference).orElseThrow(() -> EcsException.invalidParameter(
        "The referenced container instance was not found in cluster " + cluster.name() + ": " + reference));
  }

  private String taskDefinitionArn(TaskDefinition definition) {
    int revision = environment.revisions(definition.family()).indexOf(definition) + 1;
    return "arn:aws:ecs:" + environment.region() + ":" + environment.accountId() + ":task-definition/"
        + definition.family() + ":" + revision;
  }

  private static String subject(InstanceRecord instance) {
    return "instance/" + instance.ec2InstanceId();
  }

  private static List<String> subnets(LaunchSpec spec) {
    return spec.network().map(n -> n.awsvpcConfiguration().subnets()).orElse(List.of());
  }

  // ---- events ----

  /**
   * Every event so far.
   *
   * @return the events, oldest first
   */
  public List<RuntimeEvent> events() {
    return log.all();
  }

  /**
   * How many events so far (cheap; for "did anything happen" checks).
   *
   * @return the number of events
   */
  public int eventCount() {
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

  /** The outcome of placing one task. */
  private record Attempt(InstanceRecord instance, PlacementDecision decision, TaskDemand demand, String zone,
      Optional<TaskRecord.Eni> eni, List<Failure> failures, String explanation) {
    static Attempt failed(List<Failure> failures, String explanation) {
      return new Attempt(null, null, null, null, Optional.empty(), failures, explanation);
    }

    boolean placed() {
      return zone != null;
    }
  }
}
