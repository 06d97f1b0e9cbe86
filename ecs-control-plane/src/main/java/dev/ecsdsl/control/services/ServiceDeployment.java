package dev.ecsdsl.control.services;

import dev.ecsdsl.control.launch.LaunchSpec;
import dev.ecsdsl.model.DeploymentConfiguration;
import java.time.Instant;
import java.util.Optional;

/** The control plane's state of one service deployment. */
public final class ServiceDeployment {
  final String id;
  final LaunchSpec spec;
  final DeploymentConfiguration configuration;
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

  ServiceDeployment(String id, LaunchSpec spec, DeploymentConfiguration configuration, Instant createdAt) {
    this.id = id;
    this.spec = spec;
    this.configuration = configuration;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  /** {@return the deployment's id, {@code ecs-svc/…}} */
  public String id() {
    return id;
  }

  /** {@return what its tasks launch} */
  public LaunchSpec spec() {
    return spec;
  }
}
