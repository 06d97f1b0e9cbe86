package dev.ecsdsl.docker.endpoints;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A run's Docker bridge network as the host sees it: where the task endpoints listen (the bridge's gateway
 * address, which is the host's own address on that network), the interface its containers' packets
 * arrive on, and the subnet its containers' addresses come from.
 *
 * @param name the Docker network's name
 * @param bridgeInterface the host's interface of the bridge, e.g. {@code br-0123456789ab}
 * @param gateway the gateway address, e.g. {@code 172.18.0.1}
 * @param subnet the network's IPv4 subnet, e.g. {@code 172.18.0.0/16}
 */
public record RunNetwork(String name, String bridgeInterface, String gateway, String subnet) {
  /**
   * Checks the components.
   *
   * @param name the network's name, not null
   * @param bridgeInterface the bridge interface, not null
   * @param gateway the gateway address, not null
   * @param subnet the subnet in CIDR notation, not null
   */
  public RunNetwork {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bridgeInterface, "bridgeInterface");
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(subnet, "subnet");
  }

  /**
   * Whether {@code address} is a task's on this network: in the subnet, and not the gateway (the host itself,
   * which every process on the host and every container that routes through the host can use as its source).
   *
   * @param address a caller's address
   * @return true for an address of the run's containers
   */
  public boolean isTaskAddress(InetAddress address) {
    try {
      if (address.equals(InetAddress.getByName(gateway))) {
        return false;
      }
      String[] cidr = subnet.split("/", 2);
      byte[] network = InetAddress.getByName(cidr[0]).getAddress();
      byte[] candidate = address.getAddress();
      int bits = cidr.length < 2 ? network.length * 8 : Integer.parseInt(cidr[1]);
      if (candidate.length != network.length) {
        return false;
      }
      for (int i = 0; i < network.length; i++) {
        int mask = bits >= 8 * (i + 1) ? 0xff : bits <= 8 * i ? 0 : (0xff << (8 - (bits - 8 * i))) & 0xff;
        if ((candidate[i] & mask) != (network[i] & mask)) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException | NumberFormatException e) {
      return false;
    }
  }
}
