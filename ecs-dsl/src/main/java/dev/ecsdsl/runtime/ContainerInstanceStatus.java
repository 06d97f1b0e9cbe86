package dev.ecsdsl.runtime;

/** The status of a container instance. ECS API: {@code ContainerInstance.status}. */
public enum ContainerInstanceStatus {
  /** Accepts tasks. */
  ACTIVE,
  /** Accepts no new tasks; service tasks on it are replaced elsewhere; standalone tasks are left alone. */
  DRAINING,
  /** Deregistered; no longer part of the cluster. */
  INACTIVE
}
