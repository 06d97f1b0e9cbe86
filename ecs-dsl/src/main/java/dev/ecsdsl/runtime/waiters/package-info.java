/**
 * Waiting that says what it waited for: {@link dev.ecsdsl.runtime.waiters.EcsWaiter} (the AWS SDK's ECS waiters,
 * from {@code runtime.waiter()}) and {@code runtime.await(condition).atMost(duration)} for anything else. When the
 * wait is over without success they throw {@link dev.ecsdsl.runtime.waiters.WaitTimeoutException}, whose message
 * says what was awaited, for how long (virtual or wall-clock time) and the last state seen; a waiter whose failure
 * acceptor matched throws {@link dev.ecsdsl.runtime.waiters.WaiterFailureException}.
 */
@Value.Style(
    defaults = @Value.Immutable(copy = true),
    typeImmutable = "Immutable*")
package dev.ecsdsl.runtime.waiters;

import org.immutables.value.Value;
