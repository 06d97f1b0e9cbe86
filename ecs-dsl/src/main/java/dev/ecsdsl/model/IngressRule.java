package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An inbound rule of a security group: a protocol and port range, from a CIDR block or from another
 * security group (the members of that group). Ports 0–65535; protocol {@code -1} means all traffic.
 */
@Value.Immutable
public interface IngressRule {
  /** {@return {@code tcp}, {@code udp} or {@code -1} (all)} */
  @Value.Default
  default String ipProtocol() {
    return "tcp";
  }

  /** {@return the first port of the range} */
  int fromPort();

  /** {@return the last port of the range} */
  int toPort();

  /** {@return the source CIDR, e.g. {@code 0.0.0.0/0}} */
  Optional<String> cidrIp();

  /** {@return the source security group (id or name)} */
  Optional<String> sourceSecurityGroup();

  /**
   * {@return whether the rule admits tcp traffic to the port}
   *
   * @param port the TCP port
   */
  default boolean admitsTcpPort(int port) {
    return ("tcp".equals(ipProtocol()) || "-1".equals(ipProtocol())) && port >= fromPort() && port <= toPort();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link IngressRule}. */
  class Builder extends ImmutableIngressRule.Builder {}
}
