package dev.ecsdsl.model;


/** Condition a container waits for before it starts. ECS API: {@code ContainerCondition}. */
public enum ContainerCondition {
  /** The dependency has started. */
  START,
  /** The dependency ran to completion (any exit code); only for non-essential dependencies. */
  COMPLETE,
  /** The dependency exited with code 0; only for non-essential dependencies. */
  SUCCESS,
  /** The dependency's health check passed; it needs a health check. */
  HEALTHY
}
