package dev.ecsdsl.validation;

import dev.ecsdsl.model.CanaryConfiguration;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentController;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.LinearConfiguration;
import dev.ecsdsl.model.Service;
import java.util.List;
import java.util.Optional;

/**
 * Rules about a service's deployment strategy: BLUE_GREEN, LINEAR and CANARY need the ECS deployment
 * controller; BLUE_GREEN needs a bake time; the linear steps and the canary belong to their strategy and stay in
 * ECS's ranges.
 */
final class DeploymentStrategyRules {
  private DeploymentStrategyRules() {}

  private static final String CONFIG =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html";
  private static final String LINEAR =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LinearConfiguration.html";
  private static final String CANARY =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CanaryConfiguration.html";
  /** Largest bake time of every kind: 1440 minutes (24 hours). */
  private static final int MAX_BAKE_MINUTES = 1440;

  /**
   * Doc (DeploymentController): "When you create a service which uses the ECS deployment controller, you can
   * choose between the following deployment strategies"; Linear/CanaryConfiguration: "only valid when ...
   * deploymentController set to ECS".
   */
  static final Rule ECS_CONTROLLER = Rule.error("deployment-strategy-requires-ecs-controller",
      "BLUE_GREEN, LINEAR and CANARY need the ECS deployment controller",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentController.html");

  /** Doc: bakeTimeInMinutes — "You must provide this parameter when you use the BLUE_GREEN deployment strategy." */
  static final Rule BAKE_TIME_REQUIRED = Rule.error("bake-time-required-for-blue-green",
      "A BLUE_GREEN deployment needs bakeTimeInMinutes", CONFIG);

  /**
   * Doc: the bake time of BLUE_GREEN, LINEAR and CANARY is 0–1440 minutes (AWS::ECS::Service and Terraform's
   * aws_ecs_service state the range; the API reference states none, and every other bake time of these
   * strategies has the same range).
   */
  static final Rule BAKE_TIME_RANGE = Rule.error("bake-time-range",
      "bakeTimeInMinutes is 0–1440",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-deploymentconfiguration.html");

  /** Doc: bakeTimeInMinutes is the time both blue and green run after the production traffic shift. */
  static final Rule BAKE_TIME_UNUSED = Rule.warning("bake-time-without-traffic-shift",
      "bakeTimeInMinutes is used by BLUE_GREEN, LINEAR and CANARY deployments only", CONFIG);

  /**
   * Doc: linearConfiguration is "only valid when the deployment strategy is LINEAR", canaryConfiguration "only
   * valid when the deployment strategy is CANARY".
   */
  static final Rule CONFIGURATION_MISMATCH = Rule.error("strategy-configuration-mismatch",
      "linearConfiguration goes with LINEAR only, canaryConfiguration with CANARY only", CONFIG);

  /** Doc: stepPercent — "Valid values are multiples of 0.1 from 3.0 to 100.0." */
  static final Rule STEP_PERCENT = Rule.error("linear-step-percent-range",
      "linearConfiguration.stepPercent is a multiple of 0.1 from 3.0 to 100.0", LINEAR);

  /** Doc: stepBakeTimeInMinutes — "Valid values are 0 to 1440 minutes (24 hours)." */
  static final Rule STEP_BAKE_TIME = Rule.error("linear-step-bake-time-range",
      "linearConfiguration.stepBakeTimeInMinutes is 0–1440", LINEAR);

  /** Doc: canaryPercent — "Valid values are multiples of 0.1 from 0.1 to 100.0." */
  static final Rule CANARY_PERCENT = Rule.error("canary-percent-range",
      "canaryConfiguration.canaryPercent is a multiple of 0.1 from 0.1 to 100.0", CANARY);

  /** Doc: canaryBakeTimeInMinutes — "Valid values are 0 to 1440 minutes (24 hours)." */
  static final Rule CANARY_BAKE_TIME = Rule.error("canary-bake-time-range",
      "canaryConfiguration.canaryBakeTimeInMinutes is 0–1440", CANARY);

  /**
   * Doc: ECS shifts the traffic of linear and canary deployments with Elastic Load Balancing weighted target
   * groups (or Service Connect); a service without either has no traffic for the steps to shift ("Amazon ECS
   * doesn't manage the traffic shift automatically for headless services").
   */
  static final Rule HEADLESS_STEPS = Rule.warning("traffic-steps-without-load-balancer",
      "LINEAR and CANARY steps shift load balancer traffic; a service without a target group has none",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-implementation.html");

  static final List<Rule> RULES = List.of(ECS_CONTROLLER, BAKE_TIME_REQUIRED, BAKE_TIME_RANGE, BAKE_TIME_UNUSED,
      CONFIGURATION_MISMATCH, STEP_PERCENT, STEP_BAKE_TIME, CANARY_PERCENT, CANARY_BAKE_TIME, HEADLESS_STEPS);

  /** Checks the strategy and its settings. */
  static void check(ServiceScope s, Findings f) {
    Service svc = s.service();
    Optional<DeploymentConfiguration> dc = svc.deploymentConfiguration();
    if (dc.isEmpty()) {
      return;
    }
    DeploymentConfiguration config = dc.get();
    ProblemPath path = s.path().then("deploymentConfiguration");
    DeploymentStrategy strategy = config.strategyOrDefault();
    if (strategy.shiftsTraffic() && !ecsController(svc)) {
      f.add(ECS_CONTROLLER, path.then("strategy"),
          "deployment strategy " + strategy + " needs the ECS deployment controller, but the service uses "
              + svc.deploymentController().map(DeploymentController::type).orElse("?"),
          "set deploymentController type ECS, or remove strategy (the " + controller(svc)
              + " controller deploys its own way)");
    }
    bakeTime(config, strategy, path, f);
    config.linearConfiguration().ifPresent(linear -> linear(linear, strategy, path.then("linearConfiguration"), f));
    config.canaryConfiguration().ifPresent(canary -> canary(canary, strategy, path.then("canaryConfiguration"), f));
    if ((strategy == DeploymentStrategy.LINEAR || strategy == DeploymentStrategy.CANARY)
        && svc.loadBalancers().stream().noneMatch(lb -> lb.targetGroupArn().isPresent())) {
      f.add(HEADLESS_STEPS, path.then("strategy"),
          "the service has no target group, so the " + strategy + " traffic steps have no traffic to shift; ECS"
              + " does not manage traffic for headless services",
          "put the service behind an Application or Network Load Balancer target group, or use BLUE_GREEN");
    }
  }

  private static void bakeTime(DeploymentConfiguration config, DeploymentStrategy strategy, ProblemPath path,
      Findings f) {
    Optional<Integer> bake = config.bakeTimeInMinutes();
    if (strategy == DeploymentStrategy.BLUE_GREEN && bake.isEmpty()) {
      f.add(BAKE_TIME_REQUIRED, path.then("bakeTimeInMinutes"),
          "a BLUE_GREEN deployment needs bakeTimeInMinutes: how long blue keeps running after production traffic"
              + " has shifted to green",
          "set bakeTimeInMinutes (0–1440), e.g. 5");
    }
    bake.filter(m -> m < 0 || m > MAX_BAKE_MINUTES).ifPresent(m -> f.add(BAKE_TIME_RANGE,
        path.then("bakeTimeInMinutes"), "bakeTimeInMinutes " + m + " is outside 0–1440",
        "set bakeTimeInMinutes between 0 and 1440 minutes (24 hours)"));
    if (bake.isPresent() && !strategy.shiftsTraffic()) {
      f.add(BAKE_TIME_UNUSED, path.then("bakeTimeInMinutes"),
          "bakeTimeInMinutes " + bake.get() + " has no effect on a ROLLING deployment",
          "remove bakeTimeInMinutes, or set strategy BLUE_GREEN, LINEAR or CANARY");
    }
  }

  /** What the linear steps and the canary have in common: a member, its strategy, a percent and a bake time. */
  private record Steps(String member, DeploymentStrategy strategy, String percentMember, double minPercent,
      String example, Rule percentRule, String bakeMember, Rule bakeRule) {}

  private static final Steps LINEAR_STEPS = new Steps("linearConfiguration", DeploymentStrategy.LINEAR, "stepPercent",
      3.0, "10.0", STEP_PERCENT, "stepBakeTimeInMinutes", STEP_BAKE_TIME);
  private static final Steps CANARY_STEPS = new Steps("canaryConfiguration", DeploymentStrategy.CANARY,
      "canaryPercent", 0.1, "5.0", CANARY_PERCENT, "canaryBakeTimeInMinutes", CANARY_BAKE_TIME);

  private static void linear(LinearConfiguration linear, DeploymentStrategy strategy, ProblemPath at, Findings f) {
    steps(LINEAR_STEPS, linear.stepPercent(), linear.stepBakeTimeInMinutes(), strategy, at, f);
  }

  private static void canary(CanaryConfiguration canary, DeploymentStrategy strategy, ProblemPath at, Findings f) {
    steps(CANARY_STEPS, canary.canaryPercent(), canary.canaryBakeTimeInMinutes(), strategy, at, f);
  }

  private static void steps(Steps kind, Optional<Double> percent, Optional<Integer> bake, DeploymentStrategy strategy,
      ProblemPath at, Findings f) {
    if (strategy != kind.strategy()) {
      f.add(CONFIGURATION_MISMATCH, at,
          kind.member() + " is set but the strategy is " + strategy + "; it is only valid with " + kind.strategy(),
          "set strategy " + kind.strategy() + ", or remove " + kind.member());
    }
    String range = (kind.minPercent() < 1 ? "0.1" : "3.0") + " to 100.0";
    percent.filter(p -> !tenths(p, kind.minPercent(), 100.0)).ifPresent(p -> f.add(kind.percentRule(),
        at.then(kind.percentMember()), kind.percentMember() + " " + p + " is not a multiple of 0.1 from " + range,
        "set " + kind.percentMember() + " between " + range.replace(" to ", " and ") + " in steps of 0.1, e.g. "
            + kind.example()));
    bake.filter(m -> m < 0 || m > MAX_BAKE_MINUTES).ifPresent(m -> f.add(kind.bakeRule(), at.then(kind.bakeMember()),
        kind.bakeMember() + " " + m + " is outside 0–1440",
        "set " + kind.bakeMember() + " between 0 and 1440 minutes (24 hours)"));
  }

  /** Whether the value is a multiple of 0.1 within [min, max] (as a decimal, so 0.3 and 33.3 are). */
  static boolean tenths(double value, double min, double max) {
    double tenths = value * 10;
    return value >= min && value <= max && Math.abs(tenths - Math.rint(tenths)) < 1e-6;
  }

  /** Whether the service uses the ECS deployment controller (the default). */
  static boolean ecsController(Service svc) {
    return controller(svc).equals("ECS");
  }

  private static String controller(Service svc) {
    return svc.deploymentController().map(DeploymentController::type).orElse("ECS");
  }
}
