package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long ECS waits for a lifecycle hook and what it does then. ECS API:
 * {@code DeploymentLifecycleHookTimeoutConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeploymentLifecycleHookTimeoutConfiguration.class)
@JsonDeserialize(as = ImmutableDeploymentLifecycleHookTimeoutConfiguration.class)
public interface DeploymentLifecycleHookTimeoutConfiguration {
  /** ECS's default timeout: 1440 minutes (24 hours). */
  int DEFAULT_TIMEOUT_IN_MINUTES = 1440;

  /** {@return minutes to wait for the hook: 1–20160 (1–1440 for Lambda hooks); 1440 when unset} */
  Optional<Integer> timeoutInMinutes();

  /** {@return what to do when the time is up; ROLLBACK when unset} */
  Optional<DeploymentLifecycleHookTimeoutAction> action();

  /** {@return {@link #timeoutInMinutes()}, 1440 when unset} */
  default int timeoutInMinutesOrDefault() {
    return timeoutInMinutes().orElse(DEFAULT_TIMEOUT_IN_MINUTES);
  }

  /** {@return {@link #action()}, ROLLBACK when unset} */
  default DeploymentLifecycleHookTimeoutAction actionOrDefault() {
    return action().orElse(DeploymentLifecycleHookTimeoutAction.ROLLBACK);
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DeploymentLifecycleHookTimeoutConfiguration}. */
  class Builder extends ImmutableDeploymentLifecycleHookTimeoutConfiguration.Builder {}
}
