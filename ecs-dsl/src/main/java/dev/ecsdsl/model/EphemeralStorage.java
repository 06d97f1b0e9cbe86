package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Fargate ephemeral storage. ECS API: {@code EphemeralStorage}. */
@Value.Immutable
@JsonSerialize(as = ImmutableEphemeralStorage.class)
@JsonDeserialize(as = ImmutableEphemeralStorage.class)
public interface EphemeralStorage {
  /** {@return the size, 21–200 GiB; 20 GiB when unset} */
  int sizeInGiB();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EphemeralStorage}. */
  class Builder extends ImmutableEphemeralStorage.Builder {}
}
