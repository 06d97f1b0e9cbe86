package dev.ecsdsl.validation;

import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.ForwardConfig;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.TargetGroupStickinessConfig;
import dev.ecsdsl.model.TargetGroupTuple;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules about where an ALB listener rule forwards: to one target group or, weighted, to several (as ECS sets the
 * production listener rule during a blue/green, linear or canary deployment), within Elastic Load Balancing's
 * limits.
 */
final class ListenerForwarding {
  private ListenerForwarding() {}

  /**
   * Doc (Action): a forward action names TargetGroupArn or ForwardConfig; "If you specify both ForwardConfig and
   * TargetGroupArn, you can specify only one target group using ForwardConfig and it must be the same target group
   * specified in TargetGroupArn."
   */
  static final Rule ACTION = Rule.error("listener-rule-forward-action",
      "A listener rule forwards to targetGroupArn or a forwardConfig (both only for the same one target group)",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Action.html");

  /** Doc (TargetGroupTuple): "The weight. The range is 0 to 999." */
  static final Rule WEIGHT = Rule.error("forward-weight-range",
      "A weighted target group's weight is 0–999",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroupTuple.html");

  /** Doc (quotas): target groups per action: 5; a target group appears once in a forward action. */
  static final Rule TARGET_GROUPS = Rule.error("forward-target-groups",
      "A weighted forward names 1–5 distinct target groups",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html");

  /** Doc (TargetGroupStickinessConfig): DurationSeconds — "The time period, in seconds ... from 1 to 604800". */
  static final Rule STICKINESS = Rule.error("forward-stickiness-duration",
      "Target group stickiness lasts 1–604800 seconds",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroupStickinessConfig.html");

  static final List<Rule> RULES = List.of(ACTION, WEIGHT, TARGET_GROUPS, STICKINESS);

  /** Checks one listener rule's forward action (environment context: target groups resolve). */
  static void check(Environment env, ListenerRule rule, ProblemPath at, Findings f) {
    if (rule.targetGroupArn().isEmpty() && rule.forwardConfig().isEmpty()) {
      f.add(ACTION, at, "rule " + rule.priority() + " forwards nowhere: it has neither targetGroupArn nor"
          + " forwardConfig", "set targetGroupArn, or a forwardConfig with weighted target groups");
      return;
    }
    rule.targetGroupArn().ifPresent(tg -> LoadBalancerRules.knownTargetGroup(env, tg, at.then("targetGroupArn"), f));
    if (rule.forwardConfig().isEmpty()) {
      return;
    }
    ForwardConfig forward = rule.forwardConfig().get();
    ProblemPath fp = at.then("forwardConfig");
    List<TargetGroupTuple> groups = forward.targetGroups();
    if (rule.targetGroupArn().isPresent() && (groups.size() != 1
        || !Arns.name(groups.get(0).targetGroupArn()).equals(Arns.name(rule.targetGroupArn().get())))) {
      f.add(ACTION, fp, "rule " + rule.priority() + " sets both targetGroupArn and a forwardConfig of "
              + Words.count(groups.size(), "target group", "target groups")
              + "; with both, the forwardConfig may only name that same one target group",
          "remove targetGroupArn and keep the weighted forwardConfig");
    }
    if (groups.isEmpty() || groups.size() > 5) {
      f.add(TARGET_GROUPS, fp.then("targetGroups"), "the forwardConfig names "
              + Words.count(groups.size(), "target group", "target groups") + "; a forward action takes 1 to 5",
          groups.isEmpty() ? "name at least one target group" : "forward to at most 5 target groups");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < groups.size(); i++) {
      TargetGroupTuple t = groups.get(i);
      ProblemPath tp = fp.then("targetGroups", i);
      if (!seen.add(Arns.name(t.targetGroupArn()))) {
        f.add(TARGET_GROUPS, tp, "target group " + t.targetGroupArn() + " appears twice in the forwardConfig",
            "list each target group once, with its weight");
      }
      t.weight().filter(w -> w < 0 || w > 999).ifPresent(w -> f.add(WEIGHT, tp.then("weight"),
          "weight " + w + " is outside 0–999", "set the weight between 0 and 999"));
      LoadBalancerRules.knownTargetGroup(env, t.targetGroupArn(), tp.then("targetGroupArn"), f);
    }
    forward.targetGroupStickinessConfig().flatMap(TargetGroupStickinessConfig::durationSeconds)
        .filter(d -> d < 1 || d > 604_800).ifPresent(d -> f.add(STICKINESS,
            fp.then("targetGroupStickinessConfig").then("durationSeconds"),
            "durationSeconds " + d + " is outside 1–604800", "set durationSeconds between 1 and 604800 (7 days)"));
  }
}
