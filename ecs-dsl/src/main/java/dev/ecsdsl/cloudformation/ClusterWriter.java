package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.InstanceType;
import dev.ecsdsl.model.ManagedScaling;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Clusters ({@code AWS::ECS::Cluster} with settings, tags, capacity providers and default strategy), their Auto
 * Scaling group capacity providers, and each instance group as an {@code AWS::AutoScaling::AutoScalingGroup}
 * with a launch template whose user data joins the cluster ({@code ECS_CLUSTER}) with the group's custom
 * attributes ({@code ECS_INSTANCE_ATTRIBUTES}), as the ECS agent reads them; the instance profile of its role.
 */
final class ClusterWriter {
  private ClusterWriter() {}

  static void write(TemplateOut out) {
    for (Cluster cluster : out.env.clusters()) {
      String id = out.id("Cluster", cluster.clusterName());
      out.known("cluster", cluster.clusterName(), TemplateOut.ref(id));
      out.known("clusterArn", cluster.arn(out.env.region(), out.env.accountId()), TemplateOut.getAtt(id, "Arn"));
    }
    for (Cluster cluster : out.env.clusters()) {
      String clusterId = out.logicalIdOf("cluster", cluster.clusterName());
      for (InstanceGroup group : cluster.instanceGroups()) {
        instanceGroup(out, group, clusterId);
      }
      boolean scalesGroups = false;
      for (CapacityProvider cp : cluster.capacityProviders()) {
        if (cp.type() == CapacityProviderType.AUTO_SCALING_GROUP) {
          capacityProvider(out, cp);
          scalesGroups = true;
        }
      }
      ObjectNode p = out.resource(clusterId, "AWS::ECS::Cluster");
      p.put("ClusterName", cluster.clusterName());
      cluster.containerInsights().ifPresent(c -> p.putArray("ClusterSettings").addObject()
          .put("Name", "containerInsights").put("Value", c ? "enabled" : "disabled"));
      if (!cluster.tags().isEmpty()) {
        p.set("Tags", tags(cluster.tags()));
      }
      // Group providers are associated by a resource of their own, as CDK does: the groups' user data names the
      // cluster, so the cluster cannot name their providers without a circle.
      ObjectNode providers = p;
      if (scalesGroups) {
        providers = out.resource(out.id(clusterId + "CapacityProviders", ""),
            "AWS::ECS::ClusterCapacityProviderAssociations");
        providers.set("Cluster", TemplateOut.ref(clusterId));
      }
      if (!cluster.capacityProviders().isEmpty()) {
        ArrayNode names = providers.putArray("CapacityProviders");
        cluster.capacityProviders().forEach(cp -> names.add(out.value("capacityProvider", cp.name())));
      }
      if (scalesGroups || !cluster.defaultCapacityProviderStrategy().isEmpty()) {
        providers.set("DefaultCapacityProviderStrategy", strategy(out, cluster.defaultCapacityProviderStrategy()));
      }
    }
  }

  private static String capacityProvider(TemplateOut out, CapacityProvider cp) {
    String id = out.id("CapacityProvider", cp.name());
    out.known("capacityProvider", cp.name(), TemplateOut.ref(id));
    ObjectNode p = out.resource(id, "AWS::ECS::CapacityProvider");
    p.put("Name", cp.name());
    ObjectNode asg = p.putObject("AutoScalingGroupProvider");
    cp.autoScalingGroup().ifPresent(g -> asg.set("AutoScalingGroupArn", out.value("asg", g)));
    cp.managedScaling().ifPresent(m -> managedScaling(asg.putObject("ManagedScaling"), m));
    cp.managedTerminationProtection().ifPresent(t -> asg.put("ManagedTerminationProtection", t ? "ENABLED" : "DISABLED"));
    return id;
  }

  private static void managedScaling(ObjectNode node, ManagedScaling m) {
    node.put("Status", m.enabled() ? "ENABLED" : "DISABLED").put("TargetCapacity", m.targetCapacity())
        .put("MinimumScalingStepSize", m.minimumScalingStepSize()).put("MaximumScalingStepSize", m.maximumScalingStepSize())
        .put("InstanceWarmupPeriod", m.instanceWarmupPeriod());
  }

