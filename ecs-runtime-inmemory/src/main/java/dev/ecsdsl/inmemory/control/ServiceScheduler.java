package dev.ecsdsl.inmemory.control;

import dev.ecsdsl.cql.ClusterQuery;
import dev.ecsdsl.inmemory.clock.EventLoop;
import dev.ecsdsl.inmemory.control.LaunchSpec.Target;
import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementConstraintType;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
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
final class ServiceScheduler {
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

  private final ControlPlane plane;
  private final EventLoop loop;
  private final EventLog log;
  private final TaskLifecycle lifecycle;
  private final RandomGenerator random;
  private final Map<String, ServiceRecord> services = new LinkedHashMap<>();
  private boolean reconcileScheduled;
  private LoadBalancing loadBalancing;
  private long eventSequence;

  ServiceScheduler(ControlPlane plane, EventLoop loop, EventLog log, TaskLifecycle lifecycle,
      RandomGenerator random) {
    this.plane = plane;
    this.loop = loop;
    this.log = log;
    this.lifecycle = lifecycle;
    this.random = random;
  }

  void attach(LoadBalancing balancing) {
    this.loadBalancing = balancing;
  }

  // ---- services and deployments ----

  ServiceRecord create(ClusterState cluster, Service service, String arn, TaskDefinition definition) {
    services.remove(cluster.name() + "/" + service.serviceName());
    ServiceRecord record = new ServiceRecord(cluster, arn, service, loop.now());
    String id = newDeploymentId();
    record.deployments.add(new DeploymentRecord(id, plane.serviceSpec(service, definition, id),
        configuration(service), loop.now()));
    services.put(cluster.name() + "/" + service.serviceName(), record);
    requestReconcile();
    return record;
  }

  /** The service by name, INACTIVE ones included (DescribeServices still shows them). */
  Optional<ServiceRecord> service(ClusterState cluster, String name) {
    return Optional.ofNullable(services.get(cluster.name() + "/" + name));
  }

  /** The cluster's ACTIVE services (ListServices leaves out the DRAINING and INACTIVE ones). */
  List<ServiceRecord> services(ClusterState cluster) {
    return services.values().stream().filter(s -> s.cluster == cluster && s.status.equals("ACTIVE")).toList();
  }

  /** DeleteService: no more tasks; the service drains, then becomes INACTIVE. */
  void delete(ServiceRecord service) {
    service.desiredCount = 0;
    service.status = "DRAINING";
    event(service, "(service " + service.name() + ") has begun draining.");
    reconcileNow();
  }

  /** Starts a new PRIMARY deployment; the previous ones become ACTIVE and drain as the new one grows. */
  void deploy(ServiceRecord service, TaskDefinition definition) {
    DeploymentRecord previous = service.primary();
    previous.status = "ACTIVE";
    previous.updatedAt = loop.now();
    String id = newDeploymentId();
    LaunchSpec spec = plane.serviceSpec(service.service, definition, id);
    DeploymentRecord next = new DeploymentRecord(id, spec, configuration(service.service), loop.now());
    service.deployments.add(0, next);
    service.steady = false;
    if (!definition.equals(previous.spec.definition())) {
      endThrottle(service);
    }
    event(service, "(service " + service.name() + ") has started a deployment (deployment " + next.id + ") of "
        + taskDefinitionName(spec) + ".");
    requestReconcile();
  }

  /** Application Auto Scaling's UpdateService: a new desired count, no new deployment. */
  void setDesiredCount(ServiceRecord service, int desiredCount) {
    service.desiredCount = desiredCount;
    requestReconcile();
  }

