package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The application protocol of a port mapping, for Service Connect's protocol-specific metrics and timeouts. ECS
 * API: {@code ApplicationProtocol}.
 */
public enum ApplicationProtocol {
  /** HTTP/1.1. */
  @JsonProperty("http") HTTP,
  /** HTTP/2. */
  @JsonProperty("http2") HTTP2,
  /** gRPC. */
  @JsonProperty("grpc") GRPC;

  /** {@return the name ECS uses for this value in its API and JSON} */
  public String ecsName() {
    try {
      return getClass().getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
