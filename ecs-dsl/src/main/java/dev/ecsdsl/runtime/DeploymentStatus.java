package dev.ecsdsl.runtime;

/**
 * The status of a service deployment (ECS API, {@code Deployment.status}). {@link #toString()} is
 * the string ECS uses and {@link #fromValue} reads it back.
 */
public enum DeploymentStatus {
  /** The most recent deployment: the one the service moves to. */
  PRIMARY,
  /** An older deployment that still has tasks (running, draining or being replaced). */
  ACTIVE,
  /** A deployment that has been fully replaced. */
  INACTIVE;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code PRIMARY}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static DeploymentStatus fromValue(String value) {
    return EnumValues.fromValue(DeploymentStatus.class, value);
  }
}
