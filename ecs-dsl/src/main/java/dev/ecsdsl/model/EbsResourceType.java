package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The resource type of an EBS tag specification. ECS API: {@code EBSResourceType}.
 */
public enum EbsResourceType {
  /** An EBS volume. */
  @JsonProperty("volume") VOLUME;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
