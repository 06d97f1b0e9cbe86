package dev.ecsdsl.runtime;

/**
 * The rollout state of a service deployment (ECS API, {@code Deployment.rolloutState}). {@link #toString()} is
 * the string ECS uses and {@link #fromValue} reads it back.
 */
public enum DeploymentRolloutState {
  /** The deployment reached a steady state. */
  COMPLETED,
  /** The deployment failed (the deployment circuit breaker or an alarm tripped). */
  FAILED,
  /** The deployment is going on. */
  IN_PROGRESS;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code COMPLETED}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static DeploymentRolloutState fromValue(String value) {
    return EnumValues.fromValue(DeploymentRolloutState.class, value);
  }
}
