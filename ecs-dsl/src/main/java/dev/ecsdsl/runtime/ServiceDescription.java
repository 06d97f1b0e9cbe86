package dev.ecsdsl.runtime;

import dev.ecsdsl.model.SchedulingStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A snapshot of a service. ECS API: {@code Service} (DescribeServices). */
@Value.Immutable
public interface ServiceDescription {
  /** The service's name. */
  String serviceName();

  /** {@code arn:aws:ecs:<region>:<account>:service/<cluster>/<name>}. */
  String serviceArn();

  /** The cluster's ARN. */
  String clusterArn();

  /** ACTIVE. */
  String status();

  /** REPLICA or DAEMON. */
  SchedulingStrategy schedulingStrategy();

  /** How many tasks the service keeps running (for DAEMON: one per eligible instance). */
  int desiredCount();

  /** Its tasks RUNNING. */
  int runningCount();

  /** Its tasks placed but not yet RUNNING. */
  int pendingCount();

  /** The PRIMARY deployment's task definition ARN. */
  String taskDefinition();

  /** Deployments, PRIMARY first. */
  List<Deployment> deployments();

  /** Event messages, newest first, as ECS lists them. */
  List<ServiceEvent> events();

  /** When the service was created. */
  Instant createdAt();

  /** The PRIMARY deployment. */
  default Deployment primaryDeployment() {
    return deployments().get(0);
  }

  /**
   * Whether ECS would call the service steady: one deployment, COMPLETED, with as many running tasks as
   * desired.
   */
  default boolean isSteady() {
    return deployments().size() == 1 && primaryDeployment().rolloutState().equals("COMPLETED")
        && runningCount() == desiredCount() && pendingCount() == 0;
  }

  /** The newest event, if any. */
  default Optional<ServiceEvent> latestEvent() {
    return events().stream().findFirst();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceDescription}. */
  class Builder extends ImmutableServiceDescription.Builder {}
}
