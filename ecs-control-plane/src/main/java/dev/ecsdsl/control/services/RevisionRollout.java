package dev.ecsdsl.control.services;

import dev.ecsdsl.control.launch.LaunchSpec;
import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.ServiceLoadBalancer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How one revision's tasks roll out in its service: an entry of the {@code deployments} array of
 * DescribeServices ({@code ecs-svc/…} id, PRIMARY or ACTIVE, rollout state, failed tasks). The PRIMARY entry is
 * the one the service rolls toward; ACTIVE ones still have tasks and drain as it grows; a circuit breaker's
 * rollback makes the last COMPLETED one PRIMARY again. Only the service scheduler changes it.
 */
public final class RevisionRollout {
  final String id;
  final ServiceRevision revision;
  final LaunchSpec spec;
  final DeploymentConfiguration configuration;
  /** The load balancers its tasks register with: the service's, with the target group it serves from. */
  final List<ServiceLoadBalancer> loadBalancers;
  final Instant createdAt;
  DeploymentStatus status = DeploymentStatus.PRIMARY;
  RolloutState rolloutState = RolloutState.IN_PROGRESS;
  Optional<String> rolloutStateReason = Optional.of("ECS deployment in progress.");
  Instant updatedAt;
  int failedTasks;
  /** Failures the circuit breaker counts (reset by a healthy task in the consecutive model). */
  int breakerFailures;
  /** Whether one of its tasks reached RUNNING: the breaker's second stage (health checks) has begun. */
  boolean reachedRunning;

  RevisionRollout(String id, ServiceRevision revision, LaunchSpec spec, DeploymentConfiguration configuration,
      List<ServiceLoadBalancer> loadBalancers, Instant createdAt) {
    this.id = id;
    this.revision = revision;
    this.spec = spec;
    this.configuration = configuration;
    this.loadBalancers = List.copyOf(loadBalancers);
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  /** {@return its id, {@code ecs-svc/…}: the {@code startedBy} of its tasks} */
  public String id() {
    return id;
  }

  /** {@return the service revision its tasks run} */
  public ServiceRevision revision() {
    return revision;
  }

  /** {@return what its tasks launch} */
  public LaunchSpec spec() {
    return spec;
  }

  /** {@return PRIMARY or ACTIVE} */
  public DeploymentStatus status() {
    return status;
  }

  /** {@return IN_PROGRESS, COMPLETED or FAILED} */
  public RolloutState rolloutState() {
    return rolloutState;
  }

  /** {@return how many of its tasks failed (to start, or their health checks)} */
  public int failedTasks() {
    return failedTasks;
  }

  /** The deployment circuit breaker of its configuration, when it is on. */
  Optional<DeploymentCircuitBreaker> breaker() {
    return configuration.deploymentCircuitBreaker().filter(DeploymentCircuitBreaker::enable);
  }

  @Override
  public String toString() {
    return id + " (" + status + ", " + rolloutState + ")";
  }
}
