package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Amazon EBS volume ECS creates for a task started by RunTask or StartTask. ECS API: {@code
 * TaskManagedEBSVolumeConfiguration}. Read and validated; not yet simulated by the runtimes (docs/SERVICE-CONNECT.md §4).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskManagedEBSVolumeConfiguration.class)
@JsonDeserialize(as = ImmutableTaskManagedEBSVolumeConfiguration.class)
public interface TaskManagedEBSVolumeConfiguration extends ManagedEBSVolume {
  /** {@return whether ECS deletes the volume when the task stops; deleted when unset} */
  Optional<TaskManagedEBSVolumeTerminationPolicy> terminationPolicy();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TaskManagedEBSVolumeConfiguration}. */
  class Builder extends ImmutableTaskManagedEBSVolumeConfiguration.Builder {}
}
