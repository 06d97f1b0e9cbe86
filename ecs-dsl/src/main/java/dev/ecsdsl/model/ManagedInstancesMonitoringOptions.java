package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CloudWatch monitoring of Managed Instances. ECS API: {@code ManagedInstancesMonitoringOptions}.
 */
public enum ManagedInstancesMonitoringOptions {
  /** Five-minute metrics (the default). */
  @JsonProperty("BASIC") BASIC,
  /** One-minute metrics. */
  @JsonProperty("DETAILED") DETAILED;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
