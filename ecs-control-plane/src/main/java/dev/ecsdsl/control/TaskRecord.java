package dev.ecsdsl.control;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.placement.PlacementDecision;
import dev.ecsdsl.control.placement.TaskDemand;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The control plane's state of one task, from RunTask to STOPPED. */
final class TaskRecord {
  final ClusterState cluster;
  /** What the agent is told; a task waiting for capacity gets its host, zone and ports once placed. */
  TaskLaunch launch;
  final LaunchType launchType;
  final Optional<String> capacityProvider;
  Optional<InstanceRecord> instance;
  final String group;
  final Optional<String> startedBy;
  TaskDemand demand;
  Optional<PlacementDecision> placement;
  Optional<Eni> eni;
  /**
   * Set while the task waits in PROVISIONING for its Auto Scaling group capacity provider to add room:
   * what to place once there is.
   */
  Waiting waiting;
  final Map<String, ContainerRecord> containers = new LinkedHashMap<>();
  final Instant createdAt;

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
  /** The service deployment the task belongs to, for service tasks. */
  String deploymentId;
  /** The service scheduler's launch batch the task was started in (0 for tasks outside services). */
  long launchBatch;
  /** Whether the task has counted as healthy at least once (for the circuit breaker's stages). */
  boolean everHealthy;
  /** Whether the service scheduler waits for this unhealthy task's grace period to end. */
  boolean graceTimerArmed;
  /** Whether the service scheduler waits for this task's 40 s before it counts toward the minimum. */
  boolean minimumTimerArmed;
  /** The security groups of an awsvpc task's ENI. */
  List<String> securityGroups = List.of();
  /** The load balancer targets the task is registered as. */
  final List<TargetRecord> targets = new ArrayList<>();
  /** Actions to cancel when the task stops (provisioning, activation, dependency timeouts). */
  final List<EventLoop.Scheduled> timers = new ArrayList<>();

  TaskRecord(ClusterState cluster, TaskLaunch launch, LaunchType launchType, Optional<String> capacityProvider,
      Optional<InstanceRecord> instance, String group, Optional<String> startedBy, TaskDemand demand,
      Optional<PlacementDecision> placement, Optional<Eni> eni, Instant createdAt) {
    this.cluster = cluster;
    this.launch = launch;
    this.launchType = launchType;
    this.capacityProvider = capacityProvider;
    this.instance = instance;
    this.group = group;
    this.startedBy = startedBy;
    this.demand = demand;
    this.placement = placement;
    this.eni = eni;
    this.createdAt = createdAt;
    launch.taskDefinition().containerDefinitions().forEach(c -> containers.put(c.name(), new ContainerRecord(c)));
    this.lastStatus = eni.isPresent() ? TaskStatus.PROVISIONING : TaskStatus.PENDING;
  }

  String arn() {
    return launch.taskArn();
  }

  String shortId() {
    return "task/" + launch.taskId().substring(0, 8);
  }

  boolean isStopping() {
    return desiredStatus == TaskStatus.STOPPED;
  }

  ContainerRecord container(String name) {
    return containers.get(name);
  }

  /** Whether the host's agent can be reached (always on Fargate). */
  boolean agentReachable() {
    return instance.map(i -> i.agentConnected).orElse(true);
  }

  /** The ENI of an awsvpc task. */
  record Eni(String networkInterfaceId, String subnetId, String privateIpv4Address) {}

  /** How a task waiting for capacity is to be placed. */
  record Waiting(LaunchSpec spec, LaunchSpec.Target target) {}
}
