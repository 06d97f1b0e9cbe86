package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Maps a container port to the host (bridge, host) or to the task's ENI (awsvpc). ECS API: {@code PortMapping}.
 * In bridge mode a missing or zero {@code hostPort} asks for a dynamic host port from the ephemeral range.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePortMapping.class)
@JsonDeserialize(as = ImmutablePortMapping.class)
public interface PortMapping {
  /** {@return the port the application listens on inside the container} */
  Optional<Integer> containerPort();

  /** {@return the host port; in awsvpc and host mode it must equal containerPort (or be left out)} */
  Optional<Integer> hostPort();

  /** {@return the protocol: tcp (default) or udp} */
  Optional<TransportProtocol> protocol();

  /** {@return the mapping's name, used by Service Connect} */
  Optional<String> name();

  /** {@return the application protocol: http, http2 or grpc; used by Service Connect} */
  Optional<ApplicationProtocol> appProtocol();

  /** {@return a port range such as {@code 8000-8010}, instead of containerPort} */
  Optional<String> containerPortRange();

  /** {@return the protocol, tcp when unset} */
  default TransportProtocol protocolOrDefault() {
    return protocol().orElse(TransportProtocol.TCP);
  }

  /**
   * {@return a tcp mapping of the container port, with the host port left to the network mode's default}
   *
   * @param containerPort the port the container listens on
   */
  static PortMapping of(int containerPort) {
    return builder().containerPort(containerPort).build();
  }

  /**
   * {@return a tcp mapping of the container port to the given host port (0 = dynamic, in bridge mode)}
   *
   * @param containerPort the port the container listens on
   * @param hostPort the port on the instance (0 = dynamic, in bridge mode)
   */
  static PortMapping of(int containerPort, int hostPort) {
    return builder().containerPort(containerPort).hostPort(hostPort).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PortMapping}. */
  class Builder extends ImmutablePortMapping.Builder {}
}
