package dev.ecsdsl.control.daemons;

import dev.ecsdsl.model.DaemonTaskDefinition;
import java.time.Instant;
import java.util.Optional;

/**
 * One revision of a daemon task definition, as DescribeDaemonTaskDefinition returns it (ECS API,
 * {@code DaemonTaskDefinition}).
 *
 * @param daemonTaskDefinitionArn the revision's ARN ({@code …:daemon-task-definition/family:revision})
 * @param revision the revision number, from 1 per family
 * @param definition what was registered
 * @param status ACTIVE, DELETE_IN_PROGRESS or DELETED
 * @param registeredAt when it was registered
 * @param registeredBy the principal that registered it
 * @param deleteRequestedAt when DeleteDaemonTaskDefinition was called, if it was
 */
public record DaemonTaskDefinitionRevision(String daemonTaskDefinitionArn, int revision,
    DaemonTaskDefinition definition, DaemonTaskDefinitionStatus status, Instant registeredAt, String registeredBy,
    Optional<Instant> deleteRequestedAt) {

  /** {@return the family} */
  public String family() {
    return definition.family();
  }

  /**
   * {@return this revision, DELETE_IN_PROGRESS since {@code at}}
   *
   * @param at when the deletion was asked for
   */
  DaemonTaskDefinitionRevision deleting(Instant at) {
    return new DaemonTaskDefinitionRevision(daemonTaskDefinitionArn, revision, definition,
        DaemonTaskDefinitionStatus.DELETE_IN_PROGRESS, registeredAt, registeredBy, Optional.of(at));
  }
}
