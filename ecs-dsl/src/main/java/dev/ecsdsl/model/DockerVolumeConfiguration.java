package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A Docker volume (EC2 only). ECS API: {@code DockerVolumeConfiguration}. */
@Value.Immutable
@JsonSerialize(as = ImmutableDockerVolumeConfiguration.class)
@JsonDeserialize(as = ImmutableDockerVolumeConfiguration.class)
public interface DockerVolumeConfiguration {
  /** {@return {@code task} (removed with the task, the default) or {@code shared} (outlives it)} */
  Optional<String> scope();

  /** {@return whether the volume is created if it does not exist (shared scope only)} */
  Optional<Boolean> autoprovision();

  /** {@return the volume driver, {@code local} by default} */
  Optional<String> driver();

  /** {@return the driver options} */
  Map<String, String> driverOpts();

  /** {@return the volume labels} */
  Map<String, String> labels();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DockerVolumeConfiguration}. */
  class Builder extends ImmutableDockerVolumeConfiguration.Builder {}
}
