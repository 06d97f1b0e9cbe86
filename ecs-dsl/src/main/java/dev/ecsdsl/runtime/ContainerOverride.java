package dev.ecsdsl.runtime;

import dev.ecsdsl.model.KeyValuePair;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Overrides of one container. ECS API: {@code ContainerOverride}. */
@Value.Immutable
public interface ContainerOverride {
  /** The container's name in the task definition. */
  String name();

  /** Replaces the container's command (the whole list) when not empty. */
  List<String> command();

  /** Added to the container's environment; a name already there gets the new value. */
  List<KeyValuePair> environment();

  /** Container CPU units. */
  Optional<Integer> cpu();

  /** Container hard memory limit, MiB. */
  Optional<Integer> memory();

  /** Container soft memory limit, MiB. */
  Optional<Integer> memoryReservation();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ContainerOverride}. */
  class Builder extends ImmutableContainerOverride.Builder {}
}
