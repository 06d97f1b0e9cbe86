package dev.ecsdsl.model;

/** Protocol of a listener, target group or health check. */
public enum ElbProtocol {
  /** HTTP. */
  HTTP,
  /** HTTPS. */
  HTTPS,
  /** TCP. */
  TCP,
  /** UDP. */
  UDP,
  /** TLS. */
  TLS,
  /** TCP and UDP on the same port. */
  TCP_UDP;
}
