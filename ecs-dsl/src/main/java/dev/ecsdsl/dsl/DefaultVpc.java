package dev.ecsdsl.dsl;

import dev.ecsdsl.model.IngressRule;
import dev.ecsdsl.model.SecurityGroup;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.Vpc;

/** The shape of AWS's default VPC in a region: 172.31.0.0/16, one /20 default subnet per zone a–c. */
final class DefaultVpc {
  private DefaultVpc() {}

  static Vpc of(String region) {
    Vpc.Builder vpc = Vpc.builder().vpcId("vpc-default").cidrBlock("172.31.0.0/16");
    String[] zones = {"a", "b", "c"};
    for (int i = 0; i < zones.length; i++) {
      vpc.addSubnet(Subnet.builder().subnetId("subnet-default-" + region + zones[i])
          .availabilityZone(region + zones[i]).cidrBlock("172.31." + (i * 16) + ".0/20")
          .mapPublicIpOnLaunch(true).build());
    }
    vpc.addSecurityGroup(SecurityGroup.builder().groupId("default").addIngress(
        IngressRule.builder().ipProtocol("-1").fromPort(0).toPort(65535).sourceSecurityGroup("default").build())
        .build());
    return vpc.build();
  }
}
