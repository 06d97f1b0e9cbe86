package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A CPU manufacturer of instance requirements. ECS API: {@code CpuManufacturer}.
 */
public enum CpuManufacturer {
  /** Intel. */
  @JsonProperty("intel") INTEL,
  /** AMD. */
  @JsonProperty("amd") AMD,
  /** AWS Graviton. */
  @JsonProperty("amazon-web-services") AMAZON_WEB_SERVICES;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
