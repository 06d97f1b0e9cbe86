package dev.ecsdsl.validation;

import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceAutoScaling;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.TargetTrackingScalingPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Rules about Application Auto Scaling of a service's desired count: the scalable target's capacities and
 * the target tracking policies.
 */
final class AutoScalingRules {
  private AutoScalingRules() {}

  private static final String TARGET_TRACKING =
      "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_TargetTrackingScalingPolicyConfiguration.html";

  /** Doc: RegisterScalableTarget needs MinCapacity and MaxCapacity with 0 ≤ min ≤ max. */
  static final Rule CAPACITY_ORDER = Rule.error("autoscaling-capacity-order",
      "Auto scaling capacities satisfy 0 ≤ minCapacity ≤ maxCapacity",
      "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html");

  /** Doc: TargetValue is the metric value the policy keeps; utilization and request count targets are positive. */
  static final Rule TARGET_VALUE = Rule.error("target-tracking-target-value",
      "A target tracking policy's targetValue is greater than 0", TARGET_TRACKING);

  /** Doc: ALBRequestCountPerTarget needs a ResourceLabel naming a target group attached to the ECS service. */
  static final Rule ALB_REQUEST_COUNT = Rule.error("alb-request-count-target-group",
      "ALBRequestCountPerTarget needs a resourceLabel naming a target group of the service",
      "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PredefinedMetricSpecification.html");

  /** Doc: Application Auto Scaling moves the desired count into min–max, overriding the service's desiredCount. */
  static final Rule DESIRED_OUTSIDE = Rule.warning("desired-count-outside-autoscaling-range",
      "desiredCount should lie within the auto scaling capacities",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html");

  /**
   * Doc: PutScheduledAction's Schedule is {@code at(yyyy-mm-ddThh:mm:ss)}, {@code rate(value unit)} or
   * {@code cron(fields)}; Timezone is an IANA time zone name.
   */
  static final Rule SCHEDULED_ACTION = Rule.error("scheduled-action-schedule",
      "A scheduled action's schedule is a valid at, rate or cron expression in a valid time zone",
      "https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html");

  static final List<Rule> RULES = List.of(CAPACITY_ORDER, TARGET_VALUE, ALB_REQUEST_COUNT, DESIRED_OUTSIDE,
      SCHEDULED_ACTION);

  /** Checks the service's auto scaling, if it has one. */
  static void check(ServiceScope s, Findings f) {
    Service svc = s.service();
    if (svc.autoScaling().isEmpty()) {
      return;
    }
    ServiceAutoScaling as = svc.autoScaling().get();
    ProblemPath path = s.path().then("autoScaling");
    for (int i = 0; i < as.scheduledActions().size(); i++) {
      dev.ecsdsl.model.ScheduledAction action = as.scheduledActions().get(i);
      ProblemPath at = path.then("scheduledActions[" + i + "]");
      dev.ecsdsl.schedule.ScheduleExpression.problem(action.schedule(),
          dev.ecsdsl.schedule.ScheduleSyntax.APPLICATION_AUTO_SCALING).ifPresent(problem ->
          f.add(SCHEDULED_ACTION, at.then("schedule"), "scheduled action " + action.scheduledActionName() + ": "
              + problem, "write at(yyyy-mm-ddThh:mm:ss), rate(value unit) or cron(minutes hours day-of-month month "
              + "day-of-week year)"));
      action.timezone().filter(zone -> !isZone(zone)).ifPresent(zone -> f.add(SCHEDULED_ACTION,
          at.then("timezone"), "scheduled action " + action.scheduledActionName() + ": time zone '" + zone
              + "' is not an IANA time zone name", "use a name such as Europe/Berlin or UTC"));
    }
    boolean ordered = as.minCapacity() >= 0 && as.minCapacity() <= as.maxCapacity();
    if (!ordered) {
      f.add(CAPACITY_ORDER, path,
          "minCapacity " + as.minCapacity() + " and maxCapacity " + as.maxCapacity()
              + " must satisfy 0 ≤ minCapacity ≤ maxCapacity",
          "set minCapacity at most maxCapacity (and not negative)");
    }
    if (ordered && svc.desiredCount().isPresent()) {
      int n = svc.desiredCount().get();
      if (n < as.minCapacity() || n > as.maxCapacity()) {
        f.add(DESIRED_OUTSIDE, s.path().then("desiredCount"),
            "desiredCount " + n + " is outside the auto scaling range " + as.minCapacity() + "–" + as.maxCapacity()
                + "; Application Auto Scaling will move it to " + (n < as.minCapacity() ? as.minCapacity()
                    : as.maxCapacity()),
            "set desiredCount between " + as.minCapacity() + " and " + as.maxCapacity());
      }
    }
    List<String> serviceGroups = svc.loadBalancers().stream().map(ServiceLoadBalancer::targetGroupArn)
        .flatMap(Optional::stream).map(Arns::name).toList();
    for (int i = 0; i < as.targetTrackingPolicies().size(); i++) {
      TargetTrackingScalingPolicy p = as.targetTrackingPolicies().get(i);
      ProblemPath at = path.then("targetTrackingPolicies", i);
      if (!(p.targetValue() > 0)) {
        f.add(TARGET_VALUE, at.then("targetValue"),
            "policy " + p.policyName() + " tracks targetValue " + p.targetValue() + "; it must be greater than 0",
            "set targetValue to the level to keep, e.g. 60 (percent) or 1000 (requests per target)");
      }
      if (p.predefinedMetricType() == PredefinedMetricType.ALB_REQUEST_COUNT_PER_TARGET) {
        Optional<String> label = p.resourceLabel();
        Optional<String> group = p.resourceLabelTargetGroup().map(Arns::name);
        if (group.isEmpty() || !serviceGroups.contains(group.get())) {
          f.add(ALB_REQUEST_COUNT, at.then("resourceLabel"),
              "policy " + p.policyName() + " tracks ALBRequestCountPerTarget "
                  + (label.isEmpty() ? "without a resourceLabel"
                      : "of target group " + group.get() + ", which is not a target group of service "
                          + svc.serviceName())
                  + " (its target groups: " + LoadBalancerRules.names(serviceGroups) + ")",
              serviceGroups.isEmpty() ? "attach the service to an ALB target group, or track CPU or memory instead"
                  : "set resourceLabel to target group " + serviceGroups.get(0));
        }
      }
    }
  }

  private static boolean isZone(String zone) {
    try {
      java.time.ZoneId.of(zone);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }
}
