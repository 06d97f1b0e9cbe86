package dev.ecsdsl.runtime;

import dev.ecsdsl.model.TransportProtocol;
import org.immutables.value.Value;

/** A container port bound to a host port. ECS API: {@code NetworkBinding}. */
@Value.Immutable
public interface NetworkBinding {
  /** The address bound on the host. */
  String bindIP();

  /** The container's port. */
  int containerPort();

  /** The host's port; from the ephemeral range when the mapping gave none. */
  int hostPort();

  /** tcp or udp. */
  TransportProtocol protocol();

  /** A binding. */
  static NetworkBinding of(String bindIP, int containerPort, int hostPort, TransportProtocol protocol) {
    return ImmutableNetworkBinding.builder().bindIP(bindIP).containerPort(containerPort).hostPort(hostPort)
        .protocol(protocol).build();
  }
}
