package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.Subnet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code AWS::AutoScaling::AutoScalingGroup}s whose instances join an ECS cluster, as instance groups: size,
 * zones (from {@code VPCZoneIdentifier}'s subnets or {@code AvailabilityZones}), and from the
 * {@code AWS::EC2::LaunchTemplate} or {@code AWS::AutoScaling::LaunchConfiguration}: instance type, AMI, instance
 * profile role, Spot, and the user data's {@code ECS_CLUSTER} and {@code ECS_INSTANCE_ATTRIBUTES}, which say
 * which cluster the instances join and with which custom attributes, as the ECS agent reads them from
 * {@code /etc/ecs/ecs.config}. A group that a capacity provider scales but whose user data names no cluster
 * joins the provider's cluster here, with a warning: real instances would join {@code default}.
 */
final class InstanceGroups {
  private static final Pattern CLUSTER = Pattern.compile("ECS_CLUSTER=['\"]?([A-Za-z0-9_-]+)");
  private static final String ATTRIBUTES_KEY = "ECS_INSTANCE_ATTRIBUTES=";
  private static final ObjectMapper JSON = new ObjectMapper();

  private InstanceGroups() {}

  /** What a launch template or configuration says about its instances. */
  private record Launch(Optional<String> instanceType, Optional<String> imageId, Optional<String> profile,
      boolean spot, String userData, String path) {}

  static void read(ReadContext ctx, ModelParts parts, Map<String, CapacityProvider> providers) {
    ctx.each("AWS::AutoScaling::AutoScalingGroup", r -> {
      String name = ctx.ids.name(r);
      Launch launch = launch(ctx, r);
      Optional<String> fromUserData = match(CLUSTER, launch.userData());
      Optional<String> fromProvider = providers.values().stream()
          .filter(p -> p.autoScalingGroup().map(name::equals).orElse(false))
          .map(p -> ClusterResources.clusterOf(parts, p.name())).flatMap(Optional::stream).findFirst();
      String clusterName = fromUserData.or(() -> fromProvider).orElse(null);
      if (clusterName == null) {
        ctx.notSimulated("Resources." + r.logicalId(), "Auto Scaling group " + r.logicalId() + " joins no ECS "
            + "cluster (its user data sets no ECS_CLUSTER and no capacity provider of a cluster scales it); left out",
            "nothing to do if its instances are not container instances");
        return;
      }
      if (fromUserData.isEmpty()) {
        ctx.notSimulated(launch.path(), "the user data of " + r.logicalId() + " sets no ECS_CLUSTER: real instances "
            + "would join the cluster 'default'; here they join " + clusterName + ", the cluster of its capacity "
            + "provider", "add 'echo ECS_CLUSTER=" + clusterName + " >> /etc/ecs/ecs.config' to the user data");
      }
      Cluster.Builder cluster = parts.clusters.get(clusterName);
      if (cluster == null) {
        throw new TemplateError(launch.path(), TemplateRules.INVALID_PROPERTY, "the instances of " + r.logicalId()
            + " join cluster " + clusterName + ", which the template does not declare",
            "declare the cluster in this template");
      }
      int min = ctx.integer(r, "MinSize").orElse(0);
      InstanceGroup.Builder group = InstanceGroup.builder().name(name).minSize(min)
          .maxSize(ctx.integer(r, "MaxSize").orElse(min)).desiredCapacity(ctx.integer(r, "DesiredCapacity").orElse(min))
          .availabilityZones(zones(ctx, parts, r))
          .instanceType(launch.instanceType().orElseThrow(() -> new TemplateError(launch.path(),
              TemplateRules.INVALID_PROPERTY, "the instances of " + r.logicalId() + " have no InstanceType",
              "give the launch template or configuration an InstanceType")));
      launch.imageId().ifPresent(group::amiId);
      JsonNode kept = r.metadata().path("EcsDsl");
      if (kept.has("OsType")) {
        group.osType(kept.get("OsType").asText());
      } else if (launch.imageId().map(i -> i.toLowerCase(java.util.Locale.ROOT).contains("windows")).orElse(false)) {
        group.osType("windows");
      }
      launch.profile().map(p -> parts.instanceProfileRoles.getOrDefault(dev.ecsdsl.model.Arns.name(p), p))
          .ifPresent(group::iamInstanceProfile);
      if (launch.spot() || kept.has("Spot")) {
        group.spot(kept.has("Spot") ? kept.get("Spot").asBoolean() : true);
      }
      attributes(launch.userData(), launch.path()).ifPresent(group::attributes);
      if (kept.has("InstanceTypeOverride")) {
        group.instanceTypeOverride(instanceType(kept.get("InstanceTypeOverride"),
            "Resources." + r.logicalId() + ".Metadata.EcsDsl.InstanceTypeOverride"));
      }
      cluster.addInstanceGroups(group.build());
    });
  }

  private static List<String> zones(ReadContext ctx, ModelParts parts, Template.Resource r) {
    List<String> zones = new ArrayList<>();
    for (String subnetId : ctx.texts(r, "VPCZoneIdentifier")) {
      Subnet subnet = parts.subnets.get(subnetId);
      String zone = subnet != null ? subnet.availabilityZone() : Placeholders.zoneOf(ctx, parts, subnetId);
      if (!zones.contains(zone)) {
        zones.add(zone);
      }
    }
    for (String zone : ctx.texts(r, "AvailabilityZones")) {
      if (!zones.contains(zone)) {
        zones.add(zone);
      }
    }
    if (zones.isEmpty()) {
      zones.add(ctx.pseudo.region() + "a");
    }
    return zones;
  }

  private static Launch launch(ReadContext ctx, Template.Resource asg) {
    JsonNode spec = ctx.property(asg, "LaunchTemplate")
        .or(() -> ctx.property(asg, "MixedInstancesPolicy").map(m -> m.path("LaunchTemplate")
            .path("LaunchTemplateSpecification"))).orElse(null);
    if (spec != null && !spec.isMissingNode()) {
      String id = spec.has("LaunchTemplateId") ? spec.get("LaunchTemplateId").asText()
          : spec.path("LaunchTemplateName").asText();
      Template.Resource lt = ctx.owner(id, "AWS::EC2::LaunchTemplate").or(() -> ctx.resources("AWS::EC2::LaunchTemplate")
          .stream().filter(t -> ctx.ids.name(t).equals(id)).findFirst()).orElseThrow(() -> new TemplateError(
              asg.path("LaunchTemplate"), TemplateRules.INVALID_PROPERTY, "launch template " + id
              + " is not declared in the template", "declare it as an AWS::EC2::LaunchTemplate"));
      if (!lt.properties().has("LaunchTemplateData")) {
        throw new TemplateError(lt.propertiesPath(), TemplateRules.INVALID_PROPERTY, "launch template "
            + lt.logicalId() + " has no LaunchTemplateData", "give LaunchTemplateData with an InstanceType");
      }
      String path = lt.path("LaunchTemplateData");
      Optional<JsonNode> profile = ctx.property(lt, "LaunchTemplateData", "IamInstanceProfile");
      Optional<String> profileName = profile.map(p -> p.has("Arn") ? p.get("Arn").asText() : p.path("Name").asText());
      return new Launch(ctx.property(lt, "LaunchTemplateData", "InstanceType").map(v -> ReadContext.scalar(v,
          path + ".InstanceType")), imageId(ctx, lt, "LaunchTemplateData"), profileName,
          ctx.property(lt, "LaunchTemplateData", "InstanceMarketOptions").map(m -> m.path("MarketType").asText())
              .map("spot"::equals).orElse(false),
          userData(ctx, lt, "LaunchTemplateData"), path);
    }
    Optional<String> configName = ctx.text(asg, "LaunchConfigurationName");
    if (configName.isPresent()) {
      Template.Resource lc = ctx.owner(configName.get(), "AWS::AutoScaling::LaunchConfiguration").orElseThrow(() ->
          new TemplateError(asg.path("LaunchConfigurationName"), TemplateRules.INVALID_PROPERTY,
              "launch configuration " + configName.get() + " is not declared in the template",
              "declare it as an AWS::AutoScaling::LaunchConfiguration"));
      return new Launch(ctx.text(lc, "InstanceType"), imageId(ctx, lc, null), ctx.text(lc, "IamInstanceProfile"),
          lc.properties().has("SpotPrice"), userData(ctx, lc, null), lc.propertiesPath());
    }
    throw new TemplateError(asg.propertiesPath(), TemplateRules.INVALID_PROPERTY, "Auto Scaling group "
        + asg.logicalId() + " has no LaunchTemplate or LaunchConfigurationName", "give it a launch template");
  }

  /** The AMI; one read from SSM Parameter Store when the stack deploys only matters as {@code ecs.ami-id}. */
  private static Optional<String> imageId(ReadContext ctx, Template.Resource r, String container) {
    try {
      return container == null ? ctx.text(r, "ImageId")
          : ctx.property(r, container, "ImageId").map(v -> ReadContext.scalar(v, r.path(container) + ".ImageId"));
    } catch (TemplateError e) {
      if (!e.isUnknowable()) {
        throw e;
      }
      ctx.problems.add(e.asWarning());
      return Optional.empty();
    }
  }

  private static String userData(ReadContext ctx, Template.Resource r, String container) {
    Optional<String> text;
    try {
      text = container == null ? ctx.text(r, "UserData")
          : ctx.property(r, container, "UserData").map(v -> ReadContext.scalar(v, r.path(container) + ".UserData"));
    } catch (TemplateError e) {
      if (!e.isUnknowable()) {
        throw e;
      }
      ctx.problems.add(e.asWarning());
      return "";
    }
    return text.map(InstanceGroups::decode).orElse("");
  }

  /** User data is base64 (Fn::Base64); text that is not is read as it is. */
  private static String decode(String text) {
    if (text.contains("ECS_")) {
      return text;
    }
    try {
      return new String(Base64.getDecoder().decode(text.replaceAll("\\s", "")), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static Optional<String> match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The JSON object after {@code ECS_INSTANCE_ATTRIBUTES=} in the user data, if it sets one. */
  private static Optional<Map<String, String>> attributes(String userData, String path) {
    int at = userData.indexOf(ATTRIBUTES_KEY);
    if (at < 0) {
      return Optional.empty();
    }
    int start = userData.indexOf('{', at);
    try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(
        start < 0 ? "" : userData.substring(start))) {
      JsonNode object = parser.readValueAsTree();
      Map<String, String> out = new LinkedHashMap<>();
      object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
      return Optional.of(out);
    } catch (java.io.IOException | RuntimeException e) {
      throw new TemplateError(path, TemplateRules.INVALID_PROPERTY, "ECS_INSTANCE_ATTRIBUTES in the user data is not a "
          + "JSON object", "write ECS_INSTANCE_ATTRIBUTES={\"name\":\"value\"}");
    }
  }

  private static dev.ecsdsl.model.InstanceType instanceType(JsonNode n, String path) {
    return dev.ecsdsl.model.InstanceType.builder().name(n.path("Name").asText())
        .vcpus(n.path("Vcpus").asInt()).memoryMiB(n.path("MemoryMiB").asInt())
        .maximumNetworkInterfaces(n.path("MaximumNetworkInterfaces").asInt())
        .ipv4AddressesPerInterface(n.path("Ipv4AddressesPerInterface").asInt())
        .cpuArchitecture(EnumNames.of(dev.ecsdsl.model.CpuArchitecture.class, n.path("CpuArchitecture").asText(),
            path + ".CpuArchitecture"))
        .onDemandHourlyUsd(n.path("OnDemandHourlyUsd").asDouble()).build();
  }
}
