package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The configuration, on RunTask and StartTask, of a task definition volume that is {@code configuredAtLaunch}. ECS
 * API: {@code TaskVolumeConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskVolumeConfiguration.class)
@JsonDeserialize(as = ImmutableTaskVolumeConfiguration.class)
public interface TaskVolumeConfiguration {
  /** {@return the name of the task definition volume (configuredAtLaunch) it configures} */
  String name();

  /** {@return the EBS volume ECS creates for the task} */
  Optional<TaskManagedEBSVolumeConfiguration> managedEBSVolume();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TaskVolumeConfiguration}. */
  class Builder extends ImmutableTaskVolumeConfiguration.Builder {}
}
