package dev.ecsdsl.docker.endpoints;

import java.util.Objects;

/**
 * A run's Docker bridge network as the host sees it: where the task endpoints listen (the bridge's gateway
 * address, which is the host's own address on that network) and the interface its containers' packets
 * arrive on.
 *
 * @param name the Docker network's name
 * @param bridgeInterface the host's interface of the bridge, e.g. {@code br-0123456789ab}
 * @param gateway the gateway address, e.g. {@code 172.18.0.1}
 */
public record RunNetwork(String name, String bridgeInterface, String gateway) {
  /**
   * Checks the components.
   *
   * @param name the network's name, not null
   * @param bridgeInterface the bridge interface, not null
   * @param gateway the gateway address, not null
   */
  public RunNetwork {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bridgeInterface, "bridgeInterface");
    Objects.requireNonNull(gateway, "gateway");
  }
}
