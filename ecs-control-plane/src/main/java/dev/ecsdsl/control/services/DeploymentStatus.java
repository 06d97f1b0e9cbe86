package dev.ecsdsl.control.services;

/** A deployment's status in the {@code deployments} array of DescribeServices. */
public enum DeploymentStatus {
  /** The most recent deployment: the one the service rolls toward. */
  PRIMARY,
  /** An older deployment that still has tasks. */
  ACTIVE,
  /** A deployment whose tasks have all been replaced. */
  INACTIVE
}
