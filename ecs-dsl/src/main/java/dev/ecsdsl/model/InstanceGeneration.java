package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An instance generation of instance requirements. ECS API: {@code InstanceGeneration}.
 */
public enum InstanceGeneration {
  /** Current generation types. */
  @JsonProperty("current") CURRENT,
  /** Previous generation types. */
  @JsonProperty("previous") PREVIOUS;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
