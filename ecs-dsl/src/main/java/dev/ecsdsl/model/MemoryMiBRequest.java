package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A range of memory in MiB. ECS API: {@code MemoryMiBRequest}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemoryMiBRequest.class)
@JsonDeserialize(as = ImmutableMemoryMiBRequest.class)
public interface MemoryMiBRequest {
  /** {@return the least memory in MiB} */
  int min();

  /** {@return the most memory in MiB; no limit when unset} */
  Optional<Integer> max();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MemoryMiBRequest}. */
  class Builder extends ImmutableMemoryMiBRequest.Builder {}
}
