package dev.ecsdsl.control.services;

/** What failed a service deployment (developer guide, "Amazon ECS deployment failure detection"). */
public enum FailureCause {
  /** A lifecycle hook answered FAILED, timed out with ROLLBACK, or its function failed. */
  HOOK,
  /** One of its CloudWatch alarms went into ALARM. */
  ALARM,
  /** The deployment circuit breaker counted too many failed tasks. */
  CIRCUIT_BREAKER,
  /** StopServiceDeployment. */
  STOPPED
}
