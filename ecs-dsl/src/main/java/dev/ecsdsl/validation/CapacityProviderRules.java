package dev.ecsdsl.validation;

import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.Cluster;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rules about a capacity provider strategy (of a service, a scheduled task, or a cluster's default): base
 * and weight ranges, one base at most, not all weights zero, no mix of Fargate and Auto Scaling group
 * providers, and providers associated with the cluster.
 */
final class CapacityProviderRules {
  private CapacityProviderRules() {}

  private static final String ITEM =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html";

  /** Doc: only one capacity provider in a capacity provider strategy can have a base defined. */
  static final Rule SINGLE_BASE = Rule.error("capacity-provider-single-base",
      "At most one item of a capacity provider strategy sets a base", ITEM);

  /** Doc: base valid range 0–100000. */
  static final Rule BASE_RANGE = Rule.error("capacity-provider-base-range",
      "A capacity provider base is 0–100000", ITEM);

  /** Doc: weight valid range 0–1000. */
  static final Rule WEIGHT_RANGE = Rule.error("capacity-provider-weight-range",
      "A capacity provider weight is 0–1000", ITEM);

  /** Doc: with several providers at least one must have a weight greater than zero; all-zero strategies fail. */
  static final Rule ZERO_WEIGHTS = Rule.error("capacity-provider-zero-weights",
      "A strategy of several capacity providers needs a weight above zero", ITEM);

  /** Doc: a strategy can only contain Auto Scaling group capacity providers or Fargate capacity providers. */
  static final Rule MIXED_TYPES = Rule.error("capacity-provider-mixed-types",
      "A strategy cannot mix Fargate and Auto Scaling group capacity providers",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-capacity-providers.html");

  /** Doc: only capacity providers associated with the cluster can be used in a strategy (environment context). */
  static final Rule UNKNOWN = Rule.error("capacity-provider-unknown",
      "A strategy's capacity providers must be associated with the cluster", ITEM);

  static final List<Rule> RULES = List.of(SINGLE_BASE, BASE_RANGE, WEIGHT_RANGE, ZERO_WEIGHTS, MIXED_TYPES, UNKNOWN);

  /**
   * Checks a strategy.
   *
   * @param path the path of the owner; items are reported as {@code <field>[i]} under it
   * @param field the field name, e.g. {@code capacityProviderStrategy}
   * @param cluster the cluster whose providers may be used, when known
   */
  static void check(List<CapacityProviderStrategyItem> items, ProblemPath path, String field,
      Optional<Cluster> cluster, Findings f) {
    if (items.isEmpty()) {
      return;
    }
    List<String> withBase = items.stream().filter(i -> i.base().orElse(0) > 0)
        .map(CapacityProviderStrategyItem::capacityProvider).toList();
    if (withBase.size() > 1) {
      f.add(SINGLE_BASE, path.then(field),
          withBase.size() + " capacity providers set a base (" + String.join(", ", withBase)
              + "); only one item of a strategy may",
          "keep the base on one provider (" + withBase.get(0) + ") and remove it from the others");
    }
    for (int i = 0; i < items.size(); i++) {
      CapacityProviderStrategyItem item = items.get(i);
      ProblemPath at = path.then(field, i);
      item.base().filter(b -> b < 0 || b > 100_000).ifPresent(b -> f.add(BASE_RANGE, at.then("base"),
          "base " + b + " of " + item.capacityProvider() + " is outside 0–100000", "set base between 0 and 100000"));
      item.weight().filter(w -> w < 0 || w > 1000).ifPresent(w -> f.add(WEIGHT_RANGE, at.then("weight"),
          "weight " + w + " of " + item.capacityProvider() + " is outside 0–1000", "set weight between 0 and 1000"));
      if (cluster.isPresent() && cluster.get().capacityProvider(item.capacityProvider()).isEmpty()) {
        Cluster c = cluster.get();
        f.add(UNKNOWN, at.then("capacityProvider"),
            "capacity provider " + item.capacityProvider() + " is not associated with cluster " + c.clusterName()
                + " (its providers: " + (c.capacityProviders().isEmpty() ? "none"
                    : c.capacityProviders().stream().map(CapacityProvider::name).collect(Collectors.joining(", ")))
                + ")",
            "add capacity provider " + item.capacityProvider() + " to cluster " + c.clusterName()
                + " or use one of its providers");
      }
    }
    if (items.size() > 1 && items.stream().allMatch(i -> i.weight().orElse(0) == 0)) {
      f.add(ZERO_WEIGHTS, path.then(field),
          "all " + items.size() + " capacity providers have weight 0 (or none); no provider could take tasks"
              + " beyond the base",
          "give at least one capacity provider a weight of 1 or more");
    }
    List<String> fargate = items.stream().filter(i -> Launch.isFargateProvider(i.capacityProvider(), cluster))
        .map(CapacityProviderStrategyItem::capacityProvider).toList();
    List<String> asg = items.stream().filter(i -> !Launch.isFargateProvider(i.capacityProvider(), cluster))
        .map(CapacityProviderStrategyItem::capacityProvider).toList();
    if (!fargate.isEmpty() && !asg.isEmpty()) {
      f.add(MIXED_TYPES, path.then(field),
          "the strategy mixes Fargate providers (" + String.join(", ", fargate) + ") with Auto Scaling group"
              + " providers (" + String.join(", ", asg) + ")",
          "use only FARGATE/FARGATE_SPOT or only Auto Scaling group providers in one strategy");
    }
  }
}
