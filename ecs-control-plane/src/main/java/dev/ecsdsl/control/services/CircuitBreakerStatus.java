package dev.ecsdsl.control.services;

/**
 * What the deployment circuit breaker does for a service deployment (API reference,
 * {@code ServiceDeploymentCircuitBreaker.status}).
 */
public enum CircuitBreakerStatus {
  /** The breaker tripped: the deployment failed. */
  TRIGGERED,
  /** The breaker counts the deployment's failed tasks. */
  MONITORING,
  /** The deployment completed without tripping the breaker. */
  MONITORING_COMPLETE,
  /** The deployment has no circuit breaker. */
  DISABLED
}
