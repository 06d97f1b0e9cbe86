package dev.ecsdsl.validation;

import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TargetGroupHealthCheck;
import dev.ecsdsl.model.TargetType;
import dev.ecsdsl.model.TaskDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rules about load balancing: how a service attaches to target groups or a Classic Load Balancer (container
 * and port, target type, the load balancer behind the target group), and the load balancers, listeners and
 * target groups of the environment themselves (zones, rule priorities, health check ranges).
 */
final class LoadBalancerRules {
  private LoadBalancerRules() {}

  private static final String SERVICE_LB = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html";
  private static final String CFN_SERVICE_LB =
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-service-loadbalancer.html";

  /** Doc: containerName and containerPort must be the name and a port mapping of a container of the task definition. */
  static final Rule CONTAINER_PORT = Rule.error("load-balancer-container-port",
      "A service load balancer's containerName and containerPort must match a container's port mapping", SERVICE_LB);

  /** Doc: services with awsvpc tasks (e.g. Fargate) only support ALB and NLB; Classic Load Balancers are not supported. */
  static final Rule CLASSIC_AWSVPC = Rule.error("classic-load-balancer-awsvpc",
      "Classic Load Balancers cannot serve awsvpc (Fargate) tasks", CFN_SERVICE_LB);

  /** Doc: target groups for awsvpc tasks must use target type ip, not instance (bridge/host tasks register by instance). */
  static final Rule TARGET_TYPE = Rule.error("target-type-matches-network-mode",
      "awsvpc tasks need target type ip; bridge and host tasks need target type instance", CFN_SERVICE_LB);

  /** Doc: the target group must be associated with an Application or Network Load Balancer. */
  static final Rule TARGET_GROUP_LOAD_BALANCER = Rule.error("target-group-load-balancer",
      "A service's target group must be attached to an ALB or NLB listener", SERVICE_LB);

