package dev.ecsdsl.runtime;

import dev.ecsdsl.model.KeyValuePair;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Overrides of one container. ECS API: {@code ContainerOverride}. */
@Value.Immutable
public interface ContainerOverride {
  /** {@return the container's name in the task definition} */
  String name();

  /** {@return the command that replaces the container's (the whole list) when not empty} */
  List<String> command();

  /** {@return variables added to the container's environment; a name already there gets the new value} */
  List<KeyValuePair> environment();

  /** {@return the container CPU units} */
  Optional<Integer> cpu();

  /** {@return the container hard memory limit, MiB} */
  Optional<Integer> memory();

  /** {@return the container soft memory limit, MiB} */
  Optional<Integer> memoryReservation();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ContainerOverride}. */
  class Builder extends ImmutableContainerOverride.Builder {}
}
