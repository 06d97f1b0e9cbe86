package dev.ecsdsl.model;


/** Transport protocol of a port mapping or listener. */
public enum TransportProtocol {
  /** TCP, the default. */
  @com.fasterxml.jackson.annotation.JsonProperty("tcp") TCP,
  /** UDP; not allowed with a load balancer or on ports with appProtocol. */
  @com.fasterxml.jackson.annotation.JsonProperty("udp") UDP
}
