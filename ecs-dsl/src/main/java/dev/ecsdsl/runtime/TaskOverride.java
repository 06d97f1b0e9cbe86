package dev.ecsdsl.runtime;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Overrides of one task. ECS API: {@code TaskOverride}. */
@Value.Immutable
public interface TaskOverride {
  /** {@return the per-container overrides} */
  List<ContainerOverride> containerOverrides();

  /** {@return the task CPU in CPU units (as a string, like the task definition's)} */
  Optional<String> cpu();

  /** {@return the task memory in MiB (as a string, like the task definition's)} */
  Optional<String> memory();

  /** {@return the task role name or ARN} */
  Optional<String> taskRoleArn();

  /** {@return the task execution role name or ARN} */
  Optional<String> executionRoleArn();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TaskOverride}. */
  class Builder extends ImmutableTaskOverride.Builder {}
}
