package dev.ecsdsl.runtime.waiters;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Overrides of a waiter's defaults: how long it may wait. AWS SDK: {@code WaiterOverrideConfiguration} (the SDK's
 * attempts and delays have no counterpart: the runtime checks after every event, so the waiter returns at the
 * moment its acceptor matches).
 */
@Value.Immutable
public interface WaiterOverrideConfiguration {
  /** {@return the most time the waiter may wait; the waiter's default (10 minutes, as the SDK's) when absent} */
  Optional<Duration> waitTimeout();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link WaiterOverrideConfiguration}. */
  class Builder extends ImmutableWaiterOverrideConfiguration.Builder {}
}
