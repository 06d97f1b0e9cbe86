package dev.ecsdsl.control.services;

import dev.ecsdsl.model.DeploymentConfiguration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service deployment as ECS records it (API reference, {@code ServiceDeployment}; developer guide, "View
 * service history using Amazon ECS service deployments"): made by CreateService and by every UpdateService that
 * needs a deployment, it takes the service from its source revisions to a target revision. It starts PENDING,
 * goes IN_PROGRESS, and ends SUCCESSFUL once the service is steady on the target; when the circuit breaker trips it
 * rolls back (ROLLBACK_IN_PROGRESS, then ROLLBACK_SUCCESSFUL or ROLLBACK_FAILED) or, without rollback, it is
 * STOPPED; a newer deployment stops one still in progress. A deployment strategy moves it through its lifecycle
 * stages; a rolling one reports none. Only the service scheduler changes it.
 */
public final class ServiceDeployment {
  final String arn;
  final String serviceArn;
  final String clusterArn;
  final ServiceRevision target;
  final List<ServiceRevision> sources;
  final RevisionRollout rollout;
  final DeploymentConfiguration configuration;
  final Instant createdAt;
  ServiceDeploymentStatus status = ServiceDeploymentStatus.PENDING;
  Optional<String> statusReason = Optional.empty();
  Optional<DeploymentLifecycleStage> lifecycleStage = Optional.empty();
  CircuitBreakerStatus circuitBreakerStatus;
  final int circuitBreakerThreshold;
  Optional<Rollback> rollback = Optional.empty();
  /** What the deployment's CloudWatch alarms do for it (the same values as the circuit breaker's). */
  CircuitBreakerStatus alarmsStatus = CircuitBreakerStatus.DISABLED;
  final List<String> triggeredAlarmNames = new ArrayList<>();
  /** The lifecycle stages it entered, in order (PRE_PRODUCTION_TRAFFIC_SHIFT and PRODUCTION_TRAFFIC_SHIFT per step). */
  final List<DeploymentLifecycleStage> stagesEntered = new ArrayList<>();
  /** The target revision's production traffic share after each shift, in order (a rollback adds 0). */
  final List<Double> productionTrafficWeights = new ArrayList<>();
  Optional<FailureCause> failureCause = Optional.empty();
  /** The rollout a rollback brings back. */
  Optional<RevisionRollout> rollbackRollout = Optional.empty();
  Optional<DeploymentLifecycleStage> failedAt = Optional.empty();
  /** The end of a ROLLING deployment's alarm bake time, once its rollout completed (A6). */
  Optional<Instant> alarmBakeUntil = Optional.empty();
  /** The rollout a ROLLING deployment that fails goes back to: the last completed one when it started. */
  Optional<RevisionRollout> previous = Optional.empty();
  /** The target revision's production traffic share in percent, once a traffic shift set one. */
  Optional<Double> productionTrafficWeight = Optional.empty();
  /** The target revision's test traffic share in percent, once a traffic shift set one. */
  Optional<Double> testTrafficWeight = Optional.empty();
  Optional<Instant> startedAt = Optional.empty();
  Optional<Instant> finishedAt = Optional.empty();
  Optional<Instant> stoppedAt = Optional.empty();
  Instant updatedAt;

  ServiceDeployment(String arn, String serviceArn, String clusterArn, RevisionRollout rollout,
      List<ServiceRevision> sources, int desiredCount, Instant createdAt) {
    this.arn = arn;
    this.serviceArn = serviceArn;
    this.clusterArn = clusterArn;
    this.target = rollout.revision;
    this.sources = List.copyOf(sources);
    this.rollout = rollout;
    this.configuration = rollout.configuration;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.circuitBreakerStatus = rollout.breaker().isPresent() ? CircuitBreakerStatus.MONITORING
        : CircuitBreakerStatus.DISABLED;
    this.circuitBreakerThreshold = rollout.breaker().map(b -> b.failureThreshold(desiredCount)).orElse(0);
  }

  /** {@return its ARN, {@code arn:aws:ecs:<region>:<account>:service-deployment/<cluster>/<service>/<id>}} */
  public String arn() {
    return arn;
  }

  /** {@return the service's ARN} */
  public String serviceArn() {
    return serviceArn;
  }

  /** {@return the cluster's ARN} */
  public String clusterArn() {
    return clusterArn;
  }

  /** {@return the revision it deploys} */
  public ServiceRevision target() {
    return target;
  }

  /** {@return the revisions that ran when it was made} */
  public List<ServiceRevision> sources() {
    return sources;
  }

  /** {@return the deployment configuration it deploys with} */
  public DeploymentConfiguration configuration() {
    return configuration;
  }

  /** {@return its status} */
  public ServiceDeploymentStatus status() {
    return status;
  }

  /** {@return why it is in its status, when ECS says} */
  public Optional<String> statusReason() {
    return statusReason;
  }

  /** {@return the lifecycle stage it is in (none for a rolling deployment)} */
  public Optional<DeploymentLifecycleStage> lifecycleStage() {
    return lifecycleStage;
  }

  /** {@return what the circuit breaker does for it} */
  public CircuitBreakerStatus circuitBreakerStatus() {
    return circuitBreakerStatus;
  }

  /** {@return how many failed tasks trip the circuit breaker (0 without one)} */
  public int circuitBreakerThreshold() {
    return circuitBreakerThreshold;
  }

  /** {@return how many failed tasks the circuit breaker counted} */
  public int circuitBreakerFailureCount() {
    return rollout.failedTasks;
  }

  /** {@return what its CloudWatch alarms do for it: DISABLED without alarms, else MONITORING, TRIGGERED, ...} */
  public CircuitBreakerStatus alarmsStatus() {
    return alarmsStatus;
  }

  /** {@return the alarms it watches} */
  public List<String> alarmNames() {
    return configuration.alarms().filter(a -> a.enable()).map(a -> a.alarmNames()).orElse(List.of());
  }

  /** {@return the alarms that failed it} */
  public List<String> triggeredAlarmNames() {
    return List.copyOf(triggeredAlarmNames);
  }

  /**
   * {@return the target revision's production traffic share in percent (its {@code
   * requestedProductionTrafficWeight}), once a BLUE_GREEN, LINEAR or CANARY traffic shift set one; the source
   * revision has the rest}
   */
  public Optional<Double> productionTrafficWeight() {
    return productionTrafficWeight;
  }

  /**
   * {@return the lifecycle stages it entered so far, in order, as ECS's workflow names them (the hooks' own
   * PRE_PRODUCTION_TRAFFIC_SHIFT included, and the two shift stages once per step); empty for a ROLLING deployment}
   */
  public List<DeploymentLifecycleStage> stagesEntered() {
    return List.copyOf(stagesEntered);
  }

  /** {@return the target revision's production traffic share after each shift so far, in percent, in order} */
  public List<Double> productionTrafficWeights() {
    return List.copyOf(productionTrafficWeights);
  }

  /** {@return what failed it, if it failed} */
  public Optional<FailureCause> failureCause() {
    return failureCause;
  }

  /** {@return the lifecycle stage it was in when it failed, if it failed in one} */
  public Optional<DeploymentLifecycleStage> failedAt() {
    return failedAt;
  }

  /** {@return the target revision's test traffic share in percent, once a traffic shift set one} */
  public Optional<Double> testTrafficWeight() {
    return testTrafficWeight;
  }

  /** {@return its rollback, once one started} */
  public Optional<Rollback> rollback() {
    return rollback;
  }

  /** {@return when it was made} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return when it started} */
  public Optional<Instant> startedAt() {
    return startedAt;
  }

  /** {@return when it finished (successfully or not)} */
  public Optional<Instant> finishedAt() {
    return finishedAt;
  }

  /** {@return when it was stopped} */
  public Optional<Instant> stoppedAt() {
    return stoppedAt;
  }

  /** {@return when it last changed} */
  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return arn.substring(arn.lastIndexOf('/') + 1) + " (" + status + ")";
  }

  /**
   * A service deployment's rollback (API reference, {@code Rollback}).
   *
   * @param reason why, e.g. the circuit breaker tripped
   * @param startedAt when it started
   * @param serviceRevisionArn the revision it rolls back to
   */
  public record Rollback(String reason, Instant startedAt, String serviceRevisionArn) {}
}
