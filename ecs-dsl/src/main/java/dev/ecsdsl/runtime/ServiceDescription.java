package dev.ecsdsl.runtime;

import dev.ecsdsl.model.SchedulingStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A snapshot of a service. ECS API: {@code Service} (DescribeServices). */
@Value.Immutable
public interface ServiceDescription {
  /** {@return the service's name} */
  String serviceName();

  /** {@return the service's ARN, {@code arn:aws:ecs:<region>:<account>:service/<cluster>/<name>}} */
  String serviceArn();

  /** {@return the cluster's ARN} */
  String clusterArn();

  /** {@return ACTIVE; DRAINING once deleted, then INACTIVE} */
  ServiceStatus status();

  /** {@return REPLICA or DAEMON} */
  SchedulingStrategy schedulingStrategy();

  /** {@return how many tasks the service keeps running (for DAEMON: one per eligible instance)} */
  int desiredCount();

  /** {@return the number of its tasks RUNNING} */
  int runningCount();

  /** {@return the number of its tasks placed but not yet RUNNING} */
  int pendingCount();

  /** {@return the PRIMARY deployment's task definition ARN} */
  String taskDefinition();

  /** {@return the deployments, PRIMARY first} */
  List<Deployment> deployments();

  /** {@return the event messages, newest first, as ECS lists them} */
  List<ServiceEvent> events();

  /** {@return when the service was created} */
  Instant createdAt();

  /** {@return the PRIMARY deployment} */
  default Deployment primaryDeployment() {
    return deployments().get(0);
  }

  /**
   * Whether ECS would call the service steady: one deployment, COMPLETED, with as many running tasks as
   * desired.
   *
   * @return whether the service is steady
   */
  default boolean isSteady() {
    return deployments().size() == 1 && primaryDeployment().rolloutState() == DeploymentRolloutState.COMPLETED
        && runningCount() == desiredCount() && pendingCount() == 0;
  }

  /** {@return the newest event, if any} */
  default Optional<ServiceEvent> latestEvent() {
    return events().stream().findFirst();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceDescription}. */
  class Builder extends ImmutableServiceDescription.Builder {}
}
