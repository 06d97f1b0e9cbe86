package dev.ecsdsl.runtime;

import dev.ecsdsl.model.NetworkConfiguration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of StartTask: one task on each of the given container instances, without placement strategies
 * (the instances must still fit the task and its task definition's constraints). ECS API:
 * {@code StartTaskRequest}.
 */
@Value.Immutable
public interface StartTaskRequest {
  /** {@return the cluster name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the task definition: {@code family}, {@code family:revision} or ARN} */
  String taskDefinition();

  /** {@return the container instances (ARN, id or EC2 instance id), 1 to 10: one task on each} */
  List<String> containerInstances();

  /** {@return the subnets and security groups; required for awsvpc task definitions} */
  Optional<NetworkConfiguration> networkConfiguration();

  /** {@return command, environment, cpu and memory overrides} */
  Optional<TaskOverride> overrides();

  /** {@return the task group; {@code family:<family>} when absent, as ECS} */
  Optional<String> group();

  /** {@return the startedBy text recorded on the task; up to 128 characters} */
  Optional<String> startedBy();

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

  /** Builder for {@link StartTaskRequest}. */
  class Builder extends ImmutableStartTaskRequest.Builder {}
}
