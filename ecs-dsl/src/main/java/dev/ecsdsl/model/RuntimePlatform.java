package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** OS and CPU architecture a task needs. ECS API: {@code RuntimePlatform}. */
@Value.Immutable
@JsonSerialize(as = ImmutableRuntimePlatform.class)
@JsonDeserialize(as = ImmutableRuntimePlatform.class)
public interface RuntimePlatform {
  /** {@return the operating system family; LINUX when unset} */
  Optional<OsFamily> operatingSystemFamily();

  /** {@return the CPU architecture; X86_64 when unset} */
  Optional<CpuArchitecture> cpuArchitecture();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RuntimePlatform}. */
  class Builder extends ImmutableRuntimePlatform.Builder {}
}
