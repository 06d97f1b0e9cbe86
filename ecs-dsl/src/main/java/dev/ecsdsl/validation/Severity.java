package dev.ecsdsl.validation;

/** How serious a problem is: ERROR where ECS would reject the description, WARNING where ECS only warns. */
public enum Severity {
  /** ECS would reject it. */
  ERROR,
  /** ECS accepts it, but it is probably a mistake. */
  WARNING
}
