package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a step adjustment changes the desired count (Application Auto Scaling). */
public enum AdjustmentType {
  /** Add the adjustment. */
  @JsonProperty("ChangeInCapacity") CHANGE_IN_CAPACITY,
  /** Set the count to the adjustment. */
  @JsonProperty("ExactCapacity") EXACT_CAPACITY,
  /** Add a percentage of the current count. */
  @JsonProperty("PercentChangeInCapacity") PERCENT_CHANGE_IN_CAPACITY;
}
