package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether ECS moves a service's tasks to even out Availability Zones. ECS API: {@code
 * AvailabilityZoneRebalancing}; ENABLED for new services when unset.
 */
public enum AvailabilityZoneRebalancing {
  /** ECS rebalances the tasks across zones. */
  @JsonProperty("ENABLED") ENABLED,
  /** ECS does not rebalance. */
  @JsonProperty("DISABLED") DISABLED;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
