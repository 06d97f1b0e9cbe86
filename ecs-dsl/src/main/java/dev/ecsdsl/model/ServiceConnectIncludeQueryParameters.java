package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether Service Connect access logs include query parameters. ECS API: {@code
 * ServiceConnectIncludeQueryParameters}.
 */
public enum ServiceConnectIncludeQueryParameters {
  /** Left out (the default). */
  @JsonProperty("DISABLED") DISABLED,
  /** Logged. */
  @JsonProperty("ENABLED") ENABLED;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
