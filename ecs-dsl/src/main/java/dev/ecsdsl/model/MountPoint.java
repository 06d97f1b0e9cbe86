package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Mounts a task volume into a container. ECS API: {@code MountPoint}. */
@Value.Immutable
@JsonSerialize(as = ImmutableMountPoint.class)
@JsonDeserialize(as = ImmutableMountPoint.class)
public interface MountPoint {
  /** {@return the name of a volume of the task definition} */
  Optional<String> sourceVolume();

  /** {@return the absolute path inside the container} */
  Optional<String> containerPath();

  /** {@return whether the mount is read-only; false when unset} */
  Optional<Boolean> readOnly();

  /**
   * {@return a mount}
   *
   * @param sourceVolume name of a volume of the task definition
   * @param containerPath where the volume appears in the container
   * @param readOnly whether the container may only read it
   */
  static MountPoint of(String sourceVolume, String containerPath, boolean readOnly) {
    return builder().sourceVolume(sourceVolume).containerPath(containerPath).readOnly(readOnly).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MountPoint}. */
  class Builder extends ImmutableMountPoint.Builder {}
}