  /** Doc: [Application Load Balancers] you must specify subnets from at least two Availability Zones. */
  static final Rule ALB_TWO_ZONES = Rule.error("alb-two-availability-zones",
      "An Application Load Balancer needs subnets in at least two Availability Zones",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html");

  /** Doc: rule priority 1–50000; a listener can't have multiple rules with the same priority. */
  static final Rule LISTENER_RULE_PRIORITY = Rule.error("listener-rule-priority",
      "Listener rule priorities are 1–50000 and unique within a listener",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateRule.html");

  /** Doc: interval 5–300 s, timeout 2–120 s and below the interval, healthy/unhealthy thresholds 2–10. */
  static final Rule TARGET_GROUP_HEALTH_CHECK = Rule.error("target-group-health-check-range",
      "Target group health check: interval 5–300, timeout 2–120 and below the interval, thresholds 2–10",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html");

  /** Doc: for services that use an ALB or NLB you cannot attach more than five target groups. */
  static final Rule MAX_TARGET_GROUPS = Rule.error("max-target-groups-per-service",
      "A service attaches at most 5 target groups",
      "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/register-multiple-targetgroups.html");

  /** Doc: container health checks are not supported for tasks of a service that uses a Classic Load Balancer. */
  static final Rule HEALTH_CHECK_WITH_CLASSIC = Rule.warning("container-health-check-with-classic-load-balancer",
      "Container health checks are not used for services behind a Classic Load Balancer",
      "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html");

  static final List<Rule> RULES = List.of(CONTAINER_PORT, CLASSIC_AWSVPC, TARGET_TYPE, TARGET_GROUP_LOAD_BALANCER,
      ALB_TWO_ZONES, LISTENER_RULE_PRIORITY, TARGET_GROUP_HEALTH_CHECK, MAX_TARGET_GROUPS, HEALTH_CHECK_WITH_CLASSIC);

  /** Checks how a service attaches to load balancers. */
  static void checkService(ServiceScope s, Findings f) {
    List<ServiceLoadBalancer> lbs = s.service().loadBalancers();
    long targetGroups = lbs.stream().filter(l -> l.targetGroupArn().isPresent()).count();
    if (targetGroups > 5) {
      f.add(MAX_TARGET_GROUPS, s.path().then("loadBalancers"),
          "the service attaches " + targetGroups + " target groups; ECS allows at most 5",
          "attach at most 5 target groups (route more paths with listener rules instead)");
    }
    boolean awsvpc = s.networkMode().map(m -> m == NetworkMode.AWSVPC).orElse(false) || s.fargate();
    for (int i = 0; i < lbs.size(); i++) {
      ServiceLoadBalancer lb = lbs.get(i);
      ProblemPath at = s.path().then("loadBalancers", i);
      s.td().ifPresent(td -> containerPort(s, lb, at, f));
      if (lb.loadBalancerName().isPresent()) {
        if (awsvpc) {
          f.add(CLASSIC_AWSVPC, at.then("loadBalancerName"),
              "Classic Load Balancer " + lb.loadBalancerName().get() + " cannot route to "
                  + (s.fargate() ? "Fargate" : "awsvpc") + " tasks, which have their own network interface",
              "put the service behind an Application or Network Load Balancer target group of type ip"
                  + " (targetGroupArn)");
        }
        if (s.anyContainerHealthCheck().orElse(false)) {
          f.add(HEALTH_CHECK_WITH_CLASSIC, at.then("loadBalancerName"),
              "the task definition has container health checks, which ECS does not use for services behind"
                  + " Classic Load Balancer " + lb.loadBalancerName().get(),
              "move the service to an Application Load Balancer, or rely on the load balancer's health check");
        }
      }
      if (s.env().isPresent() && lb.targetGroupArn().isPresent()) {
        Environment env = s.env().get();
        String ref = lb.targetGroupArn().get();
        Optional<TargetGroup> tg = env.targetGroup(ref);
        if (tg.isEmpty()) {
          f.add(ReferenceRules.TARGET_GROUP_UNKNOWN, at.then("targetGroupArn"),
              "target group " + ref + " is not in the environment (target groups: "
                  + names(env.targetGroups().stream().map(TargetGroup::name).toList()) + ")",
              "add target group " + Arns.name(ref) + " to the environment or fix targetGroupArn");
          continue;
        }
        TargetGroup group = tg.get();
        targetType(s, group, at.then("targetGroupArn"), f);
        List<LoadBalancer> balancers = env.loadBalancersOf(group.name());
        if (balancers.stream().noneMatch(b -> b.type() != LoadBalancerType.CLASSIC)) {
          f.add(TARGET_GROUP_LOAD_BALANCER, at.then("targetGroupArn"),
              "target group " + group.name() + " is not attached to any Application or Network Load Balancer"
                  + " listener" + (balancers.isEmpty() ? "" : " (only to Classic Load Balancer "
                      + balancers.get(0).name() + ")"),
              "forward to target group " + group.name() + " from a listener (default action or rule) of an ALB"
                  + " or NLB");
        }
      }
      if (s.env().isPresent() && lb.loadBalancerName().isPresent()
          && s.env().get().loadBalancer(lb.loadBalancerName().get()).isEmpty()) {
        f.add(ReferenceRules.LOAD_BALANCER_UNKNOWN, at.then("loadBalancerName"),
            "load balancer " + lb.loadBalancerName().get() + " is not in the environment",
            "add load balancer " + lb.loadBalancerName().get() + " to the environment or fix loadBalancerName");
      }
    }
  }

  /** The service's tasks register with the target group the way its target type expects (awsvpc: ip). */
  static void targetType(ServiceScope s, TargetGroup group, ProblemPath at, Findings f) {
    s.networkMode().ifPresent(mode -> {
      TargetType needed = mode == NetworkMode.AWSVPC ? TargetType.IP : TargetType.INSTANCE;
      if ((mode == NetworkMode.AWSVPC || mode == NetworkMode.BRIDGE || mode == NetworkMode.HOST)
          && group.targetType() != needed) {
        f.add(TARGET_TYPE, at,
            "target group " + group.name() + " has target type " + group.targetType().name().toLowerCase()
                + " but the tasks use " + mode.ecsName() + " network mode, which registers targets by "
                + (needed == TargetType.IP ? "IP address" : "instance and port"),
            "use a target group with target type " + needed.name().toLowerCase());
      }
    });
  }

  private static void containerPort(ServiceScope s, ServiceLoadBalancer lb, ProblemPath at, Findings f) {
    TaskDefinition td = s.td().get();
    if (lb.containerName().isEmpty() || lb.containerPort().isEmpty()) {
      f.add(CONTAINER_PORT, at,
          "the load balancer entry lacks " + (lb.containerName().isEmpty() ? "containerName" : "containerPort")
              + "; ECS needs the container and port that receive traffic",
          "set containerName and containerPort to a container of " + td.family() + " and one of its mapped ports");
      return;
    }
    String name = lb.containerName().get();
    int port = lb.containerPort().get();
    Optional<ContainerDefinition> c = td.container(name);
    if (c.isEmpty()) {
      f.add(CONTAINER_PORT, at.then("containerName"),
          "containerName " + name + " is not a container of task definition " + td.family() + " (containers: "
              + TaskDefinitionRules.names(td.containerDefinitions()) + ")",
          "set containerName to one of " + TaskDefinitionRules.names(td.containerDefinitions()));
      return;
    }
    List<PortMapping> mappings = c.get().portMappings();
    boolean mapped = mappings.stream().anyMatch(pm -> pm.containerPort().map(p -> p == port).orElse(false)
        || pm.containerPortRange().map(r -> inRange(r, port)).orElse(false));
    if (!mapped) {
      String ports = Words.list(mappings.stream().map(pm -> pm.containerPort().map(String::valueOf)
          .orElse(pm.containerPortRange().orElse("?"))).toList());
      f.add(CONTAINER_PORT, at.then("containerPort"),
          "containerPort " + port + " is not a port mapping of container " + name + " (its container ports: "
              + (ports.isEmpty() ? "none" : ports) + ")",
          "add a port mapping for containerPort " + port + " to container " + name
              + (ports.isEmpty() ? "" : " or set containerPort to one of " + ports));
    }
  }

  private static boolean inRange(String range, int port) {
    String[] parts = range.split("-");
    try {
      return parts.length == 2 && port >= Integer.parseInt(parts[0].trim()) && port <= Integer.parseInt(parts[1].trim());
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Checks the environment's load balancers, listeners and target groups. */
  static void checkEnvironment(Environment env, Findings f) {
    for (LoadBalancer lb : env.loadBalancers()) {
      ProblemPath path = ProblemPath.of("load balancer " + lb.name());
      NetworkRules.checkReferences(env, lb.subnets(), lb.securityGroups(), path, f);
      if (lb.type() == LoadBalancerType.APPLICATION) {
        Set<String> zones = new TreeSet<>();
        for (String id : lb.subnets()) {
          env.vpc().subnet(id).map(Subnet::availabilityZone).ifPresent(zones::add);
        }
        if (zones.size() < 2) {
          f.add(ALB_TWO_ZONES, path.then("subnets"),
              "Application Load Balancer " + lb.name() + " has subnets in " + zones.size() + " Availability Zone"
                  + (zones.size() == 1 ? " (" + zones.iterator().next() + ")" : "s") + "; it needs at least two",
              "add a subnet in another Availability Zone to the load balancer");
        }
      }
      for (Listener listener : lb.listeners()) {
        ProblemPath lp = path.then("listener " + listener.port());
        listener.defaultTargetGroup().ifPresent(tg -> knownTargetGroup(env, tg, lp.then("defaultTargetGroup"), f));
        Map<Integer, Integer> priorities = new HashMap<>();
        for (int i = 0; i < listener.rules().size(); i++) {
          ListenerRule rule = listener.rules().get(i);
          ProblemPath rp = lp.then("rules", i);
          if (rule.priority() < 1 || rule.priority() > 50_000) {
            f.add(LISTENER_RULE_PRIORITY, rp.then("priority"),
                "rule priority " + rule.priority() + " is outside 1–50000", "set priority between 1 and 50000");
          }
          Integer other = priorities.putIfAbsent(rule.priority(), i);
          if (other != null) {
            f.add(LISTENER_RULE_PRIORITY, rp.then("priority"),
                "rule priority " + rule.priority() + " is already used by rules[" + other + "] of listener "
                    + listener.port(),
                "give each rule of the listener its own priority");
          }
          ListenerForwarding.check(env, rule, rp, f);
        }
      }
    }
    for (TargetGroup tg : env.targetGroups()) {
      healthCheck(tg.healthCheck(), ProblemPath.of("target group " + tg.name(), "healthCheck"), f);
    }
  }

  /** A target group reference resolves, or a target-group-unknown problem. */
  static void knownTargetGroup(Environment env, String ref, ProblemPath at, Findings f) {
    if (env.targetGroup(ref).isEmpty()) {
      f.add(ReferenceRules.TARGET_GROUP_UNKNOWN, at,
          "target group " + ref + " is not in the environment (target groups: "
              + names(env.targetGroups().stream().map(TargetGroup::name).toList()) + ")",
          "add target group " + Arns.name(ref) + " to the environment or fix the reference");
    }
  }

  private static void healthCheck(TargetGroupHealthCheck hc, ProblemPath path, Findings f) {
    range(hc.intervalSeconds(), 5, 300, "intervalSeconds", path, f);
    range(hc.timeoutSeconds(), 2, 120, "timeoutSeconds", path, f);
    range(hc.healthyThresholdCount(), 2, 10, "healthyThresholdCount", path, f);
    range(hc.unhealthyThresholdCount(), 2, 10, "unhealthyThresholdCount", path, f);
    if (hc.timeoutSeconds() >= hc.intervalSeconds()) {
      f.add(TARGET_GROUP_HEALTH_CHECK, path.then("timeoutSeconds"),
          "health check timeoutSeconds " + hc.timeoutSeconds() + " is not below intervalSeconds "
              + hc.intervalSeconds(),
          "make timeoutSeconds smaller than intervalSeconds");
    }
  }

  private static void range(int value, int min, int max, String field, ProblemPath path, Findings f) {
    if (value < min || value > max) {
      f.add(TARGET_GROUP_HEALTH_CHECK, path.then(field),
          "health check " + field + " " + value + " is outside the allowed " + min + "–" + max,
          "set " + field + " between " + min + " and " + max);
    }
  }

  static String names(List<String> names) {
    return names.isEmpty() ? "none" : Words.list(names);
  }
}
