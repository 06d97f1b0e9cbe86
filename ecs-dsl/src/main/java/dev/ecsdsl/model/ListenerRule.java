package dev.ecsdsl.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule of an ALB listener: requests matching every condition given (path patterns, host headers, with
 * {@code *} and {@code ?} wildcards) are forwarded to one target group ({@code targetGroupArn}) or split among
 * several by weight ({@code forwardConfig}, as ECS sets the production listener rule during a blue/green,
 * linear or canary deployment). Rules are evaluated by priority, lowest first. Elastic Load Balancing API:
 * {@code Rule} with a forward {@code Action}.
 */
@Value.Immutable
public interface ListenerRule {
  /** {@return the priority, 1–50000, unique within the listener} */
  int priority();

  /** {@return the path patterns, e.g. {@code /api/*}} */
  List<String> pathPatterns();

  /** {@return the host headers, e.g. {@code api.example.com}} */
  List<String> hostHeaders();

  /** {@return the one target group (name or ARN) matching requests are forwarded to} */
  Optional<String> targetGroupArn();

  /** {@return the weighted target groups matching requests are split among} */
  Optional<ForwardConfig> forwardConfig();

  /**
   * {@return the rule's ARN as AWS gave it, when the description mirrors an existing rule; otherwise the rule
   * has a made-up one ({@link #arn})}
   */
  Optional<String> ruleArn();

  /**
   * {@return the target groups the rule forwards to, with their weights: {@code forwardConfig}'s, or
   * {@code targetGroupArn} with weight 1}
   */
  default List<TargetGroupTuple> forwardTargets() {
    if (forwardConfig().isPresent()) {
      return forwardConfig().get().targetGroups();
    }
    return targetGroupArn().map(tg -> List.of(TargetGroupTuple.of(tg, 1))).orElse(List.of());
  }

  /**
   * The target group that gets the rule's requests when only one can: the one target group, or the one of
   * greatest weight (the first of them on a tie). Requests through a rule of several target groups pick one per
   * request by the weights (both runtimes); this names the group such a rule mostly sends to.
   *
   * @return the target group (name or ARN)
   * @throws IllegalStateException when the rule forwards nowhere (validation reports that)
   */
  default String targetGroup() {
    return forwardTargets().stream()
        .max(Comparator.comparingInt(TargetGroupTuple::weightOrDefault))
        .map(TargetGroupTuple::targetGroupArn)
        .orElseThrow(() -> new IllegalStateException("listener rule " + priority() + " forwards to no target group"));
  }

  /**
   * {@return the rule's ARN: {@link #ruleArn()}, or
   * {@code arn:aws:elasticloadbalancing:<region>:<account>:listener-rule/app/<lb>/<id>/<listener id>/<rule id>}}
   *
   * @param loadBalancer the load balancer of the rule's listener
   * @param listener the rule's listener
   * @param region AWS region
   * @param accountId 12-digit account id
   */
  default String arn(LoadBalancer loadBalancer, Listener listener, String region, String accountId) {
    return ruleArn().orElseGet(() -> listener.arn(loadBalancer, region, accountId).replace(":listener/", ":listener-rule/")
        + "/" + Arns.resourceId(loadBalancer.name() + ":" + listener.port() + ":" + priority()));
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ListenerRule}. */
  class Builder extends ImmutableListenerRule.Builder {}
}
