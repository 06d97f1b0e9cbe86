package dev.ecsdsl.runtime;

import org.immutables.value.Value;

/**
 * A container of a task and the exit code it dies with, for {@link Faults#crashContainer}.
 */
@Value.Immutable
public interface CrashContainerRequest {
  /** {@return the cluster's name or ARN; {@code default} when absent, as ECS} */
  @Value.Default
  default String cluster() {
    return "default";
  }

  /** {@return the task's ARN or id} */
  String task();

  /** {@return the container's name} */
  String container();

  /** {@return the exit code the container reports; 1 when absent} */
  @Value.Default
  default int exitCode() {
    return 1;
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CrashContainerRequest}. */
  class Builder extends ImmutableCrashContainerRequest.Builder {}
}
