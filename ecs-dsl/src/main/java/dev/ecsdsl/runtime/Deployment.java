package dev.ecsdsl.runtime;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One deployment of a service: the tasks of one task definition revision and configuration. The newest
 * is PRIMARY; older ones are ACTIVE while they still have tasks. ECS API: {@code Deployment}.
 */
@Value.Immutable
public interface Deployment {
  /** {@return the deployment id: {@code ecs-svc/} and 19 digits} */
  String id();

  /** {@return the status: PRIMARY (the newest) or ACTIVE} */
  DeploymentStatus status();

  /** {@return the task definition revision's ARN} */
  String taskDefinition();

  /** {@return how many tasks this deployment aims for} */
  int desiredCount();

  /** {@return the number of its tasks placed but not yet RUNNING} */
  int pendingCount();

  /** {@return the number of its tasks RUNNING} */
  int runningCount();

  /** {@return the number of its tasks that stopped before they were healthy or failed their health checks} */
  int failedTasks();

  /** {@return IN_PROGRESS, COMPLETED or FAILED} */
  DeploymentRolloutState rolloutState();

  /** {@return why it is in that state} */
  Optional<String> rolloutStateReason();

  /** {@return when it began} */
  Instant createdAt();

  /** {@return when it last changed} */
  Instant updatedAt();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Deployment}. */
  class Builder extends ImmutableDeployment.Builder {}
}
