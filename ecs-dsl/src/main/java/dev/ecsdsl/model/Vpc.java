package dev.ecsdsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The VPC everything runs in: its CIDR, subnets and security groups. */
@Value.Immutable
public interface Vpc {
  /** VPC id. */
  @Value.Default
  default String vpcId() {
    return "vpc-main";
  }

  /** IPv4 CIDR block of the VPC. */
  @Value.Default
  default String cidrBlock() {
    return "10.0.0.0/16";
  }

  /** Subnets; each lies inside the VPC's block. */
  List<Subnet> subnets();

  /** Security groups. */
  List<SecurityGroup> securityGroups();

  /** The subnet of that id. */
  default Optional<Subnet> subnet(String subnetId) {
    return subnets().stream().filter(s -> s.subnetId().equals(subnetId)).findFirst();
  }

  /** The security group of that id or name. */
  default Optional<SecurityGroup> securityGroup(String idOrName) {
    return securityGroups().stream()
        .filter(g -> g.groupId().equals(idOrName) || g.groupName().map(idOrName::equals).orElse(false))
        .findFirst();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Vpc}. */
  class Builder extends ImmutableVpc.Builder {}
}
