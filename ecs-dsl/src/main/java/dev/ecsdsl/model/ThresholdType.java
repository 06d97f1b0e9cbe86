package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a circuit breaker's threshold value counts. ECS API: {@code ThresholdConfiguration.type}. */
public enum ThresholdType {
  /** A fixed number of failed tasks. */
  @JsonProperty("COUNT") COUNT,
  /** A percentage of the desired count, kept between 3 and 200. */
  @JsonProperty("BOUNDED_PERCENT") BOUNDED_PERCENT,
  /** A percentage of the desired count, unbounded. */
  @JsonProperty("UNBOUNDED_PERCENT") UNBOUNDED_PERCENT
}
