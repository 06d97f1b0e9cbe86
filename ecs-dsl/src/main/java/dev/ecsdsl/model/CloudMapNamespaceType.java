package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of Cloud Map namespace. Cloud Map API: {@code NamespaceType} (Service Connect accepts HTTP and
 * DNS_PRIVATE namespaces).
 */
public enum CloudMapNamespaceType {
  /** Found by API calls only; what ECS creates for Service Connect. */
  @JsonProperty("HTTP") HTTP,
  /** A private DNS namespace associated with a VPC. */
  @JsonProperty("DNS_PRIVATE") DNS_PRIVATE;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
