package dev.ecsdsl.control.daemons;

/** The status of a daemon task definition revision (ECS API, {@code DaemonTaskDefinitionStatus}). */
public enum DaemonTaskDefinitionStatus {
  /** Registered; daemons can be created with it. */
  ACTIVE,
  /** DeleteDaemonTaskDefinition was called; no new daemon can use it, existing ones run on. */
  DELETE_IN_PROGRESS,
  /** Deleted. */
  DELETED
}
