package dev.ecsdsl.dsl;

import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.Vpc;
import java.util.function.Consumer;

/** Describes the VPC: its CIDR block, subnets and security groups. */
public final class VpcBuilder {
  private final Vpc.Builder vpc = Vpc.builder();

  VpcBuilder() {}

  /**
   * VPC id (default {@code vpc-main}).
   *
   * @param vpcId the VPC id
   * @return this builder
   */
  public VpcBuilder id(String vpcId) {
    vpc.vpcId(vpcId);
    return this;
  }

  /**
   * IPv4 CIDR block (default {@code 10.0.0.0/16}).
   *
   * @param cidrBlock the block, e.g. {@code 10.0.0.0/16}
   * @return this builder
   */
  public VpcBuilder cidr(String cidrBlock) {
    vpc.cidrBlock(cidrBlock);
    return this;
  }

  /**
   * A private subnet in a zone.
   *
   * @param subnetId the subnet id, e.g. {@code subnet-private-a}
   * @param availabilityZone its zone, e.g. {@code eu-west-1a}
   * @param cidrBlock its block, inside the VPC's
   * @return this builder
   */
  public VpcBuilder subnet(String subnetId, String availabilityZone, String cidrBlock) {
    vpc.addSubnet(Subnet.builder().subnetId(subnetId).availabilityZone(availabilityZone).cidrBlock(cidrBlock).build());
    return this;
  }

  /**
   * A public subnet (tasks and instances get public IPs) in a zone.
   *
   * @param subnetId the subnet id, e.g. {@code subnet-public-a}
   * @param availabilityZone its zone, e.g. {@code eu-west-1a}
   * @param cidrBlock its block, inside the VPC's
   * @return this builder
   */
  public VpcBuilder publicSubnet(String subnetId, String availabilityZone, String cidrBlock) {
    vpc.addSubnet(Subnet.builder().subnetId(subnetId).availabilityZone(availabilityZone).cidrBlock(cidrBlock)
        .mapPublicIpOnLaunch(true).build());
    return this;
  }

  /**
   * A security group.
   *
   * @param groupId the group id, e.g. {@code sg-web}
   * @param spec its name and inbound rules
   * @return this builder
   */
  public VpcBuilder securityGroup(String groupId, Consumer<SecurityGroupBuilder> spec) {
    SecurityGroupBuilder b = new SecurityGroupBuilder(groupId);
    spec.accept(b);
    vpc.addSecurityGroup(b.build());
    return this;
  }

  Vpc build() {
    return vpc.build();
  }
}
