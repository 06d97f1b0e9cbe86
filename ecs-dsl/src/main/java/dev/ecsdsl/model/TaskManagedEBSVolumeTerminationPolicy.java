package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * What happens to a standalone task's EBS volume when the task stops. ECS API: {@code
 * TaskManagedEBSVolumeTerminationPolicy}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskManagedEBSVolumeTerminationPolicy.class)
@JsonDeserialize(as = ImmutableTaskManagedEBSVolumeTerminationPolicy.class)
public interface TaskManagedEBSVolumeTerminationPolicy {
  /** {@return whether ECS deletes the volume when the task reaches STOPPED} */
  boolean deleteOnTermination();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TaskManagedEBSVolumeTerminationPolicy}. */
  class Builder extends ImmutableTaskManagedEBSVolumeTerminationPolicy.Builder {}
}
