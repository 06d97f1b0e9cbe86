package dev.ecsdsl.control.tasks;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.placement.Eni;
import dev.ecsdsl.control.placement.Placed;
import dev.ecsdsl.control.placement.TaskDemand;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The control plane's state of one task, from RunTask to STOPPED. Everything else reads it; only the
 * {@link TaskLifecycle} changes it (its status, its containers, where it runs once a waiting task is placed).
 */
public final class TaskRecord {
  final long sequence;
  final ClusterRecord cluster;
  final LaunchType launchType;
  final Optional<String> capacityProvider;
  final String group;
  final Optional<String> startedBy;
  final Optional<TaskOwner> owner;
  final List<String> securityGroups;
  final Instant createdAt;
  final Map<String, ContainerRecord> containers = new LinkedHashMap<>();
  /** Its essential containers that have a health check: they make its health. */
  private final ContainerRecord[] checked;
  private String shortId;

  /** What the agent is told; a task waiting for capacity gets its host, zone and ports once placed. */
  TaskLaunch launch;
  Optional<InstanceRecord> instance;
  /** Where placement put it: its reservation and its ENI. */
  Placed placement;

  TaskStatus lastStatus;
  TaskStatus desiredStatus = TaskStatus.RUNNING;
  Optional<StopCode> stopCode = Optional.empty();
  Optional<String> stoppedReason = Optional.empty();
  Optional<Instant> pullStartedAt = Optional.empty();
  Optional<Instant> pullStoppedAt = Optional.empty();
  Optional<Instant> startedAt = Optional.empty();
  Optional<Instant> stoppingAt = Optional.empty();
  Optional<Instant> executionStoppedAt = Optional.empty();
  Optional<Instant> stoppedAt = Optional.empty();
  boolean prepared;
  /** Actions to cancel when the task stops (provisioning, activation, dependency timeouts). */
  final List<EventLoop.Scheduled> timers = new ArrayList<>();

  TaskRecord(long sequence, NewTask task, Instant createdAt) {
    this.sequence = sequence;
    this.cluster = task.cluster();
    this.launch = task.launch();
    this.launchType = task.launchType();
    this.capacityProvider = task.capacityProvider();
    this.instance = task.instance();
    this.group = task.group();
    this.startedBy = task.startedBy();
    this.owner = task.owner();
    this.placement = task.placement();
    this.securityGroups = task.securityGroups();
    this.createdAt = createdAt;
    launch.taskDefinition().containerDefinitions().forEach(c -> containers.put(c.name(), new ContainerRecord(c)));
    this.checked = containers.values().stream().filter(c -> c.essential() && c.definition.healthCheck().isPresent())
        .toArray(ContainerRecord[]::new);
    this.lastStatus = placement.eni().isPresent() ? TaskStatus.PROVISIONING : TaskStatus.PENDING;
  }

  /** {@return the task's ARN} */
  public String arn() {
    return launch.taskArn();
  }

  /** {@return the task's id, the last part of its ARN} */
  public String taskId() {
    return launch.taskId();
  }

  /** {@return {@code task/} and the id's first 8 characters: how the timeline names it} */
  public String shortId() {
    if (shortId == null) {
      shortId = "task/" + launch.taskId().substring(0, 8);
    }
    return shortId;
  }

  /** {@return the cluster it runs in} */
  public ClusterRecord cluster() {
    return cluster;
  }

  /** {@return what the agent is told: the definition with overrides, host, zone, address, ports} */
  public TaskLaunch launch() {
    return launch;
  }

  /** {@return EC2 or FARGATE} */
  public LaunchType launchType() {
    return launchType;
  }

  /** {@return the capacity provider it runs on, if it was launched through one} */
  public Optional<String> capacityProvider() {
    return capacityProvider;
  }

  /** {@return its container instance, on EC2 once placed} */
  public Optional<InstanceRecord> instance() {
    return instance;
  }

  /** {@return its task group, {@code family:…}, {@code service:…} or the caller's} */
  public String group() {
    return group;
  }

  /** {@return who started it, as RunTask's {@code startedBy} (a service's deployment id for its tasks)} */
  public Optional<String> startedBy() {
    return startedBy;
  }

  /** {@return the service deployment it belongs to; empty for a standalone task} */
  public Optional<TaskOwner> owner() {
    return owner;
  }

  /** {@return the security groups of its ENI (awsvpc)} */
  public List<String> securityGroups() {
    return securityGroups;
  }

  /** {@return when it was created} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return where placement put it} */
  public Placed placement() {
    return placement;
  }

  /** {@return what it reserves: CPU, memory, ports} */
  public TaskDemand demand() {
    return placement.demand();
  }

  /** {@return its ENI (awsvpc and Fargate)} */
  public Optional<Eni> eni() {
    return placement.eni();
  }

  /** {@return its status now} */
  public TaskStatus lastStatus() {
    return lastStatus;
  }

  /** {@return RUNNING, or STOPPED once it was asked to stop} */
  public TaskStatus desiredStatus() {
    return desiredStatus;
  }

  /** {@return whether it was asked to stop (its desired status is STOPPED)} */
  public boolean isStopping() {
    return desiredStatus == TaskStatus.STOPPED;
  }

  /** {@return why it stopped, ECS's stop code} */
  public Optional<StopCode> stopCode() {
    return stopCode;
  }

  /** {@return why it stopped, ECS's text} */
  public Optional<String> stoppedReason() {
    return stoppedReason;
  }

  /** {@return when it reached RUNNING} */
  public Optional<Instant> startedAt() {
    return startedAt;
  }

  /** {@return its containers, in definition order} */
  public Collection<ContainerRecord> containers() {
    return Collections.unmodifiableCollection(containers.values());
  }

  /**
   * {@return a container by name, or {@code null} when the task has none of that name}
   *
   * @param name the container's name
   */
  public ContainerRecord container(String name) {
    return containers.get(name);
  }

  /** {@return the name of its first container} */
  public String firstContainerName() {
    return containers.keySet().iterator().next();
  }

  /** {@return whether its host's agent can be reached (always on Fargate)} */
  public boolean agentReachable() {
    return instance.map(InstanceRecord::agentConnected).orElse(true);
  }

  /**
   * {@return the task's health from its essential containers that have a health check: UNHEALTHY if one is,
   * HEALTHY if all are, else UNKNOWN (ECS API, {@code Task.healthStatus})}
   */
  public HealthStatus health() {
    boolean allHealthy = true;
    for (ContainerRecord c : checked) {
      if (c.health == HealthStatus.UNHEALTHY) {
        return HealthStatus.UNHEALTHY;
      }
      allHealthy &= c.health == HealthStatus.HEALTHY;
    }
    return checked.length > 0 && allHealthy ? HealthStatus.HEALTHY : HealthStatus.UNKNOWN;
  }

  /** {@return whether one of its essential containers has a health check} */
  public boolean hasHealthCheck() {
    return checked.length > 0;
  }

  @Override
  public String toString() {
    return shortId() + " (" + lastStatus + ")";
  }
}
