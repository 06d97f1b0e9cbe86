package dev.ecsdsl.runtime;

/** The status of a container instance. ECS API: {@code ContainerInstance.status}. */
public enum ContainerInstanceStatus {
  /** Accepts tasks. */
  ACTIVE,
  /** Accepts no new tasks; service tasks on it are replaced elsewhere; standalone tasks are left alone. */
  DRAINING,
  /** Deregistered; no longer part of the cluster. */
  INACTIVE;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code ACTIVE}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static ContainerInstanceStatus fromValue(String value) {
    return EnumValues.fromValue(ContainerInstanceStatus.class, value);
  }
}