  /** Something changed that may need the scheduler: look again as soon as the current action is done. */
  void requestReconcile() {
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
  void reconcileNow() {
    services.values().forEach(this::reconcile);
  }

  /** A service task stopped: a task that never became healthy counts as a failed task of its deployment. */
  void taskStopped(TaskRecord task) {
    if (task.deploymentId == null) {
      return;
    }
    ServiceRecord service = services.get(task.cluster.name() + "/" + task.group.substring("service:".length()));
    if (service != null && isFailure(task)) {
      deploymentOf(service, task).ifPresent(deployment -> {
        deployment.failedTasks++;
        deployment.breakerFailures++;
        deployment.updatedAt = loop.now();
      });
    }
    if (service != null && failedToStart(task) && task.launchBatch > service.lastCountedBatch) {
      service.lastCountedBatch = task.launchBatch;
      service.lastCountedStartFailure = task.createdAt;
      throttle(service);
    }
    requestReconcile();
  }

  /** Whether the task went from PENDING straight to STOPPED by a failure of its own (not a stop request). */
  private static boolean failedToStart(TaskRecord task) {
    StopCode code = task.stopCode.orElse(null);
    return task.startedAt.isEmpty() && (code == StopCode.TaskFailedToStart || code == StopCode.EssentialContainerExited);
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

  private static boolean isFailure(TaskRecord task) {
    StopCode code = task.stopCode.orElse(null);
    boolean failedHealth = task.stoppedReason.map(r -> r.startsWith("Task failed")).orElse(false);
    return code == StopCode.TaskFailedToStart || code == StopCode.EssentialContainerExited && !task.everHealthy
        || failedHealth;
  }

  // ---- reconcile ----

  private void reconcile(ServiceRecord service) {
    if (service.status.equals("INACTIVE")) {
      return;
    }
    List<TaskRecord> active = activeTasks(service);
    if (service.status.equals("DRAINING")) {
      // DeleteService: every task stops, whatever the scheduling strategy or the deployment's state; the
      // service is INACTIVE once none is left, stopping ones included.
      stop(service, active, "Scaling activity initiated by (service " + service.name() + " deletion)");
      if (service.cluster.live().stream().noneMatch(t -> t.group.equals(service.group()))) {
        service.status = "INACTIVE";
      }
      return;
    }
    for (TaskRecord task : active) {
      if (task.lastStatus == TaskStatus.RUNNING) {
        deploymentOf(service, task).ifPresent(d -> d.reachedRunning = true);
        if (service.primary().id.equals(task.deploymentId)
            && task.startedAt.filter(s -> s.isAfter(service.lastCountedStartFailure)).isPresent()) {
          service.consecutiveStartFailures = 0;
        }
      }
      if (!task.everHealthy && isHealthy(task)) {
        task.everHealthy = true;
        deploymentOf(service, task).filter(d -> breaker(d).map(b -> b.resetOnHealthyTaskOrDefault()).orElse(false))
            .ifPresent(d -> d.breakerFailures = 0);
      }
    }
    if (!service.service.loadBalancers().isEmpty()) {
      active.stream().filter(t -> t.lastStatus == TaskStatus.RUNNING && t.targets.isEmpty())
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
    DeploymentRecord primary = service.primary();
    int desired = service.desiredCount;
    int maximum = Math.floorDiv(desired * percent(primary.configuration.maximumPercent(), 200), 100);
    int minimumHealthy = (desired * percent(primary.configuration.minimumHealthyPercent(), 100) + 99) / 100;
    List<TaskRecord> current = new ArrayList<>();
    List<TaskRecord> outdated = new ArrayList<>();
    for (TaskRecord task : active) {
      (primary.id.equals(task.deploymentId) && !onDrainingInstance(task) ? current : outdated).add(task);
    }
    boolean failed = primary.rolloutState.equals("FAILED");
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
    DeploymentRecord primary = service.primary();
    List<TaskRecord> toStop = new ArrayList<>();
    int eligible = 0;
    long batch = 0;
    for (InstanceRecord instance : service.cluster.instances.values()) {
      List<TaskRecord> here = active.stream().filter(t -> t.instance.filter(i -> i == instance).isPresent()).toList();
      if (instance.status != ContainerInstanceStatus.ACTIVE || !meetsConstraints(service, primary, instance)) {
        toStop.addAll(here);
        continue;
      }
      eligible++;
      List<TaskRecord> outdated = here.stream().filter(t -> !primary.id.equals(t.deploymentId)).toList();
      toStop.addAll(outdated);
      if (here.size() == outdated.size() && outdated.isEmpty() && instance.agentConnected
          && !loop.now().isBefore(service.retryAt)) {
        ControlPlane.Launched launched = plane.launchOn(service.cluster, primary.spec, instance);
        if (launched.task() != null) {
          launched.task().deploymentId = primary.id;
          batch = batch == 0 ? ++service.launchBatches : batch;  // one launch batch per pass over the instances
          launched.task().launchBatch = batch;
          event(service, "(service " + service.name() + ") has started 1 tasks: " + taskRef(launched.task()) + ".");
        } else {
          unableToPlace(service, launched.explanation());
        }
      }
    }
    service.desiredCount = eligible;
    stop(service, toStop, "Scaling activity initiated by (deployment " + primary.id + ")");
  }

  private boolean meetsConstraints(ServiceRecord service, DeploymentRecord deployment, InstanceRecord instance) {
    for (PlacementConstraint constraint : deployment.spec.constraints()) {
      if (constraint.type() == PlacementConstraintType.MEMBER_OF
          && !ClusterQuery.parse(constraint.expression().orElseThrow())
              .matches(InstanceViews.of(service.cluster, instance))) {
        return false;
      }
    }
    return true;
  }

  private List<TaskRecord> start(ServiceRecord service, DeploymentRecord deployment, int count) {
    List<TaskRecord> started = new ArrayList<>();
    List<Target> targets = plane.targets(service.cluster, service.service.launchType(),
        service.service.capacityProviderStrategy(), count);
    long batch = ++service.launchBatches;
    for (Target target : targets) {
      ControlPlane.Launched launched = plane.launch(service.cluster, deployment.spec, target);
      if (launched.task() == null) {
        unableToPlace(service, launched.explanation());
        break;
      }
      launched.task().deploymentId = deployment.id;
      launched.task().launchBatch = batch;
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
      pool.forEach(t -> perZone.merge(t.launch.availabilityZone(), 1L, Long::sum));
      Function<TaskRecord, Long> zoneLoad = t -> perZone.get(t.launch.availabilityZone());
      TaskRecord next = pool.stream()
          .max(Comparator.comparing((TaskRecord t) -> t.lastStatus != TaskStatus.RUNNING)
              .thenComparing(zoneLoad)
              .thenComparing(t -> t.createdAt))
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
        .filter(t -> t.lastStatus == TaskStatus.RUNNING && unhealthy(t))
        .filter(t -> t.startedAt.map(s -> !loop.now().isBefore(s.plus(grace))).orElse(false))
        .toList();
    for (TaskRecord task : unhealthy) {
      Optional<TargetRecord> target = LoadBalancing.unhealthyTarget(task);
      if (target.isPresent()) {
        event(service, "(service " + service.name() + ") (task " + task.launch.taskId() + ") (port "
            + target.get().port + ") is unhealthy in (target-group " + targetGroupName(service, target.get())
            + ") due to (reason " + target.get().description.orElse(target.get().reason.orElse("")) + ").");
      } else {
        event(service, "(service " + service.name() + ") " + taskRef(task) + " failed container health checks.");
      }
    }
    if (!unhealthy.isEmpty()) {
      event(service, "(service " + service.name() + ") has stopped " + unhealthy.size() + " running tasks: "
          + String.join(" ", unhealthy.stream().map(ServiceScheduler::taskRef).toList()) + ".");
      unhealthy.forEach(t -> lifecycle.stop(t, StopCode.ServiceSchedulerInitiated,
          LoadBalancing.unhealthyTarget(t).isPresent() ? "Task failed ELB health checks"
              : "Task failed container health checks"));
    }
    for (TaskRecord task : active) {
      if (task.lastStatus == TaskStatus.RUNNING && unhealthy(task)
          && !unhealthy.contains(task) && !task.graceTimerArmed) {
        task.graceTimerArmed = true;
        loop.schedule(Duration.between(loop.now(), task.startedAt.get().plus(grace)), this::requestReconcile);
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
        && active.stream().noneMatch(t -> d.id.equals(t.deploymentId)));
  }

  private void checkSteady(ServiceRecord service) {
    List<TaskRecord> active = activeTasks(service);
    DeploymentRecord primary = service.primary();
    long healthy = active.stream().filter(t -> primary.id.equals(t.deploymentId) && isHealthy(t)).count();
    boolean steady = service.deployments.size() == 1 && active.size() == service.desiredCount
        && healthy == service.desiredCount;
    if (steady && primary.rolloutState.equals("IN_PROGRESS")) {
      service.lastCompleted = primary;
      primary.rolloutState = "COMPLETED";
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
    DeploymentRecord primary = service.primary();
    Optional<DeploymentCircuitBreaker> breaker = breaker(primary);
    if (breaker.isEmpty() || !primary.rolloutState.equals("IN_PROGRESS")
        || primary.breakerFailures < breaker.get().failureThreshold(service.desiredCount)) {
      return;
    }
    String why = primary.reachedRunning ? "tasks failed health checks" : "tasks failed to start";
    primary.rolloutState = "FAILED";
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
  private void rollBack(ServiceRecord service, DeploymentRecord target) {
    DeploymentRecord failed = service.primary();
    event(service, "(service " + service.name() + ") rolling back to deployment " + target.id + ".");
    failed.status = "ACTIVE";
    service.deployments.remove(target);
    service.deployments.add(0, target);
    target.status = "PRIMARY";
    target.rolloutState = "IN_PROGRESS";
    target.rolloutStateReason = Optional.of("ECS deployment circuit breaker: rolling back to deploymentId "
        + target.id + ".");
    target.breakerFailures = 0;
    target.updatedAt = loop.now();
    service.lastCompleted = null;
    service.steady = false;
    endThrottle(service);
    requestReconcile();
  }

  private static Optional<DeploymentCircuitBreaker> breaker(DeploymentRecord deployment) {
    return deployment.configuration.deploymentCircuitBreaker().filter(DeploymentCircuitBreaker::enable);
  }

  private static Optional<DeploymentRecord> deploymentOf(ServiceRecord service, TaskRecord task) {
    return service.deployments.stream().filter(d -> d.id.equals(task.deploymentId)).findFirst();
  }

  // ---- helpers ----

  List<TaskRecord> activeTasks(ServiceRecord service) {
    return service.cluster.running(service.group());
  }

  /**
   * A task counts as healthy when it is RUNNING and, if its essential containers have health checks,
   * they all pass.
   */
  static boolean isHealthy(TaskRecord task) {
    if (task.lastStatus != TaskStatus.RUNNING || task.isStopping()) {
      return false;
    }
    HealthStatus health = Snapshots.health(task);
    boolean containersHealthy = hasHealthCheck(task) ? health == HealthStatus.HEALTHY : health != HealthStatus.UNHEALTHY;
    return containersHealthy && LoadBalancing.healthy(task);
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
    if (!service.service.loadBalancers().isEmpty() || hasHealthCheck(task)
        || !service.primary().id.equals(task.deploymentId)) {
      return true;
    }
    Instant counted = task.startedAt.orElse(loop.now()).plus(UNCHECKED_TASK_SETTLING);
    if (!loop.now().isBefore(counted)) {
      return true;
    }
    if (!task.minimumTimerArmed) {
      task.minimumTimerArmed = true;
      loop.schedule(Duration.between(loop.now(), counted), this::requestReconcile);
    }
    return false;
  }

  private static boolean hasHealthCheck(TaskRecord task) {
    return task.containers.values().stream().anyMatch(c -> c.essential() && c.definition.healthCheck().isPresent());
  }

  /** Whether the task fails its container health checks or one of its load balancer targets is unhealthy. */
  private static boolean unhealthy(TaskRecord task) {
    return Snapshots.health(task) == HealthStatus.UNHEALTHY || LoadBalancing.unhealthyTarget(task).isPresent();
  }

  private static String targetGroupName(ServiceRecord service, TargetRecord target) {
    return service.service.loadBalancers().stream().filter(l -> l.containerName().map(target.containerName::equals)
        .orElse(true)).findFirst().flatMap(l -> l.targetGroupArn()).orElse("?");
  }

  private static boolean onDrainingInstance(TaskRecord task) {
    return task.instance.map(i -> i.status == ContainerInstanceStatus.DRAINING).orElse(false);
  }

  private static int percent(Optional<Integer> value, int otherwise) {
    return value.orElse(otherwise);
  }

  /** The deployment configuration in force, with ECS's defaults (100/200; DAEMON 0/100). */
  static DeploymentConfiguration configuration(Service service) {
    boolean daemon = service.schedulingStrategyOrDefault() == SchedulingStrategy.DAEMON;
    DeploymentConfiguration given = service.deploymentConfiguration()
        .orElse(DeploymentConfiguration.builder().build());
    return DeploymentConfiguration.builder().from(given)
        .minimumHealthyPercent(given.minimumHealthyPercent().orElse(daemon ? 0 : 100))
        .maximumPercent(given.maximumPercent().orElse(daemon ? 100 : 200))
        .build();
  }

  /** The placement strategies of a service: its own, else ECS's default for services on EC2. */
  static List<PlacementStrategy> strategies(Service service) {
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
    return "(task " + task.launch.taskId() + ")";
  }

  private static String taskDefinitionName(LaunchSpec spec) {
    String arn = spec.taskDefinitionArn();
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  /**
   * {@link ServiceDescription#isSteady()} of the service now, without building the snapshot: one
   * deployment, COMPLETED, as many RUNNING tasks as desired and none pending.
   */
  boolean isSteady(ServiceRecord service) {
    if (service.deployments.size() != 1 || !service.primary().rolloutState.equals("COMPLETED")) {
      return false;
    }
    int running = 0;
    for (TaskRecord task : activeTasks(service)) {
      if (task.lastStatus.compareTo(TaskStatus.RUNNING) < 0) {
        return false;
      }
      running += task.lastStatus == TaskStatus.RUNNING ? 1 : 0;
    }
    return running == service.desiredCount;
  }

  /** The service as DescribeServices shows it. */
  ServiceDescription describe(ServiceRecord service) {
    List<TaskRecord> active = activeTasks(service);
    ServiceDescription.Builder builder = ServiceDescription.builder()
        .serviceName(service.name())
        .serviceArn(service.arn)
        .clusterArn(service.cluster.arn)
        .status(dev.ecsdsl.runtime.ServiceStatus.fromValue(service.status))
        .schedulingStrategy(service.service.schedulingStrategyOrDefault())
        .desiredCount(service.desiredCount)
        .runningCount((int) active.stream().filter(t -> t.lastStatus == TaskStatus.RUNNING).count())
        .pendingCount((int) active.stream().filter(t -> t.lastStatus.compareTo(TaskStatus.RUNNING) < 0).count())
        .taskDefinition(service.primary().spec.taskDefinitionArn())
        .events(service.events)
        .createdAt(service.createdAt);
    for (DeploymentRecord d : service.deployments) {
      List<TaskRecord> mine = active.stream().filter(t -> d.id.equals(t.deploymentId)).toList();
      builder.addDeployment(Deployment.builder()
          .id(d.id)
          .status(dev.ecsdsl.runtime.DeploymentStatus.fromValue(d.status))
          .taskDefinition(d.spec.taskDefinitionArn())
          .desiredCount(d == service.primary() ? service.desiredCount : 0)
          .pendingCount((int) mine.stream().filter(t -> t.lastStatus.compareTo(TaskStatus.RUNNING) < 0).count())
          .runningCount((int) mine.stream().filter(t -> t.lastStatus == TaskStatus.RUNNING).count())
          .failedTasks(d.failedTasks)
          .rolloutState(dev.ecsdsl.runtime.DeploymentRolloutState.fromValue(d.rolloutState))
          .rolloutStateReason(d.rolloutStateReason)
          .createdAt(d.createdAt)
          .updatedAt(d.updatedAt)
          .build());
    }
    return builder.build();
  }
}
