package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a kind of instance type is included, required or excluded. ECS API: {@code BareMetal} (and {@code
 * BurstablePerformance}, which has the same values).
 */
public enum BareMetal {
  /** Allowed. */
  @JsonProperty("included") INCLUDED,
  /** Only these. */
  @JsonProperty("required") REQUIRED,
  /** Never. */
  @JsonProperty("excluded") EXCLUDED;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
