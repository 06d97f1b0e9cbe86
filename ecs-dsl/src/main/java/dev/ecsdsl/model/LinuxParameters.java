package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Linux-specific container settings (the subset the runtimes use). ECS API: {@code LinuxParameters}. */
@Value.Immutable
@JsonSerialize(as = ImmutableLinuxParameters.class)
@JsonDeserialize(as = ImmutableLinuxParameters.class)
public interface LinuxParameters {
  /** {@return whether an init process (tini) runs as PID 1} */
  Optional<Boolean> initProcessEnabled();

  /** {@return the size of /dev/shm in MiB (EC2 only)} */
  Optional<Integer> sharedMemorySize();

  /** {@return the capabilities to add or drop} */
  Optional<KernelCapabilities> capabilities();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LinuxParameters}. */
  class Builder extends ImmutableLinuxParameters.Builder {}
}
