package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the tags of a task's resources are copied from. ECS API: {@code PropagateTags}.
 */
public enum PropagateTags {
  /** From the task definition. */
  @JsonProperty("TASK_DEFINITION") TASK_DEFINITION,
  /** From the service. */
  @JsonProperty("SERVICE") SERVICE,
  /** Not copied. */
  @JsonProperty("NONE") NONE;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
