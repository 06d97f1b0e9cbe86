package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.IngressRule;
import dev.ecsdsl.model.SecurityGroup;
import dev.ecsdsl.model.Subnet;
import java.util.ArrayList;
import java.util.List;

/**
 * Subnets and security groups that resources use but the template does not declare: they come from
 * parameters ({@code AWS::EC2::Subnet::Id}) or other stacks' exports. A subnet takes its zone and CIDR from
 * the template's {@code Metadata.EcsDsl.Subnets} (which a template written by ecs-dsl carries), else the next
 * of the region's zones a, b, c and a /20 of the VPC; a security group from outside is assumed to admit all
 * traffic from the VPC. Each assumption is a warning.
 */
final class Placeholders {
  private Placeholders() {}

  /** The zone of a subnet, made known from the metadata or assumed if the template does not declare it. */
  static String zoneOf(ReadContext ctx, ModelParts parts, String subnetId) {
    return subnet(ctx, parts, subnetId).availabilityZone();
  }

  static Subnet subnet(ReadContext ctx, ModelParts parts, String subnetId) {
    Subnet known = parts.subnets.get(subnetId);
    if (known != null) {
      return known;
    }
    JsonNode kept = ctx.template.metadata.path("EcsDsl").path("Subnets").get(subnetId);
    Subnet.Builder subnet = Subnet.builder().subnetId(subnetId);
    if (kept != null) {
      String path = "Metadata.EcsDsl.Subnets." + subnetId;
      subnet.availabilityZone(ReadContext.text(kept, "AvailabilityZone", path).orElse(ctx.pseudo.region() + "a"))
          .cidrBlock(ReadContext.text(kept, "CidrBlock", path).orElse("10.0.0.0/24"));
      ReadContext.bool(kept, "MapPublicIpOnLaunch", path).ifPresent(subnet::mapPublicIpOnLaunch);
    } else {
      int n = parts.placeholderSubnets++;
      String zone = ctx.pseudo.region() + (char) ('a' + n % 3);
      String cidr = "10.0." + (16 * (n % 16)) + ".0/20";
      subnet.availabilityZone(zone).cidrBlock(cidr);
      ctx.notSimulated("Resources", "subnet " + subnetId + " comes from outside the template; it is assumed to be in "
          + zone + " with " + cidr, "declare it in the template, or give Metadata.EcsDsl.Subnets." + subnetId
          + " with AvailabilityZone and CidrBlock");
    }
    Subnet built = subnet.build();
    parts.subnets.put(subnetId, built);
    return built;
  }

  /** Makes known every subnet and security group the model uses that the template does not declare. */
  static void complete(ReadContext ctx, ModelParts parts, List<String> subnetIds, List<String> groupIds) {
    for (String id : subnetIds) {
      subnet(ctx, parts, id);
    }
    String vpcCidr = parts.vpcCidr.orElse("10.0.0.0/16");
    for (String id : new ArrayList<>(groupIds)) {
      if (!parts.securityGroups.containsKey(id) && parts.securityGroups.values().stream()
          .noneMatch(g -> g.build().groupName().map(id::equals).orElse(false))) {
        parts.securityGroups.put(id, SecurityGroup.builder().groupId(id));
        parts.ingress.computeIfAbsent(id, k -> new ArrayList<>()).add(IngressRule.builder().ipProtocol("-1")
            .fromPort(0).toPort(65535).cidrIp(vpcCidr).build());
        ctx.notSimulated("Resources", "security group " + id + " comes from outside the template; it is assumed to "
            + "admit all traffic from the VPC (" + vpcCidr + ")", "declare it in the template to simulate its rules");
      }
    }
  }
}
