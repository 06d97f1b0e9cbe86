package dev.ecsdsl.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A snapshot of one container instance. ECS API: {@code ContainerInstance}. */
@Value.Immutable
public interface ContainerInstance {
  /**
   * {@return the container instance's ARN,
   * {@code arn:aws:ecs:<region>:<account>:container-instance/<cluster>/<id>}}
   */
  String containerInstanceArn();

  /** {@return the last part of the ARN} */
  default String containerInstanceId() {
    return containerInstanceArn().substring(containerInstanceArn().lastIndexOf('/') + 1);
  }

  /** {@return the EC2 instance, {@code i-…}} */
  String ec2InstanceId();

  /**
   * {@return the instance group (Auto Scaling group) it belongs to; empty for an instance its agent registered
   * with RegisterContainerInstance}
   */
  String instanceGroup();

  /** {@return the capacity provider of its group, if the cluster has one for it} */
  Optional<String> capacityProviderName();

  /** {@return the status: ACTIVE, DRAINING or INACTIVE} */
  ContainerInstanceStatus status();

  /** {@return whether its agent is connected} */
  boolean agentConnected();

  /** {@return the agent's version} */
  String agentVersion();

  /** {@return the attributes, the {@code ecs.*} ones included} */
  Map<String, String> attributes();

  /** {@return what it registered: CPU, MEMORY, PORTS, PORTS_UDP, ENI} */
  Resources registeredResources();

  /** {@return the CPU and memory left for more tasks} */
  Resources remainingResources();

  /** {@return the number of tasks in RUNNING} */
  int runningTasksCount();

  /** {@return the number of tasks placed that are not yet RUNNING} */
  int pendingTasksCount();

  /** {@return when it registered} */
  Instant registeredAt();

  /**
   * The value of an attribute, e.g. {@code ecs.availability-zone}.
   *
   * @param name the attribute's name
   * @return its value; {@code null} when the instance does not have it
   */
  default String attribute(String name) {
    return attributes().get(name);
  }

  /**
   * This instance as a Cluster Query Language expression sees it, e.g. to filter ListContainerInstances.
   *
   * @param taskGroups the groups of the tasks running on it, asked for only when an expression names
   *     {@code task:group}
   * @return the view
   */
  default dev.ecsdsl.cql.InstanceView queryView(java.util.function.Supplier<java.util.Set<String>> taskGroups) {
    return new ContainerInstanceQueryView(this, taskGroups);
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ContainerInstance}. */
  class Builder extends ImmutableContainerInstance.Builder {}

  /** A container instance's resources. ECS API: the {@code Resource} list, as one value. */
  @Value.Immutable
  interface Resources {
    /** {@return the CPU units} */
    int cpu();

    /** {@return the memory in MiB} */
    int memory();

    /** {@return the TCP host ports in use or reserved} */
    List<Integer> ports();

    /** {@return the UDP host ports in use or reserved} */
    List<Integer> portsUdp();

    /** {@return the number of ENIs for awsvpc tasks} */
    int taskEnis();

    /** {@return a new, empty builder} */
    static ImmutableResources.Builder builder() {
      return ImmutableResources.builder();
    }
  }
}
