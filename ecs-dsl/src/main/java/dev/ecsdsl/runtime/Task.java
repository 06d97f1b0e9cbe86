package dev.ecsdsl.runtime;

import dev.ecsdsl.model.LaunchType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A snapshot of one task. ECS API: {@code Task} (DescribeTasks). */
@Value.Immutable
public interface Task {
  /** {@code arn:aws:ecs:<region>:<account>:task/<cluster>/<id>}. */
  String taskArn();

  /** The last part of the ARN: 32 hex characters. */
  default String taskId() {
    return taskArn().substring(taskArn().lastIndexOf('/') + 1);
  }

  /** The cluster's ARN. */
  String clusterArn();

  /** The task definition's ARN ({@code …:task-definition/family:revision}). */
  String taskDefinitionArn();

  /** The container instance, for EC2 tasks. */
  Optional<String> containerInstanceArn();

  /** The EC2 instance id of that container instance, for EC2 tasks. */
  Optional<String> ec2InstanceId();

  /** EC2 or FARGATE. */
  LaunchType launchType();

  /** The capacity provider the task runs on, when placed through a strategy. */
  Optional<String> capacityProviderName();

  /** The zone the task runs in. */
  String availabilityZone();

  /** Where the task is in its life. */
  TaskStatus lastStatus();

  /** RUNNING or STOPPED. */
  TaskStatus desiredStatus();

  /** The task group, e.g. {@code family:web} or {@code service:web}. */
  String group();

  /** Who started the task. */
  Optional<String> startedBy();

  /** CPU units the task reserves (task level, or the sum of its containers'). */
  int cpu();

  /** MiB the task reserves (task level, or the sum of its containers'). */
  int memory();

  /** The task's containers, in task definition order. */
  List<Container> containers();

  /** The ENI of an awsvpc task. */
  List<Attachment> attachments();

  /** HEALTHY when every essential container with a health check is; UNHEALTHY when one is not. */
  HealthStatus healthStatus();

  /** Why the task stopped, once it stops. */
  Optional<StopCode> stopCode();

  /** A readable reason for the stop, e.g. {@code Essential container in task exited}. */
  Optional<String> stoppedReason();

  /** When RunTask created it. */
  Instant createdAt();

  /** When the agent began pulling the containers' images (Fargate bills from here). */
  Optional<Instant> pullStartedAt();

  /** When the containers' images were pulled. */
  Optional<Instant> pullStoppedAt();

  /** When it reached RUNNING. */
  Optional<Instant> startedAt();

  /** When it was asked to stop. */
  Optional<Instant> stoppingAt();

  /** When its containers had all exited. */
  Optional<Instant> executionStoppedAt();

  /** When it reached STOPPED. */
  Optional<Instant> stoppedAt();

  /** The container of that name. */
  default Container container(String name) {
    return containers().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("task " + taskId() + " has no container " + name));
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Task}. */
  class Builder extends ImmutableTask.Builder {}
}
