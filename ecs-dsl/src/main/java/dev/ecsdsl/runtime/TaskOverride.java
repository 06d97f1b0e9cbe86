package dev.ecsdsl.runtime;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Overrides of one task. ECS API: {@code TaskOverride}. */
@Value.Immutable
public interface TaskOverride {
  /** Per-container overrides. */
  List<ContainerOverride> containerOverrides();

  /** Task CPU in CPU units (as a string, like the task definition's). */
  Optional<String> cpu();

  /** Task memory in MiB (as a string, like the task definition's). */
  Optional<String> memory();

  /** Task role name or ARN. */
  Optional<String> taskRoleArn();

  /** Task execution role name or ARN. */
  Optional<String> executionRoleArn();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TaskOverride}. */
  class Builder extends ImmutableTaskOverride.Builder {}
}
