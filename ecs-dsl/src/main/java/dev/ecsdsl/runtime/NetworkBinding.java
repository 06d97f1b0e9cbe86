package dev.ecsdsl.runtime;

import dev.ecsdsl.model.TransportProtocol;
import org.immutables.value.Value;

/** A container port bound to a host port. ECS API: {@code NetworkBinding}. */
@Value.Immutable
public interface NetworkBinding {
  /** {@return the address bound on the host} */
  String bindIP();

  /** {@return the container's port} */
  int containerPort();

  /** {@return the host's port; from the ephemeral range when the mapping gave none} */
  int hostPort();

  /** {@return the protocol: tcp or udp} */
  TransportProtocol protocol();

  /**
   * {@return a binding}
   *
   * @param bindIP the instance address the port is bound on
   * @param containerPort the port the container listens on
   * @param hostPort the port on the instance
   * @param protocol TCP or UDP
   */
  static NetworkBinding of(String bindIP, int containerPort, int hostPort, TransportProtocol protocol) {
    return ImmutableNetworkBinding.builder().bindIP(bindIP).containerPort(containerPort).hostPort(hostPort)
        .protocol(protocol).build();
  }
}
