package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A range of vCPUs. ECS API: {@code VCpuCountRangeRequest}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVCpuCountRangeRequest.class)
@JsonDeserialize(as = ImmutableVCpuCountRangeRequest.class)
public interface VCpuCountRangeRequest {
  /** {@return the fewest vCPUs} */
  int min();

  /** {@return the most vCPUs; no limit when unset} */
  Optional<Integer> max();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link VCpuCountRangeRequest}. */
  class Builder extends ImmutableVCpuCountRangeRequest.Builder {}
}
