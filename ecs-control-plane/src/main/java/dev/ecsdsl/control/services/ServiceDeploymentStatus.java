package dev.ecsdsl.control.services;

/**
 * A service deployment's status (developer guide, "View service history using Amazon ECS service deployments"):
 * PENDING before it starts; IN_PROGRESS, STOP_REQUESTED, ROLLBACK_REQUESTED and ROLLBACK_IN_PROGRESS while it
 * goes on; SUCCESSFUL, STOPPED, ROLLBACK_SUCCESSFUL and ROLLBACK_FAILED once it is over.
 */
public enum ServiceDeploymentStatus {
  /** Made, not started. */
  PENDING,
  /** Going on. */
  IN_PROGRESS,
  /** A stop was asked for; it goes on stopping. */
  STOP_REQUESTED,
  /** A rollback was asked for. */
  ROLLBACK_REQUESTED,
  /** Rolling back to the source revision. */
  ROLLBACK_IN_PROGRESS,
  /** Over: the service is steady on the target revision. */
  SUCCESSFUL,
  /** Over: stopped before it completed (a newer deployment took over, or it failed without rollback). */
  STOPPED,
  /** Over: rolled back, and the service is steady on the source revision. */
  ROLLBACK_SUCCESSFUL,
  /** Over: the rollback failed too. */
  ROLLBACK_FAILED;

  /** {@return whether the deployment is over (ECS's "Completed" stage)} */
  public boolean isOver() {
    return this == SUCCESSFUL || this == STOPPED || this == ROLLBACK_SUCCESSFUL || this == ROLLBACK_FAILED;
  }
}
