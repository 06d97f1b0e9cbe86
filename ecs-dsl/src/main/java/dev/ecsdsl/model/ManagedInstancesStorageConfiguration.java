package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The data volume of Managed Instances. ECS API: {@code ManagedInstancesStorageConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableManagedInstancesStorageConfiguration.class)
@JsonDeserialize(as = ImmutableManagedInstancesStorageConfiguration.class)
public interface ManagedInstancesStorageConfiguration {
  /** {@return the size of the instances' data volume in GiB} */
  Optional<Integer> storageSizeGiB();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ManagedInstancesStorageConfiguration}. */
  class Builder extends ImmutableManagedInstancesStorageConfiguration.Builder {}
}
