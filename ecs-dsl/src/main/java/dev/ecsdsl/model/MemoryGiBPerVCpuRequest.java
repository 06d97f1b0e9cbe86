package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A range of memory per vCPU in GiB. ECS API: {@code MemoryGiBPerVCpuRequest}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemoryGiBPerVCpuRequest.class)
@JsonDeserialize(as = ImmutableMemoryGiBPerVCpuRequest.class)
public interface MemoryGiBPerVCpuRequest {
  /** {@return the least memory per vCPU in GiB} */
  Optional<Double> min();

  /** {@return the most memory per vCPU in GiB} */
  Optional<Double> max();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MemoryGiBPerVCpuRequest}. */
  class Builder extends ImmutableMemoryGiBPerVCpuRequest.Builder {}
}
