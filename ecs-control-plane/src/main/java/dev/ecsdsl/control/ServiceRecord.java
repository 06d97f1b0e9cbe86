package dev.ecsdsl.control;

import dev.ecsdsl.model.Service;
import dev.ecsdsl.runtime.ServiceEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The control plane's state of one service: its configuration, deployments (PRIMARY first) and events. */
final class ServiceRecord {
  final ClusterState cluster;
  final String arn;
  final Instant createdAt;
  Service service;
  private final String group;
  int desiredCount;
  final List<DeploymentRecord> deployments = new ArrayList<>();
  final Deque<ServiceEvent> events = new ArrayDeque<>();
  boolean steady;
  /** ACTIVE, DRAINING after DeleteService until its tasks have stopped, then INACTIVE. */
  String status = "ACTIVE";
  /** The last deployment that completed: what a circuit breaker rolls back to. */
  DeploymentRecord lastCompleted;
  /** No placement attempts before this time, after one failed (the scheduler backs off). */
  Instant retryAt;
  /** Tasks in a row that stopped without ever reaching RUNNING: what ECS's service throttle counts. */
  int consecutiveStartFailures;
  /** When the last counted failed launch was made: tasks launched together count as one failure. */
  Instant lastCountedStartFailure = Instant.MIN;
  /** Launch batches so far (each start of tasks by the scheduler is one). */
  long launchBatches;
  /** The batch of the last counted start failure. */
  long lastCountedBatch;

  ServiceRecord(ClusterState cluster, String arn, Service service, Instant createdAt) {
    this.cluster = cluster;
    this.arn = arn;
    this.service = service;
    this.createdAt = createdAt;
    this.retryAt = createdAt;
    this.desiredCount = service.desiredCount().orElse(0);
    this.group = "service:" + service.serviceName();
  }

  String name() {
    return service.serviceName();
  }

  /** The task group of the service's tasks, {@code service:<name>}. */
  String group() {
    return group;
  }

  DeploymentRecord primary() {
    return deployments.get(0);
  }
}
