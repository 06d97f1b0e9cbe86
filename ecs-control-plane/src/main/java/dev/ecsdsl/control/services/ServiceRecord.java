package dev.ecsdsl.control.services;

import dev.ecsdsl.control.clusters.ClusterRecord;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.runtime.ServiceEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The control plane's state of one service: its configuration, its revisions' rollouts (the deployments array,
 * PRIMARY first), its service deployments (oldest first), its events and what the scheduler keeps for it
 * (throttle, retry). Only the service scheduler changes it.
 */
public final class ServiceRecord {
  final ClusterRecord cluster;
  final String arn;
  final Instant createdAt;
  Service service;
  private final String group;
  int desiredCount;
  /** The rollouts of its revisions that still have tasks, PRIMARY first: DescribeServices' deployments. */
  final List<RevisionRollout> rollouts = new ArrayList<>();
  /** Its service deployments, oldest first. */
  final List<ServiceDeployment> deployments = new ArrayList<>();
  final Deque<ServiceEvent> events = new ArrayDeque<>();
  boolean steady;
  /** The BLUE_GREEN, LINEAR or CANARY deployment under way, if any. */
  TrafficShift shift;
  ServiceStatus status = ServiceStatus.ACTIVE;
  /** The last rollout that completed: what a circuit breaker rolls back to. */
  RevisionRollout lastCompleted;
  /** No placement attempts before this time, after one failed (the scheduler backs off). */
  Instant retryAt;
  /** Tasks in a row that stopped without ever reaching RUNNING: what ECS's service throttle counts. */
  int consecutiveStartFailures;
  /** Placements in a row that found no room: what the placement throttle counts. */
  int consecutivePlacementFailures;
  /** When the last counted failed launch was made: tasks launched together count as one failure. */
  Instant lastCountedStartFailure = Instant.MIN;
  /** Launch batches so far (each start of tasks by the scheduler is one). */
  long launchBatches;
  /** The batch of the last counted start failure. */
  long lastCountedBatch;

  ServiceRecord(ClusterRecord cluster, String arn, Service service, Instant createdAt) {
    this.cluster = cluster;
    this.arn = arn;
    this.service = service;
    this.createdAt = createdAt;
    this.retryAt = createdAt;
    this.desiredCount = service.desiredCount().orElse(0);
    this.group = "service:" + service.serviceName();
  }

  /** {@return the service's name} */
  public String name() {
    return service.serviceName();
  }

  /** {@return the service's ARN} */
  public String arn() {
    return arn;
  }

  /** {@return the service's cluster} */
  public ClusterRecord cluster() {
    return cluster;
  }

  /** {@return when the service was created (CreateService, or the environment's deployment)} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return the service's configuration now (UpdateService changes it)} */
  public Service service() {
    return service;
  }

  /** {@return its status} */
  public ServiceStatus status() {
    return status;
  }

  /** {@return how many tasks it is to run} */
  public int desiredCount() {
    return desiredCount;
  }

  /** {@return the task group of the service's tasks, {@code service:<name>}} */
  public String group() {
    return group;
  }

  /** {@return the rollout the service rolls toward: the PRIMARY entry of its deployments} */
  public RevisionRollout primary() {
    return rollouts.get(0);
  }

  /** {@return its service deployments, oldest first} */
  public List<ServiceDeployment> deployments() {
    return List.copyOf(deployments);
  }

  /** The latest service deployment (the one that made the PRIMARY rollout, or rolled back to it). */
  ServiceDeployment latestDeployment() {
    return deployments.get(deployments.size() - 1);
  }

  @Override
  public String toString() {
    return "service " + name() + " (" + status + ")";
  }
}
