package dev.ecsdsl.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A snapshot of one container instance. ECS API: {@code ContainerInstance}. */
@Value.Immutable
public interface ContainerInstance {
  /** {@code arn:aws:ecs:<region>:<account>:container-instance/<cluster>/<id>}. */
  String containerInstanceArn();

  /** The last part of the ARN. */
  default String containerInstanceId() {
    return containerInstanceArn().substring(containerInstanceArn().lastIndexOf('/') + 1);
  }

  /** The EC2 instance, {@code i-…}. */
  String ec2InstanceId();

  /** The instance group (Auto Scaling group) it belongs to. */
  String instanceGroup();

  /** The capacity provider of its group, if the cluster has one for it. */
  Optional<String> capacityProviderName();

  /** ACTIVE, DRAINING or INACTIVE. */
  ContainerInstanceStatus status();

  /** Whether its agent is connected. */
  boolean agentConnected();

  /** The agent's version. */
  String agentVersion();

  /** Attributes, the {@code ecs.*} ones included. */
  Map<String, String> attributes();

  /** What it registered: CPU, MEMORY, PORTS, PORTS_UDP, ENI. */
  Resources registeredResources();

  /** What is left for tasks. */
  Resources remainingResources();

  /** Tasks in RUNNING. */
  int runningTasksCount();

  /** Tasks placed that are not yet RUNNING. */
  int pendingTasksCount();

  /** When it registered. */
  Instant registeredAt();

  /** The value of an attribute, e.g. {@code ecs.availability-zone}. */
  default String attribute(String name) {
    return attributes().get(name);
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ContainerInstance}. */
  class Builder extends ImmutableContainerInstance.Builder {}

  /** A container instance's resources. ECS API: the {@code Resource} list, as one value. */
  @Value.Immutable
  interface Resources {
    /** CPU units. */
    int cpu();

    /** MiB. */
    int memory();

    /** TCP host ports in use or reserved. */
    List<Integer> ports();

    /** UDP host ports in use or reserved. */
    List<Integer> portsUdp();

    /** ENIs for awsvpc tasks. */
    int taskEnis();

    /** Starts a builder. */
    static ImmutableResources.Builder builder() {
      return ImmutableResources.builder();
    }
  }
}
