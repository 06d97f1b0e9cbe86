/**
 * The runtime API that both runtimes implement: deploy an {@link dev.ecsdsl.model.Environment}, run and
 * stop tasks, describe clusters, container instances and tasks, move time, and read the event timeline.
 * Types are named and shaped as in the ECS API ({@code Task}, {@code Container}, {@code ContainerInstance},
 * {@code Failure}, {@code RunTask}'s request and result), so that what a test reads here is what
 * {@code aws ecs describe-tasks} would show.
 *
 * <p>Entry points: {@code dev.ecsdsl.inmemory.InMemoryEcs} (virtual clock, simulated agent) and, later,
 * the Docker runtime. Snapshots returned by a runtime are immutable; call the runtime again for fresh ones.
 */
@Value.Style(
    depluralize = true,
    depluralizeDictionary = {"placementStrategy:placementStrategy", "capacityProviderStrategy:capacityProviderStrategy"},
    defaults = @Value.Immutable(copy = true),
    typeImmutable = "Immutable*")
package dev.ecsdsl.runtime;

import org.immutables.value.Value;
