package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A subnet of the VPC. Its CIDR block bounds how many awsvpc tasks (ENIs) it can hold: AWS reserves five
 * addresses of every subnet (network, VPC router, DNS, future use, broadcast).
 */
@Value.Immutable
public interface Subnet {
  /** {@return the subnet id, e.g. {@code subnet-private-a}; services refer to it by this id} */
  String subnetId();

  /** {@return the subnet's availability zone, e.g. {@code eu-west-1a}} */
  String availabilityZone();

  /** {@return the IPv4 CIDR block, e.g. {@code 10.0.1.0/24} (prefix /16 to /28)} */
  String cidrBlock();

  /** {@return whether instances and tasks here get public IPs (a public subnet)} */
  Optional<Boolean> mapPublicIpOnLaunch();

  /**
   * {@return the addresses usable by ENIs: the block size less the five AWS reserves, or 0 when the CIDR is
   * unreadable}
   */
  default int usableIpAddressCount() {
    return Cidr.parse(cidrBlock()).map(c -> Math.max(0, c.size() - 5)).orElse(0);
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Subnet}. */
  class Builder extends ImmutableSubnet.Builder {}
}
