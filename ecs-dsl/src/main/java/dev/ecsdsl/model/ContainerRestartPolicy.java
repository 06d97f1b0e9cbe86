package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container restart policy: ECS restarts the container when it exits, without replacing the task. ECS API:
 * {@code ContainerRestartPolicy}. As ECS documents it: at most 50 ignored exit codes; restartAttemptPeriod
 * 300 s when unset (60–1800), the time a container must run before a restart can be attempted.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContainerRestartPolicy.class)
@JsonDeserialize(as = ImmutableContainerRestartPolicy.class)
public interface ContainerRestartPolicy {
  /** {@return whether the restart policy is enabled for the container} */
  boolean enabled();

  /** {@return the exit codes on which ECS does not restart the container (at most 50); none when empty} */
  List<Integer> ignoredExitCodes();

  /** {@return seconds the container must run before a restart can be attempted (60–1800)} */
  Optional<Integer> restartAttemptPeriod();

  /** {@return the restart attempt period, 300 s when unset} */
  default int restartAttemptPeriodOrDefault() {
    return restartAttemptPeriod().orElse(300);
  }

  /** {@return an enabled restart policy with ECS's defaults} */
  static ContainerRestartPolicy enabledPolicy() {
    return builder().enabled(true).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ContainerRestartPolicy}. */
  class Builder extends ImmutableContainerRestartPolicy.Builder {}
}
