package dev.ecsdsl.validation;

import dev.ecsdsl.model.DeploymentAlarms;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules about the CloudWatch alarms of a deployment ({@code deploymentConfiguration.alarms}) and the metric
 * alarms of a description: alarms need the ECS deployment controller, the names exist, the alarms watch a metric
 * the simulation produces for resources of the description, and each alarm's settings are ones CloudWatch
 * accepts.
 */
final class DeploymentAlarmRules {
  private DeploymentAlarmRules() {}

  private static final String ALARMS =
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-alarm-failure.html";
  private static final String PUT_METRIC_ALARM =
      "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html";

  /** The metrics the simulation produces, by namespace, with the dimensions that name what they measure. */
  private static final Map<String, Set<String>> SIMULATED = Map.of(
      "AWS/ECS", Set.of("CPUUtilization", "MemoryUtilization"),
      "AWS/ApplicationELB", Set.of("RequestCount", "RequestCountPerTarget", "HTTPCode_Target_5XX_Count",
          "TargetResponseTime"));

  /**
   * Doc: "You can only use the DeploymentAlarms method to detect failures when the DeploymentController is set to
   * ECS."
   */
  static final Rule CONTROLLER = Rule.error("deployment-alarms-require-ecs-controller",
      "Deployment alarms need the ECS deployment controller",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentAlarms.html");

  /** Doc: alarmNames is required; with alarms enabled and none named, nothing can fail the deployment. */
  static final Rule EMPTY = Rule.warning("deployment-alarms-empty",
      "Enabled deployment alarms name at least one alarm", ALARMS);

  /** Doc: ECS sets the deployment to failed when "a specified CloudWatch alarm has gone into the ALARM state". */
  static final Rule UNKNOWN = Rule.error("deployment-alarm-unknown",
      "Every deployment alarm name is a CloudWatch alarm of the environment", ALARMS);

  /**
   * The simulation computes AWS/ECS CPUUtilization and MemoryUtilization and AWS/ApplicationELB RequestCount,
   * RequestCountPerTarget, HTTPCode_Target_5XX_Count and TargetResponseTime (the recommended deployment alarm
   * metrics of the guide); an alarm on any other metric never leaves OK.
   */
  static final Rule METRIC = Rule.warning("deployment-alarm-metric",
      "A deployment alarm watches a metric the simulation produces, for resources of the environment", ALARMS);

  /** Doc: alarm names are unique in an account and Region. */
  static final Rule NAME_UNIQUE = Rule.error("metric-alarm-name-unique",
      "CloudWatch alarm names are unique", PUT_METRIC_ALARM);

  /**
   * Doc: Period — "Valid values are 10, 20, 30, and any multiple of 60"; EvaluationPeriods at least 1;
   * DatapointsToAlarm from 1 to EvaluationPeriods.
   */
  static final Rule SETTINGS = Rule.error("metric-alarm-settings",
      "An alarm's period is 10, 20, 30 or a multiple of 60 seconds; 1 ≤ datapointsToAlarm ≤ evaluationPeriods",
      PUT_METRIC_ALARM);

  static final List<Rule> RULES = List.of(CONTROLLER, EMPTY, UNKNOWN, METRIC, NAME_UNIQUE, SETTINGS);

  /** Checks the service's deployment alarms. */
  static void check(ServiceScope s, Findings f) {
    Optional<DeploymentAlarms> alarms = s.service().deploymentConfiguration().flatMap(DeploymentConfiguration::alarms)
        .filter(DeploymentAlarms::enable);
    if (alarms.isEmpty()) {
      return;
    }
    ProblemPath at = s.path().then("deploymentConfiguration").then("alarms");
    if (!DeploymentStrategyRules.ecsController(s.service())) {
      f.add(CONTROLLER, at, "deployment alarms are enabled but the deployment controller is "
              + s.service().deploymentController().get().type() + "; they only work with the ECS controller",
          "disable the alarms or use deploymentController type ECS");
    }
    List<String> names = alarms.get().alarmNames();
    if (names.isEmpty()) {
      f.add(EMPTY, at.then("alarmNames"), "alarms are enabled but name no alarm, so no alarm can fail a deployment",
          "name the alarms, e.g. a target group 5xx alarm, or set enable to false");
    }
    if (s.env().isEmpty()) {
      return;
    }
    Environment env = s.env().get();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Optional<MetricAlarm> alarm = env.alarm(name);
      if (alarm.isEmpty()) {
        f.add(UNKNOWN, at.then("alarmNames", i), "alarm " + name + " is not an alarm of the environment (alarms: "
                + LoadBalancerRules.names(env.metricAlarms().stream().map(MetricAlarm::alarmName).toList()) + ")",
            "add metric alarm " + name + " to the environment or fix the name");
      } else {
        metric(env, alarm.get(), at.then("alarmNames", i), f);
      }
    }
  }

