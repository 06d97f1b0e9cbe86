package dev.ecsdsl.runtime;

import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of RunTask. Without a launch type or capacity provider strategy, the cluster's default
 * capacity provider strategy applies, else the EC2 launch type. ECS API: {@code RunTaskRequest}.
 */
@Value.Immutable
public interface RunTaskRequest {
  /** {@return the cluster name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the task definition: {@code family}, {@code family:revision} or ARN} */
  String taskDefinition();

  /** {@return how many tasks, 1 to 10} */
  @Value.Default
  default int count() {
    return 1;
  }

  /** {@return EC2 or FARGATE; not together with a capacity provider strategy} */
  Optional<LaunchType> launchType();

  /** {@return the capacity providers with base and weight; not together with a launch type} */
  List<CapacityProviderStrategyItem> capacityProviderStrategy();

  /** {@return the subnets and security groups; required for awsvpc task definitions} */
  Optional<NetworkConfiguration> networkConfiguration();

  /** {@return command, environment, cpu and memory overrides} */
  Optional<TaskOverride> overrides();

  /** {@return the task group; {@code family:<family>} when absent, as ECS} */
  Optional<String> group();

  /** {@return the startedBy text recorded on the task, e.g. the caller's job id; up to 128 characters} */
  Optional<String> startedBy();

  /** {@return the constraints added to the task definition's own} */
  List<PlacementConstraint> placementConstraints();

  /** {@return the strategies, applied in the order given; random when none} */
  List<PlacementStrategy> placementStrategy();

  /**
   * {@return the tags for each task started (ECS's tag rules apply; invalid ones fail the call before
   * anything runs)}
   */
  List<dev.ecsdsl.model.Tag> tags();

  /**
   * {@return the EBS volumes for the task definition's volumes that are configuredAtLaunch (ECS API:
   * {@code TaskVolumeConfiguration}); not yet simulated: the runtimes refuse a request that has any}
   */
  List<dev.ecsdsl.model.TaskVolumeConfiguration> volumeConfigurations();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A request for {@code count} tasks of a task definition on a cluster, all else default.
   *
   * @param cluster the cluster's name or ARN
   * @param taskDefinition {@code family}, {@code family:revision} or ARN
   * @param count how many tasks, 1 to 10
   * @return the request
   */
  static RunTaskRequest of(String cluster, String taskDefinition, int count) {
    return builder().cluster(cluster).taskDefinition(taskDefinition).count(count).build();
  }

  /** Builder for {@link RunTaskRequest}. */
  class Builder extends ImmutableRunTaskRequest.Builder {}
}
