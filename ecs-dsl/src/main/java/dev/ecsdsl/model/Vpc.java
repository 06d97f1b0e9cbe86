package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The VPC everything runs in: its CIDR, subnets and security groups. */
@Value.Immutable
public interface Vpc {
  /** {@return the VPC id} */
  @Value.Default
  default String vpcId() {
    return "vpc-main";
  }

  /** {@return the IPv4 CIDR block of the VPC} */
  @Value.Default
  default String cidrBlock() {
    return "10.0.0.0/16";
  }

  /** {@return the subnets; each lies inside the VPC's block} */
  List<Subnet> subnets();

  /** {@return the security groups} */
  List<SecurityGroup> securityGroups();

  /**
   * {@return the subnet of that id}
   *
   * @param subnetId the subnet id
   */
  default Optional<Subnet> subnet(String subnetId) {
    return subnets().stream().filter(s -> s.subnetId().equals(subnetId)).findFirst();
  }

  /**
   * {@return the security group of that id or name}
   *
   * @param idOrName the security group's id or name
   */
  default Optional<SecurityGroup> securityGroup(String idOrName) {
    return securityGroups().stream()
        .filter(g -> g.groupId().equals(idOrName) || g.groupName().map(idOrName::equals).orElse(false))
        .findFirst();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Vpc}. */
  class Builder extends ImmutableVpc.Builder {}
}