  private static void metric(Environment env, MetricAlarm alarm, ProblemPath at, Findings f) {
    String namespace = alarm.namespace().orElse("");
    if (!SIMULATED.getOrDefault(namespace, Set.of()).contains(alarm.metricName())) {
      f.add(METRIC, at, "alarm " + alarm.alarmName() + " watches " + (namespace.isEmpty() ? "" : namespace + " ")
              + alarm.metricName() + ", which the simulation does not produce: it stays OK",
          "watch AWS/ECS CPUUtilization or MemoryUtilization, or AWS/ApplicationELB RequestCount,"
              + " RequestCountPerTarget, HTTPCode_Target_5XX_Count or TargetResponseTime");
      return;
    }
    for (MetricDimension d : alarm.dimensions()) {
      Optional<String> missing = switch (d.name()) {
        case "ServiceName" -> env.service(d.value()).isPresent() ? Optional.empty() : Optional.of("service");
        case "ClusterName" -> env.cluster(d.value()).isPresent() ? Optional.empty() : Optional.of("cluster");
        case "TargetGroup" -> env.targetGroup(d.resourceName()).isPresent()
            ? Optional.empty() : Optional.of("target group");
        case "LoadBalancer" -> env.loadBalancer(d.resourceName()).isPresent()
            ? Optional.empty() : Optional.of("load balancer");
        default -> Optional.empty();
      };
      missing.ifPresent(kind -> f.add(METRIC, at, "alarm " + alarm.alarmName() + " watches " + kind + " " + d.value()
              + " (dimension " + d.name() + "), which is not in the environment: it stays OK",
          "point dimension " + d.name() + " at a " + kind + " of the environment"));
    }
  }

  /** Checks the environment's alarms: unique names and settings CloudWatch accepts. */
  static void checkEnvironment(Environment env, Findings f) {
    Map<String, MetricAlarm> byName = new HashMap<>();
    for (MetricAlarm alarm : env.metricAlarms()) {
      ProblemPath path = ProblemPath.of("alarm " + alarm.alarmName());
      MetricAlarm other = byName.putIfAbsent(alarm.alarmName(), alarm);
      if (other != null && !other.equals(alarm)) {
        f.add(NAME_UNIQUE, path, "alarm name " + alarm.alarmName() + " is used by two different alarms",
            "give each alarm its own name");
      }
    }
    for (MetricAlarm alarm : env.alarms()) {
      settings(alarm, ProblemPath.of("alarm " + alarm.alarmName()), f);
    }
  }

  private static void settings(MetricAlarm alarm, ProblemPath path, Findings f) {
    int period = alarm.period();
    if (!(period == 10 || period == 20 || period == 30 || (period > 0 && period % 60 == 0))) {
      f.add(SETTINGS, path.then("period"), "period " + period + " is not 10, 20, 30 or a multiple of 60 seconds",
          "set period to 60 (or 10, 20, 30 for a high-resolution metric)");
    }
    if (alarm.evaluationPeriods() < 1) {
      f.add(SETTINGS, path.then("evaluationPeriods"), "evaluationPeriods " + alarm.evaluationPeriods()
          + " is below 1", "set evaluationPeriods to 1 or more");
    }
    alarm.datapointsToAlarm().filter(d -> d < 1 || d > alarm.evaluationPeriods()).ifPresent(d -> f.add(SETTINGS,
        path.then("datapointsToAlarm"), "datapointsToAlarm " + d + " is outside 1–" + alarm.evaluationPeriods()
            + " (evaluationPeriods)", "set datapointsToAlarm between 1 and evaluationPeriods"));
  }

}
