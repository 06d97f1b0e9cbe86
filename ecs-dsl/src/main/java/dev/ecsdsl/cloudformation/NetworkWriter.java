package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.IngressRule;
import dev.ecsdsl.model.SecurityGroup;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.Vpc;

/**
 * The VPC and its subnets as parameters an account supplies ({@code AWS::EC2::VPC::Id},
 * {@code AWS::EC2::Subnet::Id}, the model's ids as defaults), their zones and CIDRs in
 * {@code Metadata.EcsDsl}; security groups as {@code AWS::EC2::SecurityGroup} resources in that VPC.
 */
final class NetworkWriter {
  private NetworkWriter() {}

  static void write(TemplateOut out) {
    Vpc vpc = out.env.vpc();
    ObjectNode vpcId = out.parameters.putObject("VpcId");
    vpcId.put("Type", "AWS::EC2::VPC::Id").put("Default", vpc.vpcId())
        .put("Description", "The VPC the stack runs in");
    ObjectNode keptVpc = out.metadata.putObject("Vpc");
    keptVpc.put("VpcId", vpc.vpcId()).put("CidrBlock", vpc.cidrBlock());
    ObjectNode keptSubnets = out.metadata.putObject("Subnets");
    for (Subnet subnet : vpc.subnets()) {
      String id = out.id("Subnet", subnet.availabilityZone());
      ObjectNode p = out.parameters.putObject(id);
      p.put("Type", "AWS::EC2::Subnet::Id").put("Default", subnet.subnetId())
          .put("Description", "A subnet in " + subnet.availabilityZone() + " (" + subnet.cidrBlock() + ")");
      ObjectNode kept = keptSubnets.putObject(subnet.subnetId());
      kept.put("AvailabilityZone", subnet.availabilityZone()).put("CidrBlock", subnet.cidrBlock());
      subnet.mapPublicIpOnLaunch().ifPresent(m -> kept.put("MapPublicIpOnLaunch", m));
      out.known("subnet", subnet.subnetId(), TemplateOut.ref(id));
    }
    for (SecurityGroup group : vpc.securityGroups()) {
      String id = out.id("SecurityGroup", group.nameOrId());
      out.known("securityGroup", group.groupId(), TemplateOut.ref(id));
    }
    for (SecurityGroup group : vpc.securityGroups()) {
      String id = out.logicalIdOf("securityGroup", group.groupId());
      ObjectNode p = out.resource(id, "AWS::EC2::SecurityGroup");
      p.put("GroupDescription", "security group " + group.nameOrId());
      group.groupName().ifPresent(n -> p.put("GroupName", n));
      p.set("VpcId", TemplateOut.ref("VpcId"));
      out.kept(id).put("PhysicalId", group.groupId());
      // A rule from a group of the template is a resource of its own: inline it would make a circle of groups.
      boolean separate = group.ingress().stream().anyMatch(r -> r.sourceSecurityGroup()
          .map(g -> out.logicalIdOf("securityGroup", g) != null).orElse(false));
      ArrayNode inline = separate ? null : p.putArray("SecurityGroupIngress");
      int n = 0;
      for (IngressRule rule : group.ingress()) {
        ObjectNode r = inline != null ? inline.addObject()
            : out.resource(out.id(id + "Ingress", String.valueOf(++n)), "AWS::EC2::SecurityGroupIngress");
        if (inline == null) {
          r.set("GroupId", TemplateOut.ref(id));
        }
        r.put("IpProtocol", rule.ipProtocol()).put("FromPort", rule.fromPort()).put("ToPort", rule.toPort());
        rule.cidrIp().ifPresent(c -> r.put("CidrIp", c));
        rule.sourceSecurityGroup().ifPresent(s -> r.set("SourceSecurityGroupId", out.value("securityGroup", s)));
      }
    }
  }
}
