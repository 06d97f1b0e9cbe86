package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the service scheduler places a service's tasks. ECS API: {@code SchedulingStrategy}. */
public enum SchedulingStrategy {
  /** Keep desiredCount tasks across the cluster. */
  @JsonProperty("REPLICA") REPLICA,
  /** One task on every container instance that meets the constraints. */
  @JsonProperty("DAEMON") DAEMON;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
