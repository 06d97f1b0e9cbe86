package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The Amazon EBS volume ECS creates for each task of a service and attaches in the task's Availability Zone. ECS
 * API: {@code ServiceManagedEBSVolumeConfiguration}; most members map one to one to EBS {@code CreateVolume}. Read
 * and validated; not yet simulated by the runtimes (docs/SERVICE-CONNECT.md §4).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceManagedEBSVolumeConfiguration.class)
@JsonDeserialize(as = ImmutableServiceManagedEBSVolumeConfiguration.class)
public interface ServiceManagedEBSVolumeConfiguration extends ManagedEBSVolume {
  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ServiceManagedEBSVolumeConfiguration}. */
  class Builder extends ImmutableServiceManagedEBSVolumeConfiguration.Builder {}
}
