package dev.ecsdsl.runtime;

import dev.ecsdsl.model.LaunchType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A snapshot of one task. ECS API: {@code Task} (DescribeTasks). */
@Value.Immutable
public interface Task {
  /** {@return the task's ARN, {@code arn:aws:ecs:<region>:<account>:task/<cluster>/<id>}} */
  String taskArn();

  /** {@return the last part of the ARN: 32 hex characters} */
  default String taskId() {
    return taskArn().substring(taskArn().lastIndexOf('/') + 1);
  }

  /** {@return the cluster's ARN} */
  String clusterArn();

  /** {@return the task definition's ARN ({@code …:task-definition/family:revision})} */
  String taskDefinitionArn();

  /** {@return the container instance, for EC2 tasks} */
  Optional<String> containerInstanceArn();

  /** {@return the EC2 instance id of that container instance, for EC2 tasks} */
  Optional<String> ec2InstanceId();

  /** {@return EC2 or FARGATE} */
  LaunchType launchType();

  /** {@return the capacity provider the task runs on, when placed through a strategy} */
  Optional<String> capacityProviderName();

  /** {@return the zone the task runs in} */
  String availabilityZone();

  /** {@return where the task is in its life} */
  TaskStatus lastStatus();

  /** {@return RUNNING or STOPPED} */
  TaskStatus desiredStatus();

  /** {@return the task group, e.g. {@code family:web} or {@code service:web}} */
  String group();

  /** {@return who started the task} */
  Optional<String> startedBy();

  /** {@return the CPU units the task reserves (task level, or the sum of its containers')} */
  int cpu();

  /** {@return the MiB the task reserves (task level, or the sum of its containers')} */
  int memory();

  /** {@return the task's containers, in task definition order} */
  List<Container> containers();

  /** {@return the ENI of an awsvpc task} */
  List<Attachment> attachments();

  /** {@return HEALTHY when every essential container with a health check is; UNHEALTHY when one is not} */
  HealthStatus healthStatus();

  /** {@return why the task stopped, once it stops} */
  Optional<StopCode> stopCode();

  /** {@return a readable reason for the stop, e.g. {@code Essential container in task exited}} */
  Optional<String> stoppedReason();

  /** {@return when RunTask created it} */
  Instant createdAt();

  /** {@return when the agent began pulling the containers' images (Fargate bills from here)} */
  Optional<Instant> pullStartedAt();

  /** {@return when the containers' images were pulled} */
  Optional<Instant> pullStoppedAt();

  /** {@return when it reached RUNNING} */
  Optional<Instant> startedAt();

  /** {@return when it was asked to stop} */
  Optional<Instant> stoppingAt();

  /** {@return when its containers had all exited} */
  Optional<Instant> executionStoppedAt();

  /** {@return when it reached STOPPED} */
  Optional<Instant> stoppedAt();

  /**
   * {@return the container of that name}
   *
   * @param name the container's name
   * @throws IllegalArgumentException when the task has no such container (the message names the ones it has)
   */
  default Container container(String name) {
    return containers().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("task " + taskId() + " has no container " + name
            + "; its containers are " + containers().stream().map(Container::name).toList()));
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Task}. */
  class Builder extends ImmutableTask.Builder {}
}
