package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.ManagedScaling;
import dev.ecsdsl.model.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code AWS::ECS::Cluster} (settings, tags, capacity providers and default strategy),
 * {@code AWS::ECS::ClusterCapacityProviderAssociations} and {@code AWS::ECS::CapacityProvider} (an Auto Scaling
 * group with managed scaling and termination protection). The groups' instances are read by
 * {@link InstanceGroups}.
 */
final class ClusterResources {
  private ClusterResources() {}

  static void read(ReadContext ctx, ModelParts parts) {
    Map<String, CapacityProvider> providers = new LinkedHashMap<>();
    ctx.each("AWS::ECS::CapacityProvider", r -> {
      JsonNode asg = ctx.property(r, "AutoScalingGroupProvider").orElseThrow(() -> new TemplateError(
          r.propertiesPath(), TemplateRules.INVALID_PROPERTY, "capacity provider " + r.logicalId()
          + " has no AutoScalingGroupProvider", "give AutoScalingGroupProvider with AutoScalingGroupArn"));
      String at = r.path("AutoScalingGroupProvider");
      CapacityProvider.Builder cp = CapacityProvider.builder().name(ctx.ids.name(r))
          .type(CapacityProviderType.AUTO_SCALING_GROUP)
          .autoScalingGroup(dev.ecsdsl.model.Arns.name(ReadContext.text(asg, "AutoScalingGroupArn", at).orElseThrow(
              () -> new TemplateError(at, TemplateRules.INVALID_PROPERTY, "capacity provider " + r.logicalId()
                  + " names no AutoScalingGroupArn", "give AutoScalingGroupArn: !Ref TheGroup"))));
      JsonNode scaling = asg.get("ManagedScaling");
      if (scaling != null) {
        String sat = at + ".ManagedScaling";
        ManagedScaling.Builder ms = ManagedScaling.builder();
        ReadContext.text(scaling, "Status", sat).ifPresent(s -> ms.enabled(s.equals("ENABLED")));
        ReadContext.integer(scaling, "TargetCapacity", sat).ifPresent(ms::targetCapacity);
        ReadContext.integer(scaling, "MinimumScalingStepSize", sat).ifPresent(ms::minimumScalingStepSize);
        ReadContext.integer(scaling, "MaximumScalingStepSize", sat).ifPresent(ms::maximumScalingStepSize);
        ReadContext.integer(scaling, "InstanceWarmupPeriod", sat).ifPresent(ms::instanceWarmupPeriod);
        cp.managedScaling(ms.build());
      }
      ReadContext.text(asg, "ManagedTerminationProtection", at)
          .ifPresent(s -> cp.managedTerminationProtection(s.equals("ENABLED")));
      providers.put(cp.build().name(), cp.build());
    });
    ctx.each("AWS::ECS::Cluster", r -> {
      String name = ctx.ids.name(r);
      Cluster.Builder cluster = Cluster.builder().clusterName(name);
      JsonNode settings = ctx.property(r, "ClusterSettings").orElse(null);
      for (int i = 0; settings != null && i < settings.size(); i++) {
        JsonNode s = settings.get(i);
        if (s.path("Name").asText().equals("containerInsights")) {
          cluster.containerInsights(!s.path("Value").asText().equals("disabled"));
        }
      }
      cluster.tags(tags(ctx.property(r, "Tags").orElse(null), r.path("Tags")));
      providers(ctx, cluster, ctx.texts(r, "CapacityProviders"), providers, r.path("CapacityProviders"));
      cluster.defaultCapacityProviderStrategy(strategy(ctx.property(r, "DefaultCapacityProviderStrategy").orElse(null),
          r.path("DefaultCapacityProviderStrategy")));
      parts.clusters.put(name, cluster);
    });
    ctx.each("AWS::ECS::ClusterCapacityProviderAssociations", r -> {
      String name = dev.ecsdsl.model.Arns.name(ctx.required(r, "Cluster"));
      Cluster.Builder cluster = parts.clusters.get(name);
      if (cluster == null) {
        throw new TemplateError(r.path("Cluster"), TemplateRules.INVALID_PROPERTY, "capacity provider associations "
            + r.logicalId() + " name cluster " + name + ", which the template does not declare",
            "declare the cluster in this template");
      }
      providers(ctx, cluster, ctx.texts(r, "CapacityProviders"), providers, r.path("CapacityProviders"));
      List<CapacityProviderStrategyItem> strategy = strategy(ctx.property(r, "DefaultCapacityProviderStrategy")
          .orElse(null), r.path("DefaultCapacityProviderStrategy"));
      if (!strategy.isEmpty()) {
        cluster.defaultCapacityProviderStrategy(strategy);
      }
    });
    InstanceGroups.read(ctx, parts, providers);
  }

  private static void providers(ReadContext ctx, Cluster.Builder cluster, List<String> names,
      Map<String, CapacityProvider> providers, String path) {
    for (String name : names) {
      if (name.equals("FARGATE")) {
        cluster.addCapacityProviders(CapacityProvider.fargate());
      } else if (name.equals("FARGATE_SPOT")) {
        cluster.addCapacityProviders(CapacityProvider.fargateSpot());
      } else if (providers.containsKey(name)) {
        cluster.addCapacityProviders(providers.get(name));
      } else {
        throw new TemplateError(path, TemplateRules.INVALID_PROPERTY, "capacity provider " + name
            + " is not declared in the template", "declare it as an AWS::ECS::CapacityProvider, or use FARGATE");
      }
    }
  }

  static List<CapacityProviderStrategyItem> strategy(JsonNode items, String path) {
    List<CapacityProviderStrategyItem> out = new ArrayList<>();
    for (int i = 0; items != null && i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = path + "[" + i + "]";
      CapacityProviderStrategyItem.Builder b = CapacityProviderStrategyItem.builder()
          .capacityProvider(ReadContext.text(item, "CapacityProvider", at).orElseThrow(() -> new TemplateError(at,
              TemplateRules.INVALID_PROPERTY, "a strategy item names no CapacityProvider", "give CapacityProvider")));
      ReadContext.integer(item, "Weight", at).ifPresent(b::weight);
      ReadContext.integer(item, "Base", at).ifPresent(b::base);
      out.add(b.build());
    }
    return out;
  }

  static List<Tag> tags(JsonNode tags, String path) {
    List<Tag> out = new ArrayList<>();
    for (int i = 0; tags != null && i < tags.size(); i++) {
      JsonNode t = tags.get(i);
      String at = path + "[" + i + "]";
      out.add(Tag.of(ReadContext.text(t, "Key", at).orElse(""), ReadContext.text(t, "Value", at).orElse("")));
    }
    return out;
  }

  /** The cluster a capacity provider serves, when the template associates it with one. */
  static Optional<String> clusterOf(ModelParts parts, String providerName) {
    for (Map.Entry<String, Cluster.Builder> e : parts.clusters.entrySet()) {
      if (e.getValue().build().capacityProvider(providerName).isPresent()) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }
}
