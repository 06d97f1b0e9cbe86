package dev.ecsdsl.control.loadbalancing;

import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.ListenerRuleReference;
import dev.ecsdsl.model.TargetGroupTuple;
import dev.ecsdsl.runtime.ListenerNotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The forward weights deployments set on listener rules (percent per target group name, by rule), and the
 * per-request choice of a target group by them from a seeded stream. How ECS turns its percents into ELB's integer
 * weights is not documented; requests are routed by the percents themselves (docs/DEPLOYMENTS.md, A4).
 */
final class WeightedForwards {
  private final Map<String, Map<String, Double>> byRule = new HashMap<>();
  private final RandomGenerator random;

  WeightedForwards(RandomGenerator random) {
    this.random = random;
  }

  void set(Environment environment, String listenerRule, Map<String, Double> percentByGroupName) {
    byRule.put(key(environment, listenerRule), new TreeMap<>(percentByGroupName));
  }

  Map<String, Double> of(Environment environment, String listenerRule, UnaryOperator<String> groupName) {
    Map<String, Double> set = byRule.get(key(environment, listenerRule));
    if (set != null) {
      return new TreeMap<>(set);
    }
    ListenerRuleReference reference = environment.listenerRule(listenerRule).orElseThrow();
    List<TargetGroupTuple> tuples = reference.forwardTargets();
    double total = tuples.stream().mapToInt(TargetGroupTuple::weightOrDefault).sum();
    Map<String, Double> weights = new TreeMap<>();
    for (TargetGroupTuple tuple : tuples) {
      weights.merge(groupName.apply(tuple.targetGroupArn()),
          total == 0 ? 0.0 : 100.0 * tuple.weightOrDefault() / total, Double::sum);
    }
    return weights;
  }

  /** The weights a deployment set on the rule (or, without a rule, the listener's default action), if any. */
  Map<String, Double> at(String loadBalancer, int port, Optional<Integer> priority) {
    return byRule.get(key(loadBalancer, port, priority));
  }

  /** A target group name by the weights, in name order (a share of zero is never picked). */
  String pick(Map<String, Double> weights) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double draw = random.nextDouble() * total;
    String last = null;
    for (Map.Entry<String, Double> entry : weights.entrySet()) {
      if (entry.getValue() <= 0) {
        continue;
      }
      last = entry.getKey();
      draw -= entry.getValue();
      if (draw < 0) {
        return last;
      }
    }
    return last;
  }

  private static String key(Environment environment, String listenerRule) {
    ListenerRuleReference reference = environment.listenerRule(listenerRule).orElseThrow(() ->
        new ListenerNotFoundException("One or more listeners or listener rules not found: " + listenerRule));
    return key(reference.loadBalancer().name(), reference.listener().port(),
        reference.rule().map(ListenerRule::priority));
  }

  private static String key(String loadBalancer, int port, Optional<Integer> priority) {
    return loadBalancer + ":" + port + priority.map(p -> ":" + p).orElse("");
  }
}
