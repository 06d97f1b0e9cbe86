package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Mounts every volume of another container of the task. ECS API: {@code VolumeFrom}. */
@Value.Immutable
@JsonSerialize(as = ImmutableVolumeFrom.class)
@JsonDeserialize(as = ImmutableVolumeFrom.class)
public interface VolumeFrom {
  /** {@return the container whose volumes are mounted} */
  Optional<String> sourceContainer();

  /** {@return whether the mount is read-only; false when unset} */
  Optional<Boolean> readOnly();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link VolumeFrom}. */
  class Builder extends ImmutableVolumeFrom.Builder {}
}
