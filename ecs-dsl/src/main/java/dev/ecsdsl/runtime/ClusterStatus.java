package dev.ecsdsl.runtime;

/**
 * The status of a cluster (ECS API, {@code Cluster.status}). {@link #toString()} is
 * the string ECS uses and {@link #fromValue} reads it back.
 */
public enum ClusterStatus {
  /** The cluster is ready to accept tasks. */
  ACTIVE,
  /** Resources the cluster's capacity providers need are being created. */
  PROVISIONING,
  /** Resources the cluster's capacity providers used are being deleted. */
  DEPROVISIONING,
  /** Creating the capacity providers' resources failed. */
  FAILED,
  /** The cluster was deleted. */
  INACTIVE;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code ACTIVE}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static ClusterStatus fromValue(String value) {
    return EnumValues.fromValue(ClusterStatus.class, value);
  }
}
