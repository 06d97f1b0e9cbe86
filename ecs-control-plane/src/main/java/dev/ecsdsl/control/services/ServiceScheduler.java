package dev.ecsdsl.control.services;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.launch.LaunchSpec;
import dev.ecsdsl.control.launch.TaskLauncher;
import dev.ecsdsl.control.loadbalancing.LoadBalancing;
import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRevision;
import dev.ecsdsl.control.tasks.TaskLifecycle;
import dev.ecsdsl.control.tasks.TaskOwner;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.control.tasks.TaskStore;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.runtime.ConflictException;
import dev.ecsdsl.runtime.LogText;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ECS's service scheduler: keeps each REPLICA service at its desired count and each DAEMON service at one task per
 * eligible instance, replaces tasks that stop or fail their health checks, and rolls deployments forward within
 * {@code minimumHealthyPercent} / {@code maximumPercent}. It reconciles after every change that matters (a task's
 * status or health, an instance, an UpdateService), never on a timer of its own, so an idle runtime stays idle.
 *
 * <p>A pass over a service decides, then applies, in steps — each decision a pure function of the state
 * ({@link HealthReview}, {@link CircuitBreaker}, the service's {@link DeploymentStrategy}), each applied by the one
 * {@link PlanApplier} — and ends with the {@link DeploymentWatcher}, which retires drained rollouts and completes
 * deployments.
 */
public final class ServiceScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceScheduler.class);
  /** How long an INACTIVE service is still described before it is forgotten. */
  public static final Duration INACTIVE_RETENTION = Duration.ofHours(1);
  private final EventLoop loop;
  private final TaskStore tasks;
  private final RandomGenerator random;
  private final Map<String, ServiceRecord> services = new LinkedHashMap<>();
  private final ServiceTaskFacts facts;
  private final ServiceEvents events;
  private final ServiceThrottle throttle;
  private final DeploymentWatcher watcher;
  private final PlanApplier applier;
  private final ServiceDescriptions descriptions;
  private final DeploymentStrategy replica = new ShiftingStrategy(new RollingStrategy());
  private final DeploymentStrategy daemon = new DaemonStrategy();
  private final LifecycleHookTargets hookTargets = new LifecycleHookTargets();
  private final AlarmStates alarms;
  private final DeploymentAlarmWatch alarmWatch;
  private final LifecycleStages stages;
  private boolean reconcileScheduled;
  private final List<Consumer<ServiceRecord>> forgetListeners = new ArrayList<>();

  /**
   * The service scheduler of a control plane.
   *
   * @param loop the clock
   * @param log where service events are recorded
   * @param lifecycle stops tasks
   * @param launcher places and starts tasks
   * @param loadBalancing registers service tasks with their target groups and knows their health there
   * @param random the seeded source of deployment ids
   * @param hookRandom the seeded source of lifecycle hook execution ids
   * @param functions calls lifecycle hooks' functions ({@link Agent#callFunction})
   */
  public ServiceScheduler(EventLoop loop, EventLog log, TaskLifecycle lifecycle, TaskLauncher launcher,
      LoadBalancing loadBalancing, RandomGenerator random, RandomGenerator hookRandom, Agent functions) {
    this.loop = loop;
    this.tasks = lifecycle.store();
    this.random = random;
    this.facts = new ServiceTaskFacts(loadBalancing);
    this.events = new ServiceEvents(loop, log);
    this.alarms = new AlarmStates(loop, log);
    this.throttle = new ServiceThrottle(loop, events, this::requestReconcile);
    this.alarmWatch = new DeploymentAlarmWatch(loop, alarms, this::requestReconcile);
    this.watcher = new DeploymentWatcher(loop, events, tasks, facts, alarmWatch);
    this.applier = new PlanApplier(loop, lifecycle, launcher, facts, events, throttle, watcher,
        this::requestReconcile);
    this.descriptions = new ServiceDescriptions(tasks);
    this.stages = new LifecycleStages(loop, events, facts, tasks, watcher, applier,
        new HookRunner(loop, events, hookTargets, hookRandom, functions, this::requestReconcile), alarmWatch,
        this::requestReconcile);
    alarms.onChange(this::requestReconcile);
  }

  /** {@return the Lambda functions lifecycle hooks invoke, as a test registers them} */
  public LifecycleHookTargets lifecycleHooks() {
    return hookTargets;
  }

  /** {@return the states of the CloudWatch alarms deployments watch, as a test sets them} */
  public AlarmStates alarms() {
    return alarms;
  }

  // ---- services and deployments ----

  /**
   * CreateService (or a service of the deployed description): its first deployment, reconciled next.
   *
   * @param cluster the cluster
   * @param service the service's configuration
   * @param arn the service's ARN
   * @param revision its task definition revision
   * @return the new service
   */
  public ServiceRecord create(ClusterRecord cluster, Service service, String arn, TaskDefinitionRevision revision) {
    services.remove(cluster.name() + "/" + service.serviceName());
    ServiceRecord record = new ServiceRecord(cluster, arn, service, loop.now());
    record.rollouts.add(newRollout(record, revision, service.loadBalancers()));
    ServiceDeployment first = newDeployment(record, List.of());
    watcher.started(record, first);
    alarmWatch.start(first);
    services.put(cluster.name() + "/" + service.serviceName(), record);
    requestReconcile();
    return record;
  }

  /**
   * {@return the service by name, INACTIVE ones included (DescribeServices still shows them)}
   *
   * @param cluster the cluster
   * @param name the service's name
   */
  public Optional<ServiceRecord> service(ClusterRecord cluster, String name) {
    return Optional.ofNullable(services.get(cluster.name() + "/" + name));
  }

  /**
   * {@return the ACTIVE service of that name, in the named cluster or, without one, in any (the ServiceName and
   * ClusterName dimensions of ECS's CloudWatch metrics)}
   *
   * @param cluster the cluster's name, if known
   * @param name the service's name
   */
  public Optional<ServiceRecord> activeService(Optional<String> cluster, String name) {
    return services.values().stream().filter(s -> s.status == ServiceStatus.ACTIVE && s.name().equals(name)
        && cluster.map(c -> c.equals(s.cluster.name())).orElse(true)).findFirst();
  }

  /**
   * {@return the cluster's ACTIVE services (ListServices leaves out the DRAINING and INACTIVE ones)}
   *
   * @param cluster the cluster
   */
  public List<ServiceRecord> services(ClusterRecord cluster) {
    return services.values().stream().filter(s -> s.cluster == cluster && s.status == ServiceStatus.ACTIVE)
        .toList();
  }

  /**
   * {@return the service a task belongs to, if any}
   *
   * @param task the task
   */
  public Optional<ServiceRecord> ownerOf(TaskRecord task) {
    return task.owner().map(o -> services.get(task.cluster().name() + "/"
        + o.serviceArn().substring(o.serviceArn().lastIndexOf('/') + 1)))
        .filter(s -> s.arn.equals(task.owner().get().serviceArn()));
  }

  /**
   * {@return whether the task is a daemon's: a task of a service with the DAEMON scheduling strategy} Such tasks
   * keep no instance in use for managed scaling and Managed Instances scale-in.
   *
   * @param task the task
   */
  public boolean isDaemonTask(TaskRecord task) {
    return ownerOf(task).map(s -> s.service().schedulingStrategyOrDefault() == SchedulingStrategy.DAEMON)
        .orElse(false);
  }

  /**
   * UpdateService: the service's configuration from now on, and how many tasks it is to run.
   *
   * @param service the service
   * @param configuration its new configuration
   * @param desiredCount its desired count, when the update sets one
   */
  public void update(ServiceRecord service, Service configuration, Optional<Integer> desiredCount) {
    service.service = configuration;
    desiredCount.ifPresent(c -> service.desiredCount = c);
  }

  /**
   * Starts a new deployment of the service: a new PRIMARY rollout of the revision; the previous ones become ACTIVE
   * and drain as it grows.
   *
   * @param service the service
   * @param revision the task definition revision to deploy
   */
  public void deploy(ServiceRecord service, TaskDefinitionRevision revision) {
    RevisionRollout previous = service.primary();
    previous.status = DeploymentStatus.ACTIVE;
    previous.updatedAt = loop.now();
    List<ServiceRevision> sources = service.rollouts.stream().map(RevisionRollout::revision).toList();
    RevisionRollout next = newRollout(service, revision, loadBalancersOfNext(service));
    service.rollouts.add(0, next);
    service.steady = false;
    if (!revision.definition().equals(previous.spec.definition())) {
      throttle.end(service);
    }
    ServiceDeployment deployment = newDeployment(service, sources);
    deployment.previous = Optional.ofNullable(service.lastCompleted);
    watcher.started(service, deployment);
    alarmWatch.start(deployment);
    String definition = next.spec.taskDefinitionArn();
    events.record(service, "has started a deployment (deployment " + next.id + ") of "
        + definition.substring(definition.lastIndexOf('/') + 1) + ".");
    stages.started(service, deployment, next);
    requestReconcile();
  }

  /**
   * The load balancers a new rollout's tasks register with: a BLUE_GREEN, LINEAR or CANARY deployment puts green in
   * whichever of {@code targetGroupArn} and {@code alternateTargetGroupArn} the last completed revision does not
   * use (developer guide, "Application Load Balancer resources for blue/green, linear, and canary deployments":
   * "Amazon ECS automatically registers tasks with the appropriate target group based on the deployment stage").
   */
  private static List<ServiceLoadBalancer> loadBalancersOfNext(ServiceRecord service) {
    List<ServiceLoadBalancer> configured = service.service.loadBalancers();
    RevisionRollout blue = service.lastCompleted;
    if (!LifecycleStages.shiftsTraffic(deploymentConfiguration(service.service)) || blue == null) {
      return configured;
    }
    List<ServiceLoadBalancer> next = new ArrayList<>();
    for (int i = 0; i < configured.size(); i++) {
      ServiceLoadBalancer entry = configured.get(i);
      Optional<String> alternate = entry.advancedConfiguration().flatMap(a -> a.alternateTargetGroupArn());
      Optional<String> blueGroup = i < blue.loadBalancers.size() ? blue.loadBalancers.get(i).targetGroupArn()
          : Optional.empty();
      if (alternate.isPresent() && blueGroup.equals(entry.targetGroupArn())) {
        next.add(ServiceLoadBalancer.builder().from(entry).targetGroupArn(alternate.get()).build());
      } else {
        next.add(entry);
      }
    }
    return next;
  }

  /**
   * DeleteService: no more tasks; the service drains, then becomes INACTIVE.
   *
   * @param service the service
   */
  public void delete(ServiceRecord service) {
    service.desiredCount = 0;
    service.status = ServiceStatus.DRAINING;
    events.record(service, "has begun draining.");
    watcher.deleted(service);
    reconcileNow();
  }

  /**
   * Application Auto Scaling's UpdateService: a new desired count, no new deployment.
   *
   * @param service the service
   * @param desiredCount the new desired count
   */
  public void setDesiredCount(ServiceRecord service, int desiredCount) {
    service.desiredCount = desiredCount;
    requestReconcile();
  }

  // ---- reconciling ----

  /** Something changed that may need the scheduler: look again as soon as the current action is done. */
  public void requestReconcile() {
    if (!reconcileScheduled) {
      reconcileScheduled = true;
      loop.schedule(Duration.ZERO, () -> {
        reconcileScheduled = false;
        reconcileEach();
      });
    }
  }

  /**
   * Reconciles every service at once: for changes made through the API (UpdateService, draining an instance),
   * so that what the call returns, and a wait that follows it, already see the scheduler's response.
   */
  public void reconcileNow() {
    reconcileEach();
  }

  /**
   * Room was added to a cluster (an instance registered): its services that the placement throttle holds back try
   * again soon.
   *
   * @param cluster the cluster
   */
  public void roomAdded(ClusterRecord cluster) {
    for (ServiceRecord service : services.values()) {
      if (service.cluster == cluster) {
        throttle.roomAdded(service);
      }
    }
  }

  /**
   * Each service on its own: whatever goes wrong with one (a launch the control plane refuses) becomes that
   * service's event and a later try, as ECS reports a task it cannot place, and never reaches the caller or the
   * other services.
   */
  private void reconcileEach() {
    for (ServiceRecord service : List.copyOf(services.values())) {
      try {
        reconcile(service);
      } catch (RuntimeException e) {
        LOG.warn("the service scheduler could not reconcile {}", LogText.escape(service.arn), e);
        applier.unableToPlaceBecause(service, LogText.escape(String.valueOf(e.getMessage())));
      }
    }
  }

  /**
   * A service task stopped: a task that never became healthy counts as a failed task of its rollout, and a task
   * that failed to start may throttle the service.
   *
   * @param task the stopped task
   */
  public void taskStopped(TaskRecord task) {
    ServiceTaskFacts.ServiceTask marks = facts.forget(task);
    if (task.owner().isEmpty()) {
      return;
    }
    Optional<ServiceRecord> service = ownerOf(task);
    if (service.isPresent() && isFailure(task, marks)) {
      ServiceTaskFacts.rolloutOf(service.get(), task).ifPresent(rollout -> {
        rollout.failedTasks++;
        rollout.breakerFailures++;
        rollout.updatedAt = loop.now();
      });
    }
    service.ifPresent(s -> throttle.taskStopped(s, task, marks.launchBatch));
    requestReconcile();
  }

  /**
   * An INACTIVE service is forgotten an hour after it became INACTIVE: DescribeServices then answers
   * ServiceNotFoundException. DeleteService: "in the future, INACTIVE services may be cleaned up and purged from
   * Amazon ECS record keeping, and DescribeServices calls on those services return a ServiceNotFoundException
   * error" (ECS publishes no delay; an hour, as for stopped tasks).
   */
  private void forget(ServiceRecord service) {
    String key = service.cluster.name() + "/" + service.name();
    if (services.get(key) == service) {
      services.remove(key);
    }
    forgetListeners.forEach(l -> l.accept(service));
  }

  /**
   * Tells {@code listener} of every INACTIVE service the scheduler forgets (what else keeps it forgets it too).
   *
   * @param listener told of each service forgotten
   */
  public void onForgotten(Consumer<ServiceRecord> listener) {
    forgetListeners.add(listener);
  }

  private static boolean isFailure(TaskRecord task, ServiceTaskFacts.ServiceTask marks) {
    StopCode code = task.stopCode().orElse(null);
    boolean failedHealth = task.stoppedReason().map(r -> r.startsWith("Task failed")).orElse(false);
    return code == StopCode.TaskFailedToStart || code == StopCode.EssentialContainerExited && !marks.everHealthy
        || failedHealth;
  }

  private void reconcile(ServiceRecord service) {
    if (service.status == ServiceStatus.INACTIVE) {
      return;
    }
    List<TaskRecord> active = tasks.runningOf(service.arn);
    if (service.status == ServiceStatus.DRAINING) {
      applier.drain(service, active);
      if (!tasks.hasLiveOf(service.arn)) {
        service.status = ServiceStatus.INACTIVE;
        loop.scheduleBackground(INACTIVE_RETENTION, () -> forget(service));
      }
      return;
    }
    applier.apply(service, HealthReview.of(service, active, facts, loop.now()));
    CircuitBreaker.check(service).ifPresent(trip -> applier.apply(service, trip));
    rollingAlarm(service);
    active = tasks.runningOf(service.arn);
    DeploymentStrategy strategy = service.service.schedulingStrategyOrDefault() == SchedulingStrategy.DAEMON
        ? daemon : replica;
    applier.apply(service, strategy.plan(service, active, facts, loop.now()));
    stages.advance(service);
    watcher.settle(service);
    stages.advance(service);
  }

  /**
   * A ROLLING deployment whose alarm went into ALARM during the rollout or its bake time fails: it rolls back to
   * the revision it started from with the alarms' rollback option, else it stops (developer guide, "How CloudWatch
   * alarms detect Amazon ECS deployment failures"). The traffic-shifting strategies check theirs in
   * {@link LifecycleStages}.
   */
  private void rollingAlarm(ServiceRecord service) {
    ServiceDeployment deployment = service.latestDeployment();
    if (deployment.status != ServiceDeploymentStatus.IN_PROGRESS || service.shift != null
        && service.shift.deployment == deployment) {
      return;
    }
    Optional<String> firing = alarmWatch.firing(deployment);
    if (firing.isEmpty()) {
      return;
    }
    String reason = "ECS deployment alarm: " + firing.get() + " is in ALARM.";
    RevisionRollout failed = service.primary();
    failed.rolloutState = RolloutState.FAILED;
    failed.rolloutStateReason = Optional.of(reason);
    failed.updatedAt = loop.now();
    events.record(service, "(deployment " + failed.id + ") deployment failed: alarm " + firing.get()
        + " is in ALARM.");
    Optional<RevisionRollout> to = deployment.previous.filter(p -> p != failed
        && DeploymentAlarmWatch.rollback(deployment));
    watcher.failed(deployment, FailureCause.ALARM, reason, to);
    to.ifPresent(p -> applier.rollBack(service, p));
  }

  /**
   * StopServiceDeployment (developer guide, "Stopping Amazon ECS service deployments"): ROLLBACK takes the service
   * back to the last completed revision even without the rollback option; ABORT stops the deployment where it is
   * (A9). The deployment must be the service's latest and not over.
   *
   * @param service the service
   * @param deployment its deployment
   * @param rollback ROLLBACK rather than ABORT
   * @throws ConflictException when the deployment is over or a newer one took over, or there is nothing to roll
   *     back to
   */
  public void stopDeployment(ServiceRecord service, ServiceDeployment deployment, boolean rollback) {
    if (deployment.status.isOver() || deployment != service.latestDeployment()) {
      throw new ConflictException("The service deployment " + deployment.arn + " is " + deployment.status
          + "; only a service deployment in progress can be stopped.");
    }
    RevisionRollout to = service.lastCompleted;
    if (rollback && (to == null || to == service.primary())) {
      throw new ConflictException("The service deployment " + deployment.arn
          + " has no previous service revision to roll back to.");
    }
    String reason = "ECS deployment stopped by StopServiceDeployment (" + (rollback ? "ROLLBACK" : "ABORT") + ").";
    if (!stages.stop(service, deployment, reason, rollback)) {
      RevisionRollout failed = service.primary();
      failed.rolloutState = RolloutState.FAILED;
      failed.rolloutStateReason = Optional.of(reason);
      failed.updatedAt = loop.now();
      events.record(service, "(deployment " + failed.id + ") deployment stopped: " + reason);
      watcher.failed(deployment, FailureCause.STOPPED, reason, rollback ? Optional.of(to) : Optional.empty());
      if (rollback) {
        applier.rollBack(service, to);
      }
    }
    reconcileNow();
  }

  /**
   * {@return how many tasks of a revision the service has}
   *
   * @param service the service
   * @param revision one of its revisions
   */
  public RevisionCounts revisionCounts(ServiceRecord service, ServiceRevision revision) {
    int running = 0;
    int pending = 0;
    for (TaskRecord task : tasks.runningOf(service.arn)) {
      Optional<RevisionRollout> rollout = ServiceTaskFacts.rolloutOf(service, task);
      if (rollout.isPresent() && rollout.get().revision.arn().equals(revision.arn())) {
        if (task.lastStatus() == TaskStatus.RUNNING) {
          running++;
        } else {
          pending++;
        }
      }
    }
    return new RevisionCounts(running + pending, running, pending);
  }

  // ---- reading ----

  /**
   * {@return the service's tasks whose desired status is still RUNNING, oldest first}
   *
   * @param service the service
   */
  public List<TaskRecord> activeTasks(ServiceRecord service) {
    return tasks.runningOf(service.arn);
  }

  /**
   * {@link ServiceDescription#isSteady()} of the service now, without building the snapshot.
   *
   * @param service the service
   * @return whether it is steady
   */
  public boolean isSteady(ServiceRecord service) {
    return descriptions.isSteady(service);
  }

  /**
   * Whether DescribeServices of the service now shows one deployment and as many RUNNING tasks as desired (the
   * services-stable waiter's success), without building the snapshot.
   *
   * @param service the service
   * @return whether it is stable
   */
  public boolean isStable(ServiceRecord service) {
    return descriptions.isStable(service);
  }

  /**
   * {@return the service as DescribeServices shows it}
   *
   * @param service the service
   */
  public ServiceDescription describe(ServiceRecord service) {
    return descriptions.describe(service);
  }

  // ---- making revisions and deployments ----

  private RevisionRollout newRollout(ServiceRecord service, TaskDefinitionRevision revision,
      List<ServiceLoadBalancer> loadBalancers) {
    String digits = newDigits();
    String id = "ecs-svc/" + digits;
    Service configuration = service.service;
    ServiceRevision serviceRevision = new ServiceRevision(arn(service, "service-revision", digits), service.arn,
        service.cluster.arn(), revision.arn(), configuration.launchType(), configuration.capacityProviderStrategy(),
        loadBalancers, configuration.networkConfiguration(),
        revision.definition().containerDefinitions().stream()
            .map(c -> new ServiceRevision.ContainerImage(c.name(), c.image())).toList(), loop.now());
    List<PlacementConstraint> constraints = new ArrayList<>(configuration.placementConstraints());
    constraints.addAll(revision.definition().placementConstraints());
    LaunchSpec spec = new LaunchSpec(revision.definition(), revision.arn(), service.group(), Optional.of(id),
        Optional.of(new TaskOwner(service.arn, id)), constraints, strategies(configuration),
        configuration.networkConfiguration());
    return new RevisionRollout(id, serviceRevision, spec, deploymentConfiguration(configuration), loadBalancers,
        loop.now());
  }

  private ServiceDeployment newDeployment(ServiceRecord service, List<ServiceRevision> sources) {
    RevisionRollout rollout = service.primary();
    String digits = rollout.id.substring("ecs-svc/".length());
    return new ServiceDeployment(arn(service, "service-deployment", digits), service.arn, service.cluster.arn(),
        rollout, sources, service.desiredCount, loop.now());
  }

  /** {@code arn:aws:ecs:<region>:<account>:<type>/<cluster>/<service>/<id>}, in the service's account. */
  private static String arn(ServiceRecord service, String type, String id) {
    return service.arn.replace(":service/", ":" + type + "/") + "/" + id;
  }

  private String newDigits() {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 19; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }

  /** The deployment configuration in force, with ECS's defaults (100/200; DAEMON 0/100). */
  private static DeploymentConfiguration deploymentConfiguration(Service service) {
    boolean isDaemon = service.schedulingStrategyOrDefault() == SchedulingStrategy.DAEMON;
    DeploymentConfiguration given = service.deploymentConfiguration()
        .orElse(DeploymentConfiguration.builder().build());
    return DeploymentConfiguration.builder().from(given)
        .minimumHealthyPercent(given.minimumHealthyPercent().orElse(isDaemon ? 0 : 100))
        .maximumPercent(given.maximumPercent().orElse(isDaemon ? 100 : 200))
        .build();
  }

  /** The placement strategies of a service: its own, else ECS's default for services on EC2. */
  private static List<PlacementStrategy> strategies(Service service) {
    return service.placementStrategy().isEmpty()
        ? List.of(PlacementStrategy.spread("attribute:ecs.availability-zone"))
        : service.placementStrategy();
  }
}
