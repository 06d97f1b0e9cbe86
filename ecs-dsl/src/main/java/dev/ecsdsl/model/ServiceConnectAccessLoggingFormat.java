package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The format of Service Connect access logs. ECS API: {@code ServiceConnectAccessLoggingFormat}.
 */
public enum ServiceConnectAccessLoggingFormat {
  /** Human-readable lines. */
  @JsonProperty("TEXT") TEXT,
  /** Structured records. */
  @JsonProperty("JSON") JSON;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
