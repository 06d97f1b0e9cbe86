package dev.ecsdsl.model;

/** Effect of an IAM policy statement. */
public enum Effect {
  /** Allow the actions on the resources. */
  ALLOW,
  /** Deny them; an explicit deny wins over any allow. */
  DENY;
}
