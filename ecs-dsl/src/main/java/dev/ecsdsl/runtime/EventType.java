package dev.ecsdsl.runtime;

/** What a {@link RuntimeEvent} records. */
public enum EventType {
  /** A container instance joined its cluster. */
  INSTANCE_REGISTERED,
  /** A container instance became ACTIVE, DRAINING or INACTIVE. */
  INSTANCE_STATUS_CHANGED,
  /** A container instance's agent disconnected or reconnected. */
  AGENT_CONNECTIVITY_CHANGED,
  /** A task found its place. */
  TASK_PLACED,
  /** A task found no place. */
  TASK_PLACEMENT_FAILED,
  /** A task's lastStatus moved on. */
  TASK_STATUS_CHANGED,
  /** A task was asked to stop. */
  TASK_STOP_REQUESTED,
  /** A container started running. */
  CONTAINER_STARTED,
  /** A container's health changed. */
  CONTAINER_HEALTH_CHANGED,
  /** A container exited. */
  CONTAINER_EXITED,
  /** A load balancer target was registered, changed health, drained or left. */
  TARGET_HEALTH_CHANGED,
  /** Something about a service (used by the service scheduler). */
  SERVICE_EVENT,
  /** Application Auto Scaling changed a service's desired count. */
  SCALING_ACTIVITY,
  /**
   * An EventBridge scheduled rule: set up at deploy, then each firing with the tasks its RunTask started, or why
   * it started none.
   */
  SCHEDULED_RULE,
  /** A fault a test injected: a lost Availability Zone, a subnet out of addresses, and their end. */
  OUTAGE,
  /** A CloudWatch alarm changed state (evaluated from the simulated metrics, or set by a test). */
  ALARM_STATE_CHANGED
}
