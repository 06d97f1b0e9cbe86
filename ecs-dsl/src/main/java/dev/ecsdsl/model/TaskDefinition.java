package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A task definition: the blueprint of a task, as registered with {@code RegisterTaskDefinition}. ECS API:
 * {@code TaskDefinition}. The task-level {@code cpu} and {@code memory} are strings as in ECS
 * ({@code "256"}, {@code "0.25 vCPU"}, {@code "512"}, {@code "1 GB"}); {@link #cpuUnits()} and
 * {@link #memoryMiB()} read them. Revisions are not part of the definition: registering the same family
 * again makes the next revision.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskDefinition.class)
@JsonDeserialize(as = ImmutableTaskDefinition.class)
public interface TaskDefinition {
  /** {@return the family: up to 255 letters, digits, hyphens and underscores} */
  String family();

  /**
   * {@return the role (name or ARN) the application's AWS calls are made with; trusted by
   * ecs-tasks.amazonaws.com}
   */
  Optional<String> taskRoleArn();

  /**
   * {@return the role (name or ARN) ECS uses to pull images, send logs and read secrets; trusted by
   * ecs-tasks.amazonaws.com}
   */
  Optional<String> executionRoleArn();

  /** {@return the Docker networking mode; bridge on EC2 Linux when unset, awsvpc required on Fargate} */
  Optional<NetworkMode> networkMode();

  /** {@return the containers, 1 to 10} */
  List<ContainerDefinition> containerDefinitions();

  /** {@return the data volumes} */
  List<Volume> volumes();

  /** {@return the memberOf constraints that every task of this definition must satisfy (EC2 only)} */
  List<PlacementConstraint> placementConstraints();

  /** {@return the launch types the definition is validated against} */
  List<Compatibility> requiresCompatibilities();

  /** {@return task CPU: units ({@code "256"}) or vCPU ({@code "0.25 vCPU"}); required on Fargate} */
  Optional<String> cpu();

  /** {@return task memory: MiB ({@code "512"}) or GB ({@code "0.5 GB"}); required on Fargate} */
  Optional<String> memory();

  /** {@return {@code host} or {@code task} (EC2 only on Linux, also task on Fargate platform 1.4)} */
  Optional<String> pidMode();

  /** {@return {@code host}, {@code task} or {@code none} (EC2 only)} */
  Optional<String> ipcMode();

  /** {@return the OS and architecture} */
  Optional<RuntimePlatform> runtimePlatform();

  /** {@return the Fargate ephemeral storage} */
  Optional<EphemeralStorage> ephemeralStorage();

  /** {@return the tags} */
  List<Tag> tags();

  /** {@return the task CPU in CPU units, if given and readable} */
  default Optional<Integer> cpuUnits() {
    return cpu().flatMap(Units::cpuUnits);
  }

  /** {@return the task memory in MiB, if given and readable} */
  default Optional<Integer> memoryMiB() {
    return memory().flatMap(Units::memoryMiB);
  }

  /**
   * {@return the network mode in force: the given one, or bridge (ECS's default for Linux on EC2; Fargate
   * requires awsvpc to be given)}
   */
  default NetworkMode networkModeOrDefault() {
    return networkMode().orElse(NetworkMode.BRIDGE);
  }

  /**
   * {@return the container of that name, if any}
   *
   * @param name the container's name
   */
  default Optional<ContainerDefinition> container(String name) {
    return containerDefinitions().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * {@return whether the definition requires the given launch type}
   *
   * @param compatibility EC2 or FARGATE
   */
  default boolean requires(Compatibility compatibility) {
    return requiresCompatibilities().contains(compatibility);
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TaskDefinition}. */
  class Builder extends ImmutableTaskDefinition.Builder {}
}
