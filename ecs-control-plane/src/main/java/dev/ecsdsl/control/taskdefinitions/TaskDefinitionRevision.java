package dev.ecsdsl.control.taskdefinitions;

import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.RegisteredTaskDefinition;
import java.time.Instant;
import java.util.Optional;

/**
 * One revision of a task definition family, as RegisterTaskDefinition made it: the only place its ARN comes
 * from. Only the {@link TaskDefinitionRegistry} changes its status.
 */
public final class TaskDefinitionRevision {
  /** A revision's status; DeregisterTaskDefinition makes it INACTIVE. */
  public enum Status {
    /** It can run tasks and back services. */
    ACTIVE,
    /** Deregistered: tasks and services that use it go on, new ones may not. */
    INACTIVE,
    /** Deleted (DeleteTaskDefinitions) after it was deregistered: as INACTIVE, and it cannot become ACTIVE. */
    DELETE_IN_PROGRESS
  }

  private final String family;
  private final int revision;
  private final TaskDefinition definition;
  private final String arn;
  private final Instant registeredAt;
  private Status status = Status.ACTIVE;
  private Optional<Instant> deregisteredAt = Optional.empty();

  TaskDefinitionRevision(String family, int revision, TaskDefinition definition, String arn, Instant registeredAt) {
    this.family = family;
    this.revision = revision;
    this.definition = definition;
    this.arn = arn;
    this.registeredAt = registeredAt;
  }

  /** {@return the family} */
  public String family() {
    return family;
  }

  /** {@return the revision number in its family, from 1} */
  public int revision() {
    return revision;
  }

  /** {@return the task definition as registered} */
  public TaskDefinition definition() {
    return definition;
  }

  /** {@return the revision's ARN} */
  public String arn() {
    return arn;
  }

  /** {@return {@code family:revision}} */
  public String name() {
    return family + ":" + revision;
  }

  /** {@return when it was registered} */
  public Instant registeredAt() {
    return registeredAt;
  }

  /** {@return its status now} */
  public Status status() {
    return status;
  }

  /** {@return when it was deregistered, if it was} */
  public Optional<Instant> deregisteredAt() {
    return deregisteredAt;
  }

  /** {@return whether it may run new tasks and back new deployments} */
  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  void deregister(Instant at) {
    if (status == Status.ACTIVE) {
      status = Status.INACTIVE;
      deregisteredAt = Optional.of(at);
    }
  }

  /** INACTIVE to DELETE_IN_PROGRESS; the registry checks it was INACTIVE. */
  void delete() {
    status = Status.DELETE_IN_PROGRESS;
  }

  /** {@return the revision as DescribeTaskDefinition shows it} */
  public RegisteredTaskDefinition snapshot() {
    return new RegisteredTaskDefinition(arn, revision, definition,
        dev.ecsdsl.runtime.TaskDefinitionStatus.fromValue(status.name()));
  }

  @Override
  public String toString() {
    return name() + " (" + status + ")";
  }
}
