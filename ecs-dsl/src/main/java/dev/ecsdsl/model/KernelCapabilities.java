package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Linux capabilities to add to or drop from a container. ECS API: {@code KernelCapabilities}. */
@Value.Immutable
@JsonSerialize(as = ImmutableKernelCapabilities.class)
@JsonDeserialize(as = ImmutableKernelCapabilities.class)
public interface KernelCapabilities {
  /** {@return the capabilities to add (only SYS_PTRACE on Fargate)} */
  List<String> add();

  /** {@return the capabilities to drop} */
  List<String> drop();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link KernelCapabilities}. */
  class Builder extends ImmutableKernelCapabilities.Builder {}
}
