package dev.ecsdsl.runtime;

/**
 * The status of a task's elastic network interface attachment (ECS API, {@code Attachment.status}). {@link #toString()} is
 * the string ECS uses and {@link #fromValue} reads it back.
 */
public enum AttachmentStatus {
  /** Created before the task, not attached yet. */
  PRECREATED,
  /** Being attached while the task is provisioned. */
  ATTACHING,
  /** Attached: the task has its address. */
  ATTACHED,
  /** Being detached while the task is deprovisioned. */
  DETACHING,
  /** Detached. */
  DETACHED,
  /** Deleted with the stopped task. */
  DELETED,
  /** The attachment failed. */
  FAILED;

  /**
   * The constant for ECS's string form.
   *
   * @param value the string ECS uses, e.g. {@code PRECREATED}
   * @return the constant
   * @throws IllegalArgumentException when ECS has no such value
   */
  public static AttachmentStatus fromValue(String value) {
    return EnumValues.fromValue(AttachmentStatus.class, value);
  }
}
