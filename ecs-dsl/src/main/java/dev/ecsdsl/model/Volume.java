package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A data volume of a task definition, mounted into containers by {@link MountPoint}s. ECS API: {@code Volume}.
 * At most one configuration may be set; none (and no {@code host}) means an empty, task-scoped volume.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVolume.class)
@JsonDeserialize(as = ImmutableVolume.class)
public interface Volume {
  /** {@return the volume's name, unique within the task definition; mount points refer to it} */
  String name();

  /** {@return the bind mount from the host, or an anonymous volume when sourcePath is unset} */
  Optional<HostVolumeProperties> host();

  /** {@return the Docker volume (EC2 only)} */
  Optional<DockerVolumeConfiguration> dockerVolumeConfiguration();

  /** {@return the Amazon EFS volume settings} */
  Optional<EfsVolumeConfiguration> efsVolumeConfiguration();

  /** {@return the FSx for Windows File Server volume settings} */
  Optional<FsxWindowsFileServerVolumeConfiguration> fsxWindowsFileServerVolumeConfiguration();

  /** {@return an S3 volume, which ECS does not support; see {@link S3VolumeConfiguration}} */
  Optional<S3VolumeConfiguration> s3VolumeConfiguration();

  /**
   * {@return an FSx for Lustre volume, which ECS does not support; see {@link FsxLustreVolumeConfiguration}}
   */
  Optional<FsxLustreVolumeConfiguration> fsxLustreVolumeConfiguration();

  /**
   * {@return whether ECS provisions the volume when the task launches (EBS); the task definition only names
   * it}
   */
  Optional<Boolean> configuredAtLaunch();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Volume}. */
  class Builder extends ImmutableVolume.Builder {}
}
