package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** DescribeCapacityProviders and PutClusterCapacityProviders, from the runtime's capacity providers. */
final class CapacityProviderOperations {
  private final EcsRuntime runtime;

  CapacityProviderOperations(EcsRuntime runtime) {
    this.runtime = runtime;
  }

  void addTo(Map<String, Function<Request, ObjectNode>> handlers) {
    handlers.put("DescribeCapacityProviders", this::describeCapacityProviders);
    handlers.put("PutClusterCapacityProviders", this::putClusterCapacityProviders);
  }

  private ObjectNode describeCapacityProviders(Request r) {
    List<String> wanted = r.strings("capacityProviders");
    List<CapacityProvider> providers = runtime.describeCapacityProviders();
    ObjectNode response = Shapes.object();
    ArrayNode found = response.putArray("capacityProviders");
    ArrayNode failures = response.putArray("failures");
    if (wanted.isEmpty()) {
      providers.forEach(p -> found.add(shape(p)));
      return response;
    }
    for (String reference : wanted) {
      providers.stream().filter(p -> p.name().equals(Arns.name(reference))).findFirst()
          .ifPresentOrElse(p -> found.add(shape(p)), () -> failures.add(Shapes.missing(reference)));
    }
    return response;
  }

  private ObjectNode putClusterCapacityProviders(Request r) {
    String cluster = r.requiredString("cluster");
    List<String> providers = r.requiredStrings("capacityProviders");
    r.require("defaultCapacityProviderStrategy");
    List<CapacityProviderStrategyItem> strategy = r.values("defaultCapacityProviderStrategy",
        CapacityProviderStrategyItem.class);
    return Shapes.object().set("cluster", Shapes.cluster(runtime.putClusterCapacityProviders(cluster, providers,
        strategy)));
  }

  private ObjectNode shape(CapacityProvider provider) {
    Environment environment = runtime.environment();
    String prefix = environment.region() + ":" + environment.accountId() + ":";
    ObjectNode node = Shapes.object()
        .put("capacityProviderArn", "arn:aws:ecs:" + prefix + "capacity-provider/" + provider.name())
        .put("name", provider.name())
        .put("status", "ACTIVE");
    provider.autoScalingGroup().ifPresent(group -> {
      UUID id = UUID.nameUUIDFromBytes((environment.name() + "/" + group).getBytes(StandardCharsets.UTF_8));
      ObjectNode asg = node.putObject("autoScalingGroupProvider")
          .put("autoScalingGroupArn", "arn:aws:autoscaling:" + prefix + "autoScalingGroup:" + id
              + ":autoScalingGroupName/" + group)
          .put("managedTerminationProtection",
              provider.managedTerminationProtection().orElse(false) ? "ENABLED" : "DISABLED");
      provider.managedScaling().ifPresent(m -> asg.putObject("managedScaling")
          .put("status", m.enabled() ? "ENABLED" : "DISABLED")
          .put("targetCapacity", m.targetCapacity())
          .put("minimumScalingStepSize", m.minimumScalingStepSize())
          .put("maximumScalingStepSize", m.maximumScalingStepSize())
          .put("instanceWarmupPeriod", m.instanceWarmupPeriod()));
    });
    node.putArray("tags");
    return node;
  }
}
