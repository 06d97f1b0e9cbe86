package dev.ecsdsl.runtime;

import dev.ecsdsl.model.LaunchType;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of ListTasks; every filter given must hold. ECS API: {@code ListTasksRequest}.
 */
@Value.Immutable
public interface ListTasksRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return only tasks on this container instance (ARN or id, or EC2 instance id)} */
  Optional<String> containerInstance();

  /** {@return only tasks of this task definition family} */
  Optional<String> family();

  /** {@return only tasks with this {@code startedBy}} */
  Optional<String> startedBy();

  /** {@return only tasks of this service (those its scheduler started)} */
  Optional<String> serviceName();

  /** {@return only tasks with this desired status; RUNNING when absent, as ECS (STOPPED lists stopped tasks)} */
  @Value.Default
  default DesiredStatus desiredStatus() {
    return DesiredStatus.RUNNING;
  }

  /** {@return only tasks of this launch type} */
  Optional<LaunchType> launchType();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListTasksRequest}. */
  class Builder extends ImmutableListTasksRequest.Builder {}
}
