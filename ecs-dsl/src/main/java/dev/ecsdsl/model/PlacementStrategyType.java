package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kind of task placement strategy. ECS API: {@code PlacementStrategyType}. */
public enum PlacementStrategyType {
  /** Random placement. */
  @JsonProperty("random") RANDOM,
  /** Spread evenly over the values of a field (instanceId, host or an attribute). */
  @JsonProperty("spread") SPREAD,
  /** Leave the least of a resource (cpu or memory) unused. */
  @JsonProperty("binpack") BINPACK;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
