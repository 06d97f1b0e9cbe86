package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Docker networking mode of a task's containers. ECS API: {@code NetworkMode}. */
public enum NetworkMode {
  /** The task gets its own ENI and private IP; required on Fargate. */
  @JsonProperty("awsvpc") AWSVPC,
  /** Docker's bridge network; host ports static or dynamic. */
  @JsonProperty("bridge") BRIDGE,
  /** The host's network namespace; one task per host port. */
  @JsonProperty("host") HOST,
  /** No external networking. */
  @JsonProperty("none") NONE;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
