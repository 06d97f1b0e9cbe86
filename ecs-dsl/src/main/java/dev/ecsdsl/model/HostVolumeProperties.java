package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A bind mount from the container instance. ECS API: {@code HostVolumeProperties}. */
@Value.Immutable
@JsonSerialize(as = ImmutableHostVolumeProperties.class)
@JsonDeserialize(as = ImmutableHostVolumeProperties.class)
public interface HostVolumeProperties {
  /**
   * {@return the path on the host; absent means a Docker-managed anonymous volume that lives as long as the
   * task}
   */
  Optional<String> sourcePath();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link HostVolumeProperties}. */
  class Builder extends ImmutableHostVolumeProperties.Builder {}
}
