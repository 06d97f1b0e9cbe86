package dev.ecsdsl.control.services;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.launch.LaunchSpec;
import dev.ecsdsl.control.launch.LaunchTarget;
import dev.ecsdsl.control.launch.LaunchTargets;
import dev.ecsdsl.control.launch.Launched;
import dev.ecsdsl.control.launch.TaskLauncher;
import dev.ecsdsl.control.loadbalancing.LoadBalancing;
import dev.ecsdsl.control.loadbalancing.TargetRecord;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.placement.TaskDemand;
import dev.ecsdsl.control.taskdefinitions.TaskDefinitionRevision;
import dev.ecsdsl.control.tasks.TaskLifecycle;
import dev.ecsdsl.control.tasks.TaskOwner;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.control.tasks.TaskStore;
import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.Deployment;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceEvent;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * ECS's service scheduler: keeps each REPLICA service at its desired count and each DAEMON service at one
 * task per eligible instance, replaces tasks that stop or fail their health checks, and rolls deployments
 * forward within {@code minimumHealthyPercent} / {@code maximumPercent}. It reconciles after every change
 * that matters (a task's status or health, an instance, an UpdateService), never on a timer of its own,
 * so an idle runtime stays idle.
 */
public final class ServiceScheduler {
  /** How long the scheduler waits before it tries again to place tasks that found no place. */
  static final Duration PLACEMENT_RETRY = Duration.ofSeconds(30);
  private static final int MAX_EVENTS = 100;
  /**
   * How long a RUNNING task without container health checks, of a service without a load balancer, runs
   * before it counts toward {@code minimumHealthyPercent} (DeploymentConfiguration API reference: "the
   * service scheduler will wait for 40 seconds after a task reaches a RUNNING state").
   */
  static final Duration UNCHECKED_TASK_SETTLING = Duration.ofSeconds(40);
  /** Start failures in a row after which the service throttle logic delays the next launch. */
  static final int THROTTLE_AFTER = 3;
  /** The longest delay of the service throttle logic ("up to a maximum of 27 minutes"). */
  static final Duration MAX_THROTTLE = Duration.ofMinutes(27);

  private final EventLoop loop;
  private final EventLog log;
  private final TaskLifecycle lifecycle;
  private final TaskStore tasks;
  private final TaskLauncher launcher;
  private final LoadBalancing loadBalancing;
  private final RandomGenerator random;
  private final Map<String, ServiceRecord> services = new LinkedHashMap<>();
  /** What the scheduler keeps of each live task it owns. */
  private final Map<TaskRecord, ServiceTask> serviceTasks = new HashMap<>();
  private boolean reconcileScheduled;
  private long eventSequence;

  /**
   * The service scheduler of a control plane.
   *
   * @param loop the clock
   * @param log where service events are recorded
   * @param lifecycle stops tasks
   * @param launcher places and starts tasks
   * @param loadBalancing registers service tasks with their target groups and knows their health there
   * @param random the seeded source of deployment ids
   */
  public ServiceScheduler(EventLoop loop, EventLog log, TaskLifecycle lifecycle, TaskLauncher launcher,
      LoadBalancing loadBalancing, RandomGenerator random) {
    this.loop = loop;
    this.log = log;
    this.lifecycle = lifecycle;
    this.tasks = lifecycle.store();
    this.launcher = launcher;
    this.loadBalancing = loadBalancing;
    this.random = random;
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
    String id = newDeploymentId();
    record.deployments.add(new ServiceDeployment(id, serviceSpec(arn, service, revision, id),
        configuration(service), loop.now()));
    services.put(cluster.name() + "/" + service.serviceName(), record);
    requestReconcile();
    return record;
  }

  /** What a deployment of a service launches: its task definition revision, group, network and placement rules. */
  private static LaunchSpec serviceSpec(String serviceArn, Service service, TaskDefinitionRevision revision,
      String deploymentId) {
    List<PlacementConstraint> constraints = new ArrayList<>(service.placementConstraints());
    constraints.addAll(revision.definition().placementConstraints());
    return new LaunchSpec(revision.definition(), revision.arn(), "service:" + service.serviceName(),
        Optional.of(deploymentId), Optional.of(new TaskOwner(serviceArn, deploymentId)), constraints,
        strategies(service), service.networkConfiguration());
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
   * DeleteService: no more tasks; the service drains, then becomes INACTIVE.
   *
   * @param service the service
   */
  public void delete(ServiceRecord service) {
    service.desiredCount = 0;
    service.status = ServiceStatus.DRAINING;
    event(service, "(service " + service.name() + ") has begun draining.");
    reconcileNow();
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
   * Starts a new PRIMARY deployment; the previous ones become ACTIVE and drain as the new one grows.
   *
   * @param service the service
   * @param revision the task definition revision to deploy
   */
  public void deploy(ServiceRecord service, TaskDefinitionRevision revision) {
    ServiceDeployment previous = service.primary();
    previous.status = DeploymentStatus.ACTIVE;
    previous.updatedAt = loop.now();
    String id = newDeploymentId();
    LaunchSpec spec = serviceSpec(service.arn, service.service, revision, id);
    ServiceDeployment next = new ServiceDeployment(id, spec, configuration(service.service), loop.now());
    service.deployments.add(0, next);
    service.steady = false;
    if (!revision.definition().equals(previous.spec.definition())) {
      endThrottle(service);
    }
    event(service, "(service " + service.name() + ") has started a deployment (deployment " + next.id + ") of "
        + taskDefinitionName(spec) + ".");
    requestReconcile();
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

  /** Something changed that may need the scheduler: look again as soon as the current action is done. */
  public void requestReconcile() {
    if (!reconcileScheduled) {
      reconcileScheduled = true;
      loop.schedule(Duration.ZERO, () -> {
        reconcileScheduled = false;
        services.values().forEach(this::reconcile);
      });
    }
  }

  /**
   * Reconciles every service at once: for changes made through the API (UpdateService, draining an
   * instance), so that what the call returns, and a wait that follows it, already see the scheduler's
   * response.
   */
  public void reconcileNow() {
    services.values().forEach(this::reconcile);
  }

  /**
   * A service task stopped: a task that never became healthy counts as a failed task of its deployment.
   *
   * @param task the stopped task
   */
  public void taskStopped(TaskRecord task) {
    ServiceTask marks = serviceTasks.remove(task);
    if (task.owner().isEmpty()) {
      return;
    }
    marks = marks == null ? new ServiceTask() : marks;
    ServiceRecord service = ownerOf(task).orElse(null);
    if (service != null && isFailure(task, marks)) {
      deploymentOf(service, task).ifPresent(deployment -> {
        deployment.failedTasks++;
        deployment.breakerFailures++;
        deployment.updatedAt = loop.now();
      });
    }
    if (service != null && failedToStart(task) && marks.launchBatch > service.lastCountedBatch) {
      service.lastCountedBatch = marks.launchBatch;
      service.lastCountedStartFailure = task.createdAt();
      throttle(service);
    }
    requestReconcile();
  }

  /** Whether the task went from PENDING straight to STOPPED by a failure of its own (not a stop request). */
  private static boolean failedToStart(TaskRecord task) {
    StopCode code = task.stopCode().orElse(null);
    return task.startedAt().isEmpty()
        && (code == StopCode.TaskFailedToStart || code == StopCode.EssentialContainerExited);
  }

  /**
   * ECS's service throttle logic (developer guide, "Amazon ECS service throttle logic"): when a service's
   * tasks repeatedly fail to reach RUNNING, "the time between subsequent restart attempts is incrementally
   * increased up to a maximum of 27 minutes", with the event "is unable to consistently start tasks
   * successfully". ECS does not publish the steps; here a batch of tasks launched together counts once
   * (also when a failure takes no time and the next batch follows at the same instant),
   * and from the third failed batch in a row the wait doubles from 15 s up to 27 min. A task that reaches
   * RUNNING or a deployment of another task definition ends the throttle.
   */
  private void throttle(ServiceRecord service) {
    int failures = ++service.consecutiveStartFailures;
    if (failures < THROTTLE_AFTER) {
      return;
    }
    Duration delay = throttleDelay(failures);
    event(service, "(service " + service.name() + ") is unable to consistently start tasks successfully.");
    Instant until = loop.now().plus(delay);
    if (until.isAfter(service.retryAt)) {
      service.retryAt = until;
      loop.scheduleBackground(delay, this::requestReconcile);
    }
  }

  /** The throttle's wait after the given number of failed launch batches in a row. */
  static Duration throttleDelay(int failures) {
    long seconds = 15L << Math.min(Math.max(failures - THROTTLE_AFTER, 0), 16);
    return Duration.ofSeconds(Math.min(seconds, MAX_THROTTLE.toSeconds()));
  }

  private void endThrottle(ServiceRecord service) {
    service.consecutiveStartFailures = 0;
    service.retryAt = loop.now();
  }

  private static boolean isFailure(TaskRecord task, ServiceTask marks) {
    StopCode code = task.stopCode().orElse(null);
    boolean failedHealth = task.stoppedReason().map(r -> r.startsWith("Task failed")).orElse(false);
    return code == StopCode.TaskFailedToStart || code == StopCode.EssentialContainerExited && !marks.everHealthy
        || failedHealth;
  }

  // ---- reconcile ----

  private void reconcile(ServiceRecord service) {
    if (service.status == ServiceStatus.INACTIVE) {
      return;
    }
    List<TaskRecord> active = activeTasks(service);
    if (service.status == ServiceStatus.DRAINING) {
      // DeleteService: every task stops, whatever the scheduling strategy or the deployment's state; the
      // service is INACTIVE once none is left, stopping ones included.
      stop(service, active, "Scaling activity initiated by (service " + service.name() + " deletion)");
      if (!tasks.hasLiveOf(service.arn)) {
        service.status = ServiceStatus.INACTIVE;
      }
      return;
    }
    for (TaskRecord task : active) {
      if (task.lastStatus() == TaskStatus.RUNNING) {
        deploymentOf(service, task).ifPresent(d -> d.reachedRunning = true);
        if (service.primary().id.equals(deploymentId(task))
            && task.startedAt().filter(s -> s.isAfter(service.lastCountedStartFailure)).isPresent()) {
          service.consecutiveStartFailures = 0;
        }
      }
      ServiceTask marks = marks(task);
      if (!marks.everHealthy && isHealthy(task)) {
        marks.everHealthy = true;
        deploymentOf(service, task).filter(d -> breaker(d).map(b -> b.resetOnHealthyTaskOrDefault()).orElse(false))
            .ifPresent(d -> d.breakerFailures = 0);
      }
    }
    if (!service.service.loadBalancers().isEmpty()) {
      active.stream().filter(t -> t.lastStatus() == TaskStatus.RUNNING && !loadBalancing.isRegistered(t))
          .forEach(t -> loadBalancing.register(t, service.service.loadBalancers()));
    }
    stopUnhealthy(service, active);
    checkCircuitBreaker(service);
    active = activeTasks(service);
    if (service.service.schedulingStrategyOrDefault() == SchedulingStrategy.DAEMON) {
      reconcileDaemon(service, active);
    } else {
      reconcileReplica(service, active);
    }
    retireDrainedDeployments(service);
    checkSteady(service);
  }

  /**
   * One step of a rolling deployment (ECS: "Rolling update"): start new tasks while running + pending stays
   * within {@code maximumPercent} of the desired count (rounded down), and stop old ones while healthy tasks
   * stay at or above {@code minimumHealthyPercent} (rounded up). Tasks on DRAINING instances are replaced
   * the same way.
   */
  private void reconcileReplica(ServiceRecord service, List<TaskRecord> active) {
    ServiceDeployment primary = service.primary();
    int desired = service.desiredCount;
    int maximum = Math.floorDiv(desired * percent(primary.configuration.maximumPercent(), 200), 100);
    int minimumHealthy = (desired * percent(primary.configuration.minimumHealthyPercent(), 100) + 99) / 100;
    List<TaskRecord> current = new ArrayList<>();
    List<TaskRecord> outdated = new ArrayList<>();
    for (TaskRecord task : active) {
      (primary.id.equals(deploymentId(task)) && !onDrainingInstance(task) ? current : outdated).add(task);
    }
    boolean failed = primary.rolloutState == RolloutState.FAILED;
    int toStart = failed ? 0
        : Math.min(desired - current.size(), Math.max(maximum, desired > 0 ? 1 : 0) - active.size());
    if (toStart > 0 && !loop.now().isBefore(service.retryAt)) {
      current.addAll(start(service, primary, toStart));
    }
    int healthy = (int) active.stream().filter(t -> countsTowardMinimum(service, t)).count();
    List<TaskRecord> toStop = new ArrayList<>();
    for (TaskRecord task : outdated) {
      if (!isHealthy(task)) {
        toStop.add(task);
      }
    }
    for (TaskRecord task : outdated) {
      if (isHealthy(task) && healthy > minimumHealthy && !failed) {
        toStop.add(task);
        healthy -= countsTowardMinimum(service, task) ? 1 : 0;
      }
    }
    if (current.size() > desired) {
      toStop.addAll(scaleInChoice(service, current, current.size() - desired));
    }
    stop(service, toStop, "Scaling activity initiated by (deployment " + primary.id + ")");
  }

  /** ECS's daemon scheduler: one task on each ACTIVE instance that meets the constraints. */
  private void reconcileDaemon(ServiceRecord service, List<TaskRecord> active) {
    ServiceDeployment primary = service.primary();
    List<TaskRecord> toStop = new ArrayList<>();
    int eligible = 0;
    long batch = 0;
    for (InstanceRecord instance : service.cluster.instances()) {
      List<TaskRecord> here = active.stream().filter(t -> t.instance().filter(i -> i == instance).isPresent())
          .toList();
      if (instance.status() != ContainerInstanceStatus.ACTIVE || !meetsConstraints(service, primary, instance)) {
        toStop.addAll(here);
        continue;
      }
      eligible++;
      List<TaskRecord> outdated = here.stream().filter(t -> !primary.id.equals(deploymentId(t))).toList();
      toStop.addAll(outdated);
      if (here.size() == outdated.size() && outdated.isEmpty() && instance.agentConnected()
          && !loop.now().isBefore(service.retryAt)) {
        Launched launched = launcher.launchOn(service.cluster, primary.spec, instance);
        if (launched.task() != null) {
          batch = batch == 0 ? ++service.launchBatches : batch;  // one launch batch per pass over the instances
          marks(launched.task()).launchBatch = batch;
          event(service, "(service " + service.name() + ") has started 1 tasks: " + taskRef(launched.task()) + ".");
        } else {
          unableToPlace(service, launched.explanation());
        }
      }
    }
    service.desiredCount = eligible;
    stop(service, toStop, "Scaling activity initiated by (deployment " + primary.id + ")");
  }

  /** Whether the deployment's memberOf constraints hold for the instance: a daemon asks placement. */
  private static boolean meetsConstraints(ServiceRecord service, ServiceDeployment deployment,
      InstanceRecord instance) {
    if (deployment.spec.constraints().isEmpty()) {
      return true;
    }
    return service.cluster.placement().meetsConstraints(instance.arn(),
        TaskDemand.of(0, 0, deployment.spec.group()).withConstraints(deployment.spec.constraints()));
  }

  private List<TaskRecord> start(ServiceRecord service, ServiceDeployment deployment, int count) {
    List<TaskRecord> started = new ArrayList<>();
    List<LaunchTarget> targets = LaunchTargets.of(service.cluster, service.service.launchType(),
        service.service.capacityProviderStrategy(), count);
    long batch = ++service.launchBatches;
    for (LaunchTarget target : targets) {
      Launched launched = launcher.launch(service.cluster, deployment.spec, target);
      if (launched.task() == null) {
        unableToPlace(service, launched.explanation());
        break;
      }
      marks(launched.task()).launchBatch = batch;
      started.add(launched.task());
    }
    if (!started.isEmpty()) {
      event(service, "(service " + service.name() + ") has started " + started.size() + " tasks: "
          + String.join(" ", started.stream().map(ServiceScheduler::taskRef).toList()) + ".");
    }
    return started;
  }

  private void unableToPlace(ServiceRecord service, String explanation) {
    event(service, "(service " + service.name() + ") was unable to place a task because no container instance"
        + " met all of its requirements. " + explanation);
    service.retryAt = loop.now().plus(PLACEMENT_RETRY);
    loop.scheduleBackground(PLACEMENT_RETRY, this::requestReconcile);
  }

  /**
   * Which tasks go when a service scales in: tasks not yet RUNNING first, then, as ECS does with spread,
   * tasks from the zone that has the most, newest first.
   */
  private List<TaskRecord> scaleInChoice(ServiceRecord service, List<TaskRecord> current, int count) {
    List<TaskRecord> pool = new ArrayList<>(current);
    List<TaskRecord> chosen = new ArrayList<>();
    while (chosen.size() < count) {
      Map<String, Long> perZone = new LinkedHashMap<>();
      pool.forEach(t -> perZone.merge(t.launch().availabilityZone(), 1L, Long::sum));
      Function<TaskRecord, Long> zoneLoad = t -> perZone.get(t.launch().availabilityZone());
      TaskRecord next = pool.stream()
          .max(Comparator.comparing((TaskRecord t) -> t.lastStatus() != TaskStatus.RUNNING)
              .thenComparing(zoneLoad)
              .thenComparing(TaskRecord::createdAt))
          .orElseThrow();
      pool.remove(next);
      chosen.add(next);
    }
    return chosen;
  }

  /**
   * Tasks whose essential containers fail their health checks are stopped and replaced, once the health
   * check grace period since the task started has passed.
   */
  private void stopUnhealthy(ServiceRecord service, List<TaskRecord> active) {
    Duration grace = Duration.ofSeconds(service.service.healthCheckGracePeriodSeconds().orElse(0));
    List<TaskRecord> unhealthy = active.stream()
        .filter(t -> t.lastStatus() == TaskStatus.RUNNING && unhealthy(t))
        .filter(t -> t.startedAt().map(s -> !loop.now().isBefore(s.plus(grace))).orElse(false))
        .toList();
    for (TaskRecord task : unhealthy) {
      Optional<TargetRecord> target = loadBalancing.unhealthyTarget(task);
      if (target.isPresent()) {
        event(service, "(service " + service.name() + ") (task " + task.taskId() + ") (port "
            + target.get().port() + ") is unhealthy in (target-group " + targetGroupName(service, target.get())
            + ") due to (reason " + target.get().description().orElse(target.get().reason().orElse("")) + ").");
      } else {
        event(service, "(service " + service.name() + ") " + taskRef(task) + " failed container health checks.");
      }
    }
    if (!unhealthy.isEmpty()) {
      event(service, "(service " + service.name() + ") has stopped " + unhealthy.size() + " running tasks: "
          + String.join(" ", unhealthy.stream().map(ServiceScheduler::taskRef).toList()) + ".");
      unhealthy.forEach(t -> lifecycle.stop(t, StopCode.ServiceSchedulerInitiated,
          loadBalancing.unhealthyTarget(t).isPresent() ? "Task failed ELB health checks"
              : "Task failed container health checks"));
    }
    for (TaskRecord task : active) {
      if (task.lastStatus() == TaskStatus.RUNNING && unhealthy(task)
          && !unhealthy.contains(task) && !marks(task).graceTimerArmed) {
        marks(task).graceTimerArmed = true;
        loop.schedule(Duration.between(loop.now(), task.startedAt().get().plus(grace)), this::requestReconcile);
      }
    }
  }

  private void stop(ServiceRecord service, List<TaskRecord> tasks, String reason) {
    if (tasks.isEmpty()) {
      return;
    }
    event(service, "(service " + service.name() + ") has stopped " + tasks.size() + " running tasks: "
        + String.join(" ", tasks.stream().map(ServiceScheduler::taskRef).toList()) + ".");
    tasks.forEach(t -> lifecycle.stop(t, StopCode.ServiceSchedulerInitiated, reason));
  }

  private void retireDrainedDeployments(ServiceRecord service) {
    List<TaskRecord> active = activeTasks(service);
    service.deployments.removeIf(d -> d != service.primary()
        && active.stream().noneMatch(t -> d.id.equals(deploymentId(t))));
  }

  private void checkSteady(ServiceRecord service) {
    List<TaskRecord> active = activeTasks(service);
    ServiceDeployment primary = service.primary();
    long healthy = active.stream().filter(t -> primary.id.equals(deploymentId(t)) && isHealthy(t)).count();
    boolean steady = service.deployments.size() == 1 && active.size() == service.desiredCount
        && healthy == service.desiredCount;
    if (steady && primary.rolloutState == RolloutState.IN_PROGRESS) {
      service.lastCompleted = primary;
      primary.rolloutState = RolloutState.COMPLETED;
      primary.rolloutStateReason = Optional.of("ECS deployment " + primary.id + " completed.");
      primary.updatedAt = loop.now();
      event(service, "(service " + service.name() + ") (deployment " + primary.id + ") deployment completed.");
    }
    if (steady && !service.steady) {
      event(service, "(service " + service.name() + ") has reached a steady state.");
    }
    service.steady = steady;
  }

  /**
   * ECS's deployment circuit breaker: when the PRIMARY deployment's failed tasks reach the threshold, the
   * deployment is FAILED and stops launching tasks; with rollback on, a new deployment of the last
   * COMPLETED one takes over. Failures are counted in two stages, as ECS documents: tasks that never
   * reach RUNNING, then, once one has, tasks that fail their health checks.
   */
  private void checkCircuitBreaker(ServiceRecord service) {
    ServiceDeployment primary = service.primary();
    Optional<DeploymentCircuitBreaker> breaker = breaker(primary);
    if (breaker.isEmpty() || primary.rolloutState != RolloutState.IN_PROGRESS
        || primary.breakerFailures < breaker.get().failureThreshold(service.desiredCount)) {
      return;
    }
    String why = primary.reachedRunning ? "tasks failed health checks" : "tasks failed to start";
    primary.rolloutState = RolloutState.FAILED;
    primary.rolloutStateReason = Optional.of("ECS deployment circuit breaker: " + why + ".");
    primary.updatedAt = loop.now();
    event(service, "(service " + service.name() + ") (deployment " + primary.id + ") deployment failed: " + why
        + ".");
    if (breaker.get().rollback() && service.lastCompleted != null) {
      rollBack(service, service.lastCompleted);
    }
  }

  /**
   * The circuit breaker's rollback (developer guide, "How the Amazon ECS deployment circuit breaker detects
   * failures"): the last COMPLETED deployment becomes PRIMARY again and goes from COMPLETED to IN_PROGRESS,
   * keeping the tasks it still has; it "is not eligible for another rollback until it reaches a COMPLETED
   * state", so if it fails too, the service stalls.
   */
  private void rollBack(ServiceRecord service, ServiceDeployment target) {
    ServiceDeployment failed = service.primary();
    event(service, "(service " + service.name() + ") rolling back to deployment " + target.id + ".");
    failed.status = DeploymentStatus.ACTIVE;
    service.deployments.remove(target);
    service.deployments.add(0, target);
    target.status = DeploymentStatus.PRIMARY;
    target.rolloutState = RolloutState.IN_PROGRESS;
    target.rolloutStateReason = Optional.of("ECS deployment circuit breaker: rolling back to deploymentId "
        + target.id + ".");
    target.breakerFailures = 0;
    target.updatedAt = loop.now();
    service.lastCompleted = null;
    service.steady = false;
    endThrottle(service);
    requestReconcile();
  }

  private static Optional<DeploymentCircuitBreaker> breaker(ServiceDeployment deployment) {
    return deployment.configuration.deploymentCircuitBreaker().filter(DeploymentCircuitBreaker::enable);
  }

  private static Optional<ServiceDeployment> deploymentOf(ServiceRecord service, TaskRecord task) {
    String id = deploymentId(task);
    return service.deployments.stream().filter(d -> d.id.equals(id)).findFirst();
  }

  // ---- helpers ----

  private static String deploymentId(TaskRecord task) {
    return task.owner().map(TaskOwner::deploymentId).orElse(null);
  }

  private ServiceTask marks(TaskRecord task) {
    return serviceTasks.computeIfAbsent(task, t -> new ServiceTask());
  }

  /**
   * {@return the service's tasks whose desired status is still RUNNING, oldest first}
   *
   * @param service the service
   */
  public List<TaskRecord> activeTasks(ServiceRecord service) {
    return tasks.runningOf(service.arn);
  }

  /**
   * A task counts as healthy when it is RUNNING and, if its essential containers have health checks,
   * they all pass.
   */
  private boolean isHealthy(TaskRecord task) {
    if (task.lastStatus() != TaskStatus.RUNNING || task.isStopping()) {
      return false;
    }
    HealthStatus health = task.health();
    boolean containersHealthy = task.hasHealthCheck() ? health == HealthStatus.HEALTHY
        : health != HealthStatus.UNHEALTHY;
    return containersHealthy && loadBalancing.healthy(task);
  }

  /**
   * Whether a healthy task counts toward {@code minimumHealthyPercent} yet: at once with container health
   * checks or a load balancer, else a task of the PRIMARY deployment counts {@link #UNCHECKED_TASK_SETTLING}
   * after it reached RUNNING (the rule is about the tasks a deployment launches; the ones it replaces have
   * counted already).
   */
  private boolean countsTowardMinimum(ServiceRecord service, TaskRecord task) {
    if (!isHealthy(task)) {
      return false;
    }
    if (!service.service.loadBalancers().isEmpty() || task.hasHealthCheck()
        || !service.primary().id.equals(deploymentId(task))) {
      return true;
    }
    Instant counted = task.startedAt().orElse(loop.now()).plus(UNCHECKED_TASK_SETTLING);
    if (!loop.now().isBefore(counted)) {
      return true;
    }
    if (!marks(task).minimumTimerArmed) {
      marks(task).minimumTimerArmed = true;
      loop.schedule(Duration.between(loop.now(), counted), this::requestReconcile);
    }
    return false;
  }

  /** Whether the task fails its container health checks or one of its load balancer targets is unhealthy. */
  private boolean unhealthy(TaskRecord task) {
    return task.health() == HealthStatus.UNHEALTHY || loadBalancing.unhealthyTarget(task).isPresent();
  }

  private static String targetGroupName(ServiceRecord service, TargetRecord target) {
    return service.service.loadBalancers().stream().filter(l -> l.containerName().map(target.containerName()::equals)
        .orElse(true)).findFirst().flatMap(l -> l.targetGroupArn()).orElse("?");
  }

  private static boolean onDrainingInstance(TaskRecord task) {
    return task.instance().map(i -> i.status() == ContainerInstanceStatus.DRAINING).orElse(false);
  }

  private static int percent(Optional<Integer> value, int otherwise) {
    return value.orElse(otherwise);
  }

  /** The deployment configuration in force, with ECS's defaults (100/200; DAEMON 0/100). */
  private static DeploymentConfiguration configuration(Service service) {
    boolean daemon = service.schedulingStrategyOrDefault() == SchedulingStrategy.DAEMON;
    DeploymentConfiguration given = service.deploymentConfiguration()
        .orElse(DeploymentConfiguration.builder().build());
    return DeploymentConfiguration.builder().from(given)
        .minimumHealthyPercent(given.minimumHealthyPercent().orElse(daemon ? 0 : 100))
        .maximumPercent(given.maximumPercent().orElse(daemon ? 100 : 200))
        .build();
  }

  /** The placement strategies of a service: its own, else ECS's default for services on EC2. */
  private static List<PlacementStrategy> strategies(Service service) {
    return service.placementStrategy().isEmpty()
        ? List.of(PlacementStrategy.spread("attribute:ecs.availability-zone"))
        : service.placementStrategy();
  }

  private void event(ServiceRecord service, String message) {
    ServiceEvent event = new ServiceEvent(String.format("%08x-%04x", eventSequence, eventSequence++ & 0xffff),
        loop.now(), message);
    service.events.addFirst(event);
    while (service.events.size() > MAX_EVENTS) {
      service.events.removeLast();
    }
    log.record(EventType.SERVICE_EVENT, service.cluster.name(), "service/" + service.name(), message);
  }

  private String newDeploymentId() {
    StringBuilder digits = new StringBuilder("ecs-svc/");
    for (int i = 0; i < 19; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }

  private static String taskRef(TaskRecord task) {
    return "(task " + task.taskId() + ")";
  }

  private static String taskDefinitionName(LaunchSpec spec) {
    String arn = spec.taskDefinitionArn();
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  /**
   * {@link ServiceDescription#isSteady()} of the service now, without building the snapshot: one
   * deployment, COMPLETED, as many RUNNING tasks as desired and none pending.
   *
   * @param service the service
   * @return whether it is steady
   */
  public boolean isSteady(ServiceRecord service) {
    if (service.deployments.size() != 1 || service.primary().rolloutState != RolloutState.COMPLETED) {
      return false;
    }
    int running = 0;
    for (TaskRecord task : activeTasks(service)) {
      if (task.lastStatus().compareTo(TaskStatus.RUNNING) < 0) {
        return false;
      }
      running += task.lastStatus() == TaskStatus.RUNNING ? 1 : 0;
    }
    return running == service.desiredCount;
  }

  /**
   * {@return the service as DescribeServices shows it}
   *
   * @param service the service
   */
  public ServiceDescription describe(ServiceRecord service) {
    List<TaskRecord> active = activeTasks(service);
    ServiceDescription.Builder builder = ServiceDescription.builder()
        .serviceName(service.name())
        .serviceArn(service.arn)
        .clusterArn(service.cluster.arn())
        .status(service.status.name())
        .schedulingStrategy(service.service.schedulingStrategyOrDefault())
        .desiredCount(service.desiredCount)
        .runningCount((int) active.stream().filter(t -> t.lastStatus() == TaskStatus.RUNNING).count())
        .pendingCount((int) active.stream().filter(t -> t.lastStatus().compareTo(TaskStatus.RUNNING) < 0).count())
        .taskDefinition(service.primary().spec.taskDefinitionArn())
        .events(service.events)
        .createdAt(service.createdAt);
    for (ServiceDeployment d : service.deployments) {
      List<TaskRecord> mine = active.stream().filter(t -> d.id.equals(deploymentId(t))).toList();
      builder.addDeployment(Deployment.builder()
          .id(d.id)
          .status(d.status.name())
          .taskDefinition(d.spec.taskDefinitionArn())
          .desiredCount(d == service.primary() ? service.desiredCount : 0)
          .pendingCount((int) mine.stream().filter(t -> t.lastStatus().compareTo(TaskStatus.RUNNING) < 0).count())
          .runningCount((int) mine.stream().filter(t -> t.lastStatus() == TaskStatus.RUNNING).count())
          .failedTasks(d.failedTasks)
          .rolloutState(d.rolloutState.name())
          .rolloutStateReason(d.rolloutStateReason)
          .createdAt(d.createdAt)
          .updatedAt(d.updatedAt)
          .build());
    }
    return builder.build();
  }
}

/** What the service scheduler keeps of one live task it owns. */
final class ServiceTask {
  /** The scheduler's launch batch the task was started in. */
  long launchBatch;
  /** Whether the task has counted as healthy at least once (for the circuit breaker's stages). */
  boolean everHealthy;
  /** Whether the scheduler waits for this unhealthy task's grace period to end. */
  boolean graceTimerArmed;
  /** Whether the scheduler waits for this task's 40 s before it counts toward the minimum. */
  boolean minimumTimerArmed;
}
