package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The configuration, on CreateService and UpdateService, of a task definition volume that is {@code
 * configuredAtLaunch}. ECS API: {@code ServiceVolumeConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceVolumeConfiguration.class)
@JsonDeserialize(as = ImmutableServiceVolumeConfiguration.class)
public interface ServiceVolumeConfiguration {
  /** {@return the name of the task definition volume (configuredAtLaunch) it configures} */
  String name();

  /** {@return the EBS volume ECS creates for each task} */
  Optional<ServiceManagedEBSVolumeConfiguration> managedEBSVolume();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceVolumeConfiguration}. */
  class Builder extends ImmutableServiceVolumeConfiguration.Builder {}
}
