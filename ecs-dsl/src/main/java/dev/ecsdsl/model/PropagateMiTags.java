package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a Managed Instances capacity provider's tags go on its instances. ECS API: {@code PropagateMITags}.
 */
public enum PropagateMiTags {
  /** The capacity provider's tags are copied. */
  @JsonProperty("CAPACITY_PROVIDER") CAPACITY_PROVIDER,
  /** Not copied. */
  @JsonProperty("NONE") NONE;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
