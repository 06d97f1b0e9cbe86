package dev.ecsdsl.validation;

import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentController;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.Service;
import java.util.List;
import java.util.Optional;

/**
 * Rules about a service's rolling deployments: the minimum healthy and maximum percent bounds (and whether
 * they let a deployment progress at all), the circuit breaker, and the health check grace period.
 */
final class DeploymentRules {
  private DeploymentRules() {}

  private static final String CONFIG =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html";
  private static final String CREATE_SERVICE =
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html";

  /** Doc: minimumHealthyPercent is a percentage of desiredCount, 0–100 (default 100 for REPLICA, 0 for DAEMON). */
  static final Rule MIN_RANGE = Rule.error("minimum-healthy-percent-range",
      "minimumHealthyPercent is 0–100", CONFIG);

  /** Doc: maximumPercent is the upper limit of running tasks, at least 100 for REPLICA (default 200). */
  static final Rule MAX_RANGE = Rule.error("maximum-percent-range",
      "maximumPercent is at least 100 for REPLICA services", CONFIG);

  /** Doc: maximumPercent is the upper and minimumHealthyPercent the lower bound of the same count. */
  static final Rule MAX_BELOW_MIN = Rule.error("maximum-below-minimum-healthy-percent",
      "maximumPercent must not be below minimumHealthyPercent", CONFIG);

  /**
   * Doc: the scheduler can neither start (maximumPercent) nor stop (minimumHealthyPercent) a task: no progress.
   * Checked for ROLLING deployments: the guide documents the percentages as bounds of the rolling update only.
   */
  static final Rule NO_PROGRESS = Rule.warning("deployment-no-progress",
      "minimumHealthyPercent and maximumPercent must leave room to replace at least one task", CONFIG);

  /** Doc: the deployment circuit breaker can only be used with the rolling update (ECS) deployment controller. */
  static final Rule CIRCUIT_BREAKER_CONTROLLER = Rule.error("circuit-breaker-requires-ecs-controller",
      "The deployment circuit breaker needs the ECS deployment controller",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentCircuitBreaker.html");

  /** Doc: healthCheckGracePeriodSeconds: up to 2,147,483,647 seconds. */
  static final Rule GRACE_RANGE = Rule.error("health-check-grace-period-range",
      "healthCheckGracePeriodSeconds is 0–2147483647", CREATE_SERVICE);

  /**
   * Doc: the grace period applies to ELB, VPC Lattice and container health checks; "if you do not use any of the
   * health checks, then healthCheckGracePeriodSeconds is unused".
   */
  static final Rule GRACE_UNUSED = Rule.warning("health-check-grace-period-unused",
      "healthCheckGracePeriodSeconds has no effect without a load balancer or container health check",
      CREATE_SERVICE);

  static final List<Rule> RULES = List.of(MIN_RANGE, MAX_RANGE, MAX_BELOW_MIN, NO_PROGRESS,
      CIRCUIT_BREAKER_CONTROLLER, GRACE_RANGE, GRACE_UNUSED);

  /** Checks the deployment settings. */
  static void check(ServiceScope s, Findings f) {
    Service svc = s.service();
    ProblemPath path = s.path().then("deploymentConfiguration");
    Optional<DeploymentConfiguration> dc = svc.deploymentConfiguration();
    Optional<Integer> min = dc.flatMap(DeploymentConfiguration::minimumHealthyPercent);
    Optional<Integer> max = dc.flatMap(DeploymentConfiguration::maximumPercent);
    min.filter(m -> m < 0 || m > 100).ifPresent(m -> f.add(MIN_RANGE, path.then("minimumHealthyPercent"),
        "minimumHealthyPercent " + m + " is outside 0–100", "set minimumHealthyPercent between 0 and 100"));
    if (!s.daemon()) {
      max.filter(m -> m < 100).ifPresent(m -> f.add(MAX_RANGE, path.then("maximumPercent"),
          "maximumPercent " + m + " is below 100; a REPLICA service could not even run its desired count",
          "set maximumPercent to 100 or more (200 lets a deployment start a full new set of tasks)"));
    }
    int effectiveMin = min.orElse(s.daemon() ? 0 : 100);
    int effectiveMax = max.orElse(s.daemon() ? 100 : 200);
    if (effectiveMax < effectiveMin) {
      f.add(MAX_BELOW_MIN, path,
          "maximumPercent " + effectiveMax + " is below minimumHealthyPercent " + effectiveMin,
          "raise maximumPercent to at least " + effectiveMin + " or lower minimumHealthyPercent");
    }
    boolean ecsController = DeploymentStrategyRules.ecsController(svc);
    boolean rolling = dc.map(DeploymentConfiguration::strategyOrDefault).orElse(DeploymentStrategy.ROLLING)
        == DeploymentStrategy.ROLLING;
    if (!s.daemon() && ecsController && rolling && effectiveMin >= 0 && effectiveMin <= 100 && effectiveMax >= effectiveMin
        && svc.desiredCount().filter(n -> n > 0).isPresent()) {
      int n = svc.desiredCount().get();
      long upper = (long) n * effectiveMax / 100;
      long lower = ((long) n * effectiveMin + 99) / 100;
      if (upper <= lower) {
        f.add(NO_PROGRESS, path,
            "with desiredCount " + n + ", minimumHealthyPercent " + effectiveMin + " and maximumPercent "
                + effectiveMax + " a deployment may run at most " + Words.count(upper, "task", "tasks")
                + " but must keep " + lower + " running, so it can neither start a new task nor stop an old one",
            "raise maximumPercent (e.g. to 200) or lower minimumHealthyPercent (e.g. to 50)");
      }
    }
    dc.flatMap(DeploymentConfiguration::deploymentCircuitBreaker).filter(DeploymentCircuitBreaker::enable)
        .ifPresent(cb -> {
          if (!ecsController) {
            f.add(CIRCUIT_BREAKER_CONTROLLER, path.then("deploymentCircuitBreaker"),
                "the deployment circuit breaker is enabled but the deployment controller is "
                    + svc.deploymentController().get().type() + "; it only works with ECS rolling updates",
                "disable the circuit breaker or use deploymentController type ECS");
          }
        });
    svc.healthCheckGracePeriodSeconds().ifPresent(g -> {
      if (g < 0) {
        f.add(GRACE_RANGE, s.path().then("healthCheckGracePeriodSeconds"),
            "healthCheckGracePeriodSeconds " + g + " is negative; it must be 0–2147483647",
            "set healthCheckGracePeriodSeconds to 0 or more");
      } else if (g > 0 && svc.loadBalancers().isEmpty() && s.anyContainerHealthCheck().map(b -> !b).orElse(false)) {
        f.add(GRACE_UNUSED, s.path().then("healthCheckGracePeriodSeconds"),
            "healthCheckGracePeriodSeconds " + g + " has no effect: the service has no load balancer and its"
                + " containers have no health check",
            "remove healthCheckGracePeriodSeconds, or add a load balancer or a container health check");
      }
    });
  }
}
