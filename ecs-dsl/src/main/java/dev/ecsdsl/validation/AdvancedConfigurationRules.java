package dev.ecsdsl.validation;

import dev.ecsdsl.model.AdvancedConfiguration;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.ListenerRuleReference;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.TargetGroup;
import java.util.List;
import java.util.Optional;

/**
 * Rules about the load balancing of BLUE_GREEN, LINEAR and CANARY deployments
 * ({@code loadBalancers[].advancedConfiguration}): every target group entry has one, with an alternate target
 * group other than its own, a production listener rule (ALB) or listener (NLB) of the description that forwards
 * to one of the two, an optional distinct test listener rule on the same load balancer, and a role ECS may
 * assume.
 */
final class AdvancedConfigurationRules {
  private AdvancedConfigurationRules() {}

  private static final String ALB =
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb-resources-for-blue-green.html";
  private static final String API = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AdvancedConfiguration.html";

  /**
   * Doc: "If your service uses Elastic Load Balancing, update your service with the new advancedConfiguration";
   * a blue/green deployment behind a load balancer needs the alternate target group, the production listener
   * rule and the role.
   */
  static final Rule REQUIRED = Rule.error("advanced-configuration-required",
      "BLUE_GREEN, LINEAR and CANARY need advancedConfiguration on every target group entry", ALB);

  /**
   * Doc: the key components of the service configuration are alternateTargetGroupArn, productionListenerRule and
   * roleArn; testListenerRule is optional.
   */
  static final Rule MEMBERS = Rule.error("advanced-configuration-members",
      "advancedConfiguration names alternateTargetGroupArn, productionListenerRule and roleArn", ALB);

