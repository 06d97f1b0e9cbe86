package dev.ecsdsl.control.services;

/** A service's status, as DescribeServices shows it. */
public enum ServiceStatus {
  /** Running its tasks. */
  ACTIVE,
  /** DeleteService was called: its tasks stop. */
  DRAINING,
  /** Deleted, and no task of it is left. */
  INACTIVE
}
