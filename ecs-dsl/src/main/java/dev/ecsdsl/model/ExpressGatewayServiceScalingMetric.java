package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The metric an Express service's scaling tracks. ECS API: {@code ExpressGatewayServiceScalingMetric}.
 */
public enum ExpressGatewayServiceScalingMetric {
  /** Average CPU utilization of the service (the default). */
  @JsonProperty("AVERAGE_CPU") AVERAGE_CPU,
  /** Average memory utilization of the service. */
  @JsonProperty("AVERAGE_MEMORY") AVERAGE_MEMORY,
  /** Load balancer requests per target. */
  @JsonProperty("REQUEST_COUNT_PER_TARGET") REQUEST_COUNT_PER_TARGET;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
