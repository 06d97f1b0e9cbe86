package dev.ecsdsl.control.services;

/**
 * The rollout state of a rolling deployment (DescribeServices, {@code Deployment.rolloutState}): "When a service
 * deployment is started, it begins in an IN_PROGRESS state. When the service reaches a steady state, the
 * deployment transitions to a COMPLETED state. If the service fails to reach a steady state and circuit breaker
 * is turned on, the deployment transitions to a FAILED state."
 */
public enum RolloutState {
  /** Rolling toward the desired count. */
  IN_PROGRESS,
  /** Steady on this deployment. */
  COMPLETED,
  /** The circuit breaker tripped: it launches no more tasks. */
  FAILED
}