  /**
   * Doc: blue/green traffic shifting needs an Application or Network Load Balancer (or Service Connect); the
   * alternate target group belongs to an ALB or NLB target group entry, not to a Classic Load Balancer.
   */
  static final Rule NEEDS_TARGET_GROUP = Rule.error("traffic-shift-needs-target-group",
      "BLUE_GREEN, LINEAR and CANARY shift traffic between ALB or NLB target groups, not Classic Load Balancers",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-implementation.html");

  /** Doc: a primary target group for blue and an alternate target group for green: two target groups. */
  static final Rule DISTINCT = Rule.error("alternate-target-group-differs",
      "alternateTargetGroupArn is another target group than the entry's targetGroupArn", ALB);

  /**
   * Doc: ECS moves production traffic between the two target groups behind one production listener rule; an ALB
   * or NLB target group serves a single load balancer.
   */
  static final Rule ALTERNATE_LOAD_BALANCER = Rule.error("alternate-target-group-load-balancer",
      "The alternate target group is not attached to another load balancer than the production listener rule's",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html");

  /** Doc: productionListenerRule is a listener rule of an Application Load Balancer or a listener of a Network Load Balancer. */
  static final Rule KIND = Rule.error("listener-rule-load-balancer-type",
      "productionListenerRule and testListenerRule belong to an Application or Network Load Balancer", API);

  /** Doc: "Production listener ... Initially forwards traffic to the primary target group (blue service revision)". */
  static final Rule PRODUCTION_TARGETS = Rule.error("production-listener-rule-target-group",
      "The production listener rule forwards to the entry's target group or its alternate", ALB);

  /** Doc: the test listener is a separate listener (another port) or rule that routes test traffic to green. */
  static final Rule TEST_RULE = Rule.error("test-listener-rule",
      "testListenerRule is another rule or listener than productionListenerRule, on the same load balancer",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/nlb-resources-for-blue-green.html");

  static final List<Rule> RULES = List.of(REQUIRED, MEMBERS, NEEDS_TARGET_GROUP, DISTINCT, ALTERNATE_LOAD_BALANCER,
      KIND, PRODUCTION_TARGETS, TEST_RULE);

  /** Checks every load balancer entry of the service against its deployment strategy. */
  static void check(ServiceScope s, Findings f) {
    DeploymentStrategy strategy = s.service().deploymentConfiguration()
        .map(DeploymentConfiguration::strategyOrDefault).orElse(DeploymentStrategy.ROLLING);
    List<ServiceLoadBalancer> lbs = s.service().loadBalancers();
    for (int i = 0; i < lbs.size(); i++) {
      ServiceLoadBalancer lb = lbs.get(i);
      ProblemPath at = s.path().then("loadBalancers", i);
      if (lb.targetGroupArn().isEmpty()) {
        if (strategy.shiftsTraffic() || lb.advancedConfiguration().isPresent()) {
          f.add(NEEDS_TARGET_GROUP, lb.advancedConfiguration().isPresent() ? at.then("advancedConfiguration") : at,
              "the entry has no target group (Classic Load Balancer "
                  + lb.loadBalancerName().orElse("?") + "), so a " + strategy + " deployment has nothing to shift"
                  + " traffic between",
              "use an Application or Network Load Balancer target group with an advancedConfiguration, or deploy"
                  + " ROLLING");
        }
        continue;
      }
      if (lb.advancedConfiguration().isEmpty()) {
        if (strategy.shiftsTraffic()) {
          f.add(REQUIRED, at.then("advancedConfiguration"),
              "a " + strategy + " deployment needs advancedConfiguration for target group "
                  + lb.targetGroupArn().get() + ": the alternate target group green registers with, the production"
                  + " listener rule whose weights ECS shifts, and the role ECS calls Elastic Load Balancing with",
              "add advancedConfiguration with alternateTargetGroupArn, productionListenerRule and roleArn");
        }
        continue;
      }
      advanced(s, lb.targetGroupArn().get(), lb.advancedConfiguration().get(), at.then("advancedConfiguration"), f);
    }
  }

  private static void advanced(ServiceScope s, String primary, AdvancedConfiguration ac, ProblemPath at,
      Findings f) {
    missing(ac.alternateTargetGroupArn(), "alternateTargetGroupArn", "the target group green registers with", at, f);
    missing(ac.productionListenerRule(), "productionListenerRule",
        "the listener rule (ALB) or listener (NLB) of production traffic", at, f);
    missing(ac.roleArn(), "roleArn", "the role ECS calls Elastic Load Balancing with", at, f);
    ac.alternateTargetGroupArn().filter(alt -> Arns.name(alt).equals(Arns.name(primary))).ifPresent(alt ->
        f.add(DISTINCT, at.then("alternateTargetGroupArn"), "alternateTargetGroupArn " + alt
            + " is the entry's own target group; blue and green need a target group each",
            "create a second target group for green and name it in alternateTargetGroupArn"));
    if (ac.testListenerRule().isPresent() && ac.testListenerRule().equals(ac.productionListenerRule())) {
      f.add(TEST_RULE, at.then("testListenerRule"), "testListenerRule is the production listener rule; test"
          + " traffic reaches green only through a rule or listener of its own", "name another rule (ALB) or"
          + " listener on another port (NLB) as testListenerRule, or remove it");
    }
    if (s.env().isEmpty()) {
      return;
    }
    Environment env = s.env().get();
    Optional<ListenerRuleReference> production = ac.productionListenerRule()
        .flatMap(ref -> listenerRule(env, ref, at.then("productionListenerRule"), f));
    Optional<ListenerRuleReference> test = ac.testListenerRule()
        .flatMap(ref -> listenerRule(env, ref, at.then("testListenerRule"), f));
    Optional<TargetGroup> alternate = ac.alternateTargetGroupArn()
        .flatMap(ref -> alternate(s, env, ref, at.then("alternateTargetGroupArn"), f));
    production.ifPresent(p -> productionTargets(p, primary, ac, at.then("productionListenerRule"), f));
    if (production.isPresent() && test.isPresent()
        && !test.get().loadBalancer().name().equals(production.get().loadBalancer().name())) {
      f.add(TEST_RULE, at.then("testListenerRule"), "the test " + test.get().describe() + " is not on load balancer "
          + production.get().loadBalancer().name() + " of the production listener rule",
          "name a rule or listener of load balancer " + production.get().loadBalancer().name());
    }
    if (production.isPresent() && alternate.isPresent()) {
      String prodLb = production.get().loadBalancer().name();
      env.loadBalancersOf(alternate.get().name()).stream().map(LoadBalancer::name).filter(n -> !n.equals(prodLb))
          .findFirst().ifPresent(other -> f.add(ALTERNATE_LOAD_BALANCER, at.then("alternateTargetGroupArn"),
              "alternate target group " + alternate.get().name() + " is attached to load balancer " + other
                  + ", but production traffic comes through load balancer " + prodLb,
              "use a target group that only load balancer " + prodLb + " forwards to"));
    }
    ac.roleArn().ifPresent(role -> IamRules.role(env, role, at.then("roleArn"), "load balancer infrastructure role",
        IamRole.ECS, IamRules.ECS_ROLE_TRUST, f));
  }

  private static void missing(Optional<String> value, String member, String what, ProblemPath at, Findings f) {
    if (value.isEmpty()) {
      f.add(MEMBERS, at.then(member), "advancedConfiguration has no " + member + " (" + what + ")",
          "set " + member);
    }
  }

  /** The rule or listener a reference designates, or a problem; Classic Load Balancers have neither. */
  private static Optional<ListenerRuleReference> listenerRule(Environment env, String ref, ProblemPath at,
      Findings f) {
    Optional<ListenerRuleReference> found = env.listenerRule(ref);
    if (found.isEmpty()) {
      f.add(ReferenceRules.LISTENER_RULE_UNKNOWN, at, ref + " is not a listener rule or listener of the"
              + " environment's load balancers",
          "give the ARN of a listener rule (ALB) or listener (NLB) of the environment, or the short form"
              + " <load balancer>:<port>:<priority> (rule) or <load balancer>:<port> (listener)");
      return Optional.empty();
    }
    if (found.get().loadBalancer().type() == LoadBalancerType.CLASSIC) {
      f.add(KIND, at, found.get().describe() + " belongs to a Classic Load Balancer, whose traffic ECS cannot shift",
          "name a listener rule of an Application Load Balancer or a listener of a Network Load Balancer");
      return Optional.empty();
    }
    return found;
  }

  private static Optional<TargetGroup> alternate(ServiceScope s, Environment env, String ref, ProblemPath at,
      Findings f) {
    Optional<TargetGroup> tg = env.targetGroup(ref);
    if (tg.isEmpty()) {
      f.add(ReferenceRules.TARGET_GROUP_UNKNOWN, at, "alternate target group " + ref + " is not in the environment"
              + " (target groups: " + LoadBalancerRules.names(env.targetGroups().stream().map(TargetGroup::name)
              .toList()) + ")",
          "add target group " + Arns.name(ref) + " to the environment or fix alternateTargetGroupArn");
      return Optional.empty();
    }
    LoadBalancerRules.targetType(s, tg.get(), at, f);
    return tg;
  }

  private static void productionTargets(ListenerRuleReference production, String primary, AdvancedConfiguration ac,
      ProblemPath at, Findings f) {
    List<String> targets = production.forwardTargets().stream().map(t -> Arns.name(t.targetGroupArn())).toList();
    boolean reaches = targets.contains(Arns.name(primary))
        || ac.alternateTargetGroupArn().map(a -> targets.contains(Arns.name(a))).orElse(false);
    if (!reaches) {
      f.add(PRODUCTION_TARGETS, at, "the production " + production.describe() + " forwards to "
              + (targets.isEmpty() ? "no target group" : String.join(", ", targets)) + ", neither target group "
              + Arns.name(primary) + " nor the alternate",
          "let the production listener rule forward to target group " + Arns.name(primary));
    }
  }
}
