package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.IngressRule;
import dev.ecsdsl.model.SecurityGroup;
import dev.ecsdsl.model.Subnet;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code AWS::EC2::VPC} (id and CIDR), {@code AWS::EC2::Subnet} (zone, CIDR, public IPs),
 * {@code AWS::EC2::SecurityGroup} with its inline {@code SecurityGroupIngress}, and separate
 * {@code AWS::EC2::SecurityGroupIngress} resources. Egress is not simulated (ECS's reachability checks look at
 * ingress only).
 */
final class NetworkResources {
  private NetworkResources() {}

  static void read(ReadContext ctx, ModelParts parts) {
    List<Template.Resource> vpcs = ctx.resources("AWS::EC2::VPC");
    for (int i = 0; i < vpcs.size(); i++) {
      Template.Resource vpc = vpcs.get(i);
      if (i == 0) {
        ctx.guarded(() -> {
          parts.vpcId = java.util.Optional.of(ctx.ids.name(vpc));
          parts.vpcCidr = ctx.text(vpc, "CidrBlock");
        });
      } else {
        ctx.notSimulated("Resources." + vpc.logicalId(), "a second VPC " + vpc.logicalId()
            + ": ecs-dsl models one VPC; its subnets and security groups join the first",
            "describe one VPC per stack");
      }
    }
    ctx.each("AWS::EC2::Subnet", r -> {
      String id = ctx.ids.name(r);
      Subnet.Builder subnet = Subnet.builder().subnetId(id)
          .availabilityZone(ctx.text(r, "AvailabilityZone").orElse(ctx.pseudo.region() + "a"))
          .cidrBlock(ctx.text(r, "CidrBlock").orElseThrow(() -> new TemplateError(r.path("CidrBlock"),
              TemplateRules.INVALID_PROPERTY, "subnet " + r.logicalId() + " has no CidrBlock (IPv6-only subnets are "
              + "not simulated)", "give the subnet an IPv4 CidrBlock")));
      ctx.bool(r, "MapPublicIpOnLaunch").ifPresent(subnet::mapPublicIpOnLaunch);
      parts.subnets.put(id, subnet.build());
    });
    ctx.template.parameters.fieldNames().forEachRemaining(name -> {
      String type = ctx.parameters.type(name);
      if ((type.equals("AWS::EC2::Subnet::Id") || type.equals("List<AWS::EC2::Subnet::Id>"))
          && ctx.parameters.known(name)) {
        JsonNode value = ctx.parameters.value(name, "Parameters." + name);
        (value.isArray() ? ReadContext.texts(value, "Parameters." + name) : List.of(value.asText()))
            .forEach(id -> Placeholders.subnet(ctx, parts, id));
      }
    });
    ctx.each("AWS::EC2::SecurityGroup", r -> {
      String id = ctx.ids.name(r);
      SecurityGroup.Builder group = SecurityGroup.builder().groupId(id);
      ctx.text(r, "GroupName").ifPresent(group::groupName);
      JsonNode rules = ctx.property(r, "SecurityGroupIngress").orElse(null);
      List<IngressRule> ingress = new ArrayList<>();
      if (rules != null) {
        for (int i = 0; i < rules.size(); i++) {
          ingress.add(rule(rules.get(i), r.path("SecurityGroupIngress") + "[" + i + "]"));
        }
      }
      parts.securityGroups.put(id, group);
      parts.ingress.computeIfAbsent(id, k -> new ArrayList<>()).addAll(ingress);
    });
    ctx.each("AWS::EC2::SecurityGroupIngress", r -> {
      ObjectNode p = ctx.properties(r);
      String groupId = ReadContext.text(p, "GroupId", r.propertiesPath())
          .or(() -> ReadContext.text(p, "GroupName", r.propertiesPath()))
          .orElseThrow(() -> new TemplateError(r.propertiesPath(), TemplateRules.INVALID_PROPERTY,
              "security group ingress " + r.logicalId() + " names no GroupId", "give GroupId: !Ref TheGroup"));
      parts.ingress.computeIfAbsent(groupId, k -> new ArrayList<>()).add(rule(p, r.propertiesPath()));
    });
  }

  /** One ingress rule; {@code -1} (all protocols) without ports opens every port. */
  static IngressRule rule(JsonNode p, String path) {
    String protocol = ReadContext.text(p, "IpProtocol", path).orElse("tcp").toLowerCase(java.util.Locale.ROOT);
    protocol = protocol.equals("6") ? "tcp" : protocol.equals("17") ? "udp" : protocol;
    int from = ReadContext.integer(p, "FromPort", path).orElse(protocol.equals("-1") ? 0 : -1);
    int to = ReadContext.integer(p, "ToPort", path).orElse(protocol.equals("-1") ? 65535 : from);
    if (from < 0 && protocol.equals("-1")) {
      from = 0;
      to = 65535;
    }
    IngressRule.Builder rule = IngressRule.builder().ipProtocol(protocol).fromPort(from).toPort(to);
    ReadContext.text(p, "CidrIp", path).ifPresent(rule::cidrIp);
    ReadContext.text(p, "SourceSecurityGroupId", path).or(() -> ReadContext.text(p, "SourceSecurityGroupName", path))
        .ifPresent(rule::sourceSecurityGroup);
    return rule.build();
  }
}
