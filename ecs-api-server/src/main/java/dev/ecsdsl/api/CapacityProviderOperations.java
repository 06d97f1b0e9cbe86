package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /** DescribeCapacityProviders: the named ones (with a MISSING failure for each unknown one), else all, paged. */
  private ObjectNode describeCapacityProviders(Request r) {
    List<String> wanted = r.strings("capacityProviders");
    List<CapacityProvider> providers = runtime.ecs().describeCapacityProviders(q -> { }).capacityProviders();
    References refs = r.references();
    List<CapacityProvider> found = new java.util.ArrayList<>();
    List<String> missing = new java.util.ArrayList<>();
    if (wanted.isEmpty()) {
      found.addAll(providers);
    }
    for (String reference : wanted) {
      String name = refs.capacityProvider(reference);
      providers.stream().filter(p -> p.name().equals(name)).findFirst()
          .ifPresentOrElse(found::add, () -> missing.add(refs.arnOr(reference, refs::capacityProviderArn)));
    }
    boolean tags = r.strings("include").contains("TAGS");
    ObjectNode response = Pages.of(r, "capacityProviders", found, CapacityProvider::name, Pages.Size.TEN,
        (array, p) -> {
          ObjectNode shape = shape(p);
          if (!tags) {
            shape.remove("tags");
          }
          array.add(shape);
        });
    ArrayNode failures = response.putArray("failures");
    missing.forEach(arn -> failures.add(Shapes.missing(arn)));
    return response;
  }

  private ObjectNode putClusterCapacityProviders(Request r) {
    String cluster = r.references().cluster(r.requiredString("cluster"));
    List<String> providers = r.requiredStrings("capacityProviders").stream().map(r.references()::capacityProvider)
        .toList();
    r.require("defaultCapacityProviderStrategy");
    List<CapacityProviderStrategyItem> strategy = r.values("defaultCapacityProviderStrategy",
        CapacityProviderStrategyItem.class);
    return Shapes.object().set("cluster", Shapes.cluster(runtime.ecs().putClusterCapacityProviders(q -> q
        .cluster(cluster).capacityProviders(providers).defaultCapacityProviderStrategy(strategy)).cluster()));
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
