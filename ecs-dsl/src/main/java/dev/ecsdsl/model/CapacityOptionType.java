package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How Managed Instances are bought. ECS API: {@code CapacityOptionType}.
 */
public enum CapacityOptionType {
  /** On-Demand Instances (the default). */
  @JsonProperty("ON_DEMAND") ON_DEMAND,
  /** Spot Instances, interrupted with a two-minute notice. */
  @JsonProperty("SPOT") SPOT,
  /** Instances of EC2 Capacity Reservations. */
  @JsonProperty("RESERVED") RESERVED;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