  private static void instanceGroup(TemplateOut out, InstanceGroup group, String clusterId) {
    String id = out.id("Instances", group.name());
    String template = out.id(id + "LaunchTemplate", "");
    out.known("asg", group.name(), TemplateOut.ref(id));
    ObjectNode data = out.resource(template, "AWS::EC2::LaunchTemplate").putObject("LaunchTemplateData");
    data.put("InstanceType", group.instanceType()).put("ImageId", group.amiId());
    group.iamInstanceProfile().ifPresent(role -> {
      String profile = out.id(id + "Profile", "");
      out.resource(profile, "AWS::IAM::InstanceProfile").putArray("Roles").add(out.value("role", role));
      data.putObject("IamInstanceProfile").set("Name", TemplateOut.ref(profile));
    });
    if (group.spot().orElse(false)) {
      data.putObject("InstanceMarketOptions").put("MarketType", "spot");
    }
    ArrayNode parts = TemplateOut.NODES.arrayNode();
    parts.add("#!/bin/bash\necho ECS_CLUSTER=").add(TemplateOut.ref(clusterId)).add(" >> /etc/ecs/ecs.config\n");
    if (!group.attributes().isEmpty()) {
      ObjectNode attributes = TemplateOut.NODES.objectNode();
      group.attributes().forEach(attributes::put);
      parts.add("echo 'ECS_INSTANCE_ATTRIBUTES=" + attributes + "' >> /etc/ecs/ecs.config\n");
    }
    ObjectNode join = TemplateOut.NODES.objectNode();
    join.putArray("Fn::Join").add("").add(parts);
    data.putObject("UserData").set("Fn::Base64", join);

    ObjectNode p = out.resource(id, "AWS::AutoScaling::AutoScalingGroup");
    p.put("AutoScalingGroupName", group.name()).put("MinSize", String.valueOf(group.minSize()))
        .put("MaxSize", String.valueOf(group.maxSize())).put("DesiredCapacity", String.valueOf(group.desiredCapacity()));
    List<String> subnets = subnetsFor(out, group.availabilityZones());
    if (subnets != null) {
      p.set("VPCZoneIdentifier", out.values("subnet", subnets));
    } else {
      p.set("AvailabilityZones", TemplateOut.texts(group.availabilityZones()));
    }
    ObjectNode lt = p.putObject("LaunchTemplate");
    lt.set("LaunchTemplateId", TemplateOut.ref(template));
    lt.set("Version", TemplateOut.getAtt(template, "LatestVersionNumber"));
    ObjectNode kept = out.kept(id);
    if (!group.osType().equals("linux")) {
      kept.put("OsType", group.osType());
    }
    group.spot().ifPresent(s -> kept.put("Spot", s));
    group.instanceTypeOverride().ifPresent(t -> kept.set("InstanceTypeOverride", instanceType(t)));
    if (kept.isEmpty()) {
      ((ObjectNode) out.resources.get(id)).remove("Metadata");
    }
  }

  /** One subnet per zone, in the zones' order, when the VPC has one in every zone (and zones are distinct). */
  private static List<String> subnetsFor(TemplateOut out, List<String> zones) {
    List<String> subnets = new ArrayList<>();
    for (String zone : zones) {
      Optional<Subnet> subnet = out.env.vpc().subnets().stream().filter(s -> s.availabilityZone().equals(zone))
          .findFirst();
      if (subnet.isEmpty() || zones.indexOf(zone) != zones.lastIndexOf(zone)) {
        return null;
      }
      subnets.add(subnet.get().subnetId());
    }
    return subnets.isEmpty() ? null : subnets;
  }

  static ObjectNode instanceType(InstanceType t) {
    ObjectNode n = TemplateOut.NODES.objectNode();
    n.put("Name", t.name()).put("Vcpus", t.vcpus()).put("MemoryMiB", t.memoryMiB())
        .put("MaximumNetworkInterfaces", t.maximumNetworkInterfaces())
        .put("Ipv4AddressesPerInterface", t.ipv4AddressesPerInterface())
        .put("CpuArchitecture", EnumNames.name(t.cpuArchitecture())).put("OnDemandHourlyUsd", t.onDemandHourlyUsd());
    return n;
  }

  static ArrayNode tags(List<Tag> tags) {
    ArrayNode out = TemplateOut.NODES.arrayNode();
    tags.forEach(t -> out.addObject().put("Key", t.key()).put("Value", t.value()));
    return out;
  }

  static ArrayNode strategy(TemplateOut out, List<CapacityProviderStrategyItem> items) {
    ArrayNode node = TemplateOut.NODES.arrayNode();
    for (CapacityProviderStrategyItem item : items) {
      ObjectNode i = node.addObject();
      i.set("CapacityProvider", out.value("capacityProvider", item.capacityProvider()));
      item.weight().ifPresent(w -> i.put("Weight", w));
      item.base().ifPresent(b -> i.put("Base", b));
    }
    return node;
  }
}
