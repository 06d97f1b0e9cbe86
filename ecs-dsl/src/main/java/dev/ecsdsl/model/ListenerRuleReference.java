package dev.ecsdsl.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code productionListenerRule} or {@code testListenerRule} designates in a description: a rule of an
 * ALB listener, or (NLB) a listener itself, whose forward action a blue/green, linear or canary deployment
 * changes.
 *
 * @param loadBalancer the load balancer
 * @param listener the listener
 * @param rule the rule, when the reference names a rule rather than a listener
 */
public record ListenerRuleReference(LoadBalancer loadBalancer, Listener listener, Optional<ListenerRule> rule) {
  /**
   * Checks that nothing is null.
   *
   * @param loadBalancer the load balancer
   * @param listener the listener
   * @param rule the rule, when the reference names a rule rather than a listener
   */
  public ListenerRuleReference {
    Objects.requireNonNull(loadBalancer, "loadBalancer");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(rule, "rule");
  }

  /** {@return the target groups and weights requests go to: the rule's, else the listener's default target group} */
  public java.util.List<TargetGroupTuple> forwardTargets() {
    if (rule.isPresent()) {
      return rule.get().forwardTargets();
    }
    return listener.defaultTargetGroup().map(tg -> java.util.List.of(TargetGroupTuple.of(tg, 1)))
        .orElse(java.util.List.of());
  }

  /** {@return how messages name it: {@code rule 10 of listener 80 of load balancer web-alb}, or the listener} */
  public String describe() {
    return rule.map(r -> "rule " + r.priority() + " of ").orElse("")
        + "listener " + listener.port() + " of load balancer " + loadBalancer.name();
  }
}
