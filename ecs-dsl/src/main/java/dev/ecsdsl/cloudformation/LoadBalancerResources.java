package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.ElbProtocol;
import dev.ecsdsl.model.ForwardConfig;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TargetGroupHealthCheck;
import dev.ecsdsl.model.TargetGroupStickinessConfig;
import dev.ecsdsl.model.TargetGroupTuple;
import dev.ecsdsl.model.TargetType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code AWS::ElasticLoadBalancingV2::LoadBalancer}, {@code Listener} (its forward default action),
 * {@code ListenerRule} (path-pattern and host-header conditions, a forward action) and {@code TargetGroup}
 * (health check, deregistration delay, slow start), and the Classic Load Balancer
 * {@code AWS::ElasticLoadBalancing::LoadBalancer}. Other actions (redirect, fixed response, authentication) and
 * rule conditions are not simulated and are reported.
 */
final class LoadBalancerResources {
  private LoadBalancerResources() {}

  static void read(ReadContext ctx, ModelParts parts) {
    ctx.each("AWS::ElasticLoadBalancingV2::TargetGroup", r -> targetGroup(ctx, parts, r));
    ctx.each(List.of("AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer"), r -> {
      if (r.type().equals("AWS::ElasticLoadBalancing::LoadBalancer")) {
        classic(ctx, parts, r);
        return;
      }
      String type = ctx.text(r, "Type").orElse("application");
      if (type.equals("gateway")) {
        ctx.notSimulated(r.path("Type"), "gateway load balancer " + r.logicalId() + " is not simulated",
            "nothing to do; ECS services do not register with it");
        return;
      }
      LoadBalancer.Builder lb = LoadBalancer.builder().name(ctx.ids.name(r))
          .type(type.equals("network") ? LoadBalancerType.NETWORK : LoadBalancerType.APPLICATION);
      ctx.text(r, "Scheme").ifPresent(lb::scheme);
      List<String> subnets = new ArrayList<>(ctx.texts(r, "Subnets"));
      ctx.property(r, "SubnetMappings").ifPresent(m -> m.forEach(s -> subnets.add(s.path("SubnetId").asText())));
      lb.subnets(subnets).securityGroups(ctx.texts(r, "SecurityGroups"));
      parts.loadBalancers.put(r.logicalId(), lb);
    });
    Map<String, Listener.Builder> listeners = new LinkedHashMap<>();
    Map<String, String> listenerLoadBalancer = new LinkedHashMap<>();
    ctx.each("AWS::ElasticLoadBalancingV2::Listener", r -> {
      String lbArn = ctx.required(r, "LoadBalancerArn");
      Template.Resource lb = ctx.owner(lbArn, "AWS::ElasticLoadBalancingV2::LoadBalancer").orElseThrow(() ->
          new TemplateError(r.path("LoadBalancerArn"), TemplateRules.INVALID_PROPERTY, "listener " + r.logicalId()
              + " belongs to load balancer " + lbArn + ", which the template does not declare",
              "declare the load balancer in this template, or leave the listener out"));
      Listener.Builder listener = Listener.builder().port(ctx.integer(r, "Port").orElse(80));
      ctx.text(r, "Protocol").map(p -> protocol(p, r.path("Protocol"))).ifPresent(listener::protocol);
      // ELBv2 listeners have no instance port; a written template keeps the model's in Metadata.EcsDsl
      JsonNode instancePort = r.metadata().path("EcsDsl").path("InstancePort");
      if (instancePort.canConvertToInt()) {
        listener.instancePort(instancePort.asInt());
      }
      forwardTarget(ctx, ctx.property(r, "DefaultActions").orElse(null), r.path("DefaultActions"))
          .ifPresent(listener::defaultTargetGroup);
      listeners.put(r.logicalId(), listener);
      listenerLoadBalancer.put(r.logicalId(), lb.logicalId());
    });
    ctx.each("AWS::ElasticLoadBalancingV2::ListenerRule", r -> {
      String listenerArn = ctx.required(r, "ListenerArn");
      Template.Resource listener = ctx.owner(listenerArn, "AWS::ElasticLoadBalancingV2::Listener")
          .filter(l -> listeners.containsKey(l.logicalId())).orElseThrow(() -> new TemplateError(r.path("ListenerArn"),
              TemplateRules.INVALID_PROPERTY, "listener rule " + r.logicalId() + " belongs to listener "
              + listenerArn + ", which the template does not declare", "declare the listener in this template"));
      ListenerRule.Builder rule = ListenerRule.builder().priority(ctx.integer(r, "Priority").orElse(1));
      if (!ruleForward(ctx, rule, ctx.property(r, "Actions").orElse(null), r.path("Actions"))) {
        return;
      }
      JsonNode conditions = ctx.property(r, "Conditions").orElse(null);
      for (int i = 0; conditions != null && i < conditions.size(); i++) {
        condition(ctx, rule, conditions.get(i), r.path("Conditions") + "[" + i + "]");
      }
      listeners.get(listener.logicalId()).addRules(rule.build());
    });
    listeners.forEach((id, listener) -> {
      LoadBalancer.Builder lb = parts.loadBalancers.get(listenerLoadBalancer.get(id));
      if (lb != null) {
        lb.addListeners(listener.build());
      }
    });
  }

  private static void targetGroup(ReadContext ctx, ModelParts parts, Template.Resource r) {
    String type = ctx.text(r, "TargetType").orElse("instance");
    if (!type.equals("instance") && !type.equals("ip")) {
      ctx.notSimulated(r.path("TargetType"), "target group " + r.logicalId() + " of target type " + type
          + " is not simulated", "nothing to do; ECS registers instance and ip targets only");
      return;
    }
    TargetGroup.Builder tg = TargetGroup.builder().name(ctx.ids.name(r))
        .targetType(type.equals("ip") ? TargetType.IP : TargetType.INSTANCE);
    ctx.text(r, "Protocol").map(p -> protocol(p, r.path("Protocol"))).ifPresent(tg::protocol);
    ctx.integer(r, "Port").ifPresent(tg::port);
    TargetGroupHealthCheck.Builder health = TargetGroupHealthCheck.builder();
    ctx.text(r, "HealthCheckPath").ifPresent(health::path);
    ctx.text(r, "HealthCheckProtocol").map(p -> protocol(p, r.path("HealthCheckProtocol"))).ifPresent(health::protocol);
    ctx.text(r, "HealthCheckPort").filter(p -> !p.equals("traffic-port"))
        .map(p -> ReadContext.number(p, r.path("HealthCheckPort"))).ifPresent(health::port);
    ctx.integer(r, "HealthCheckIntervalSeconds").ifPresent(health::intervalSeconds);
    ctx.integer(r, "HealthCheckTimeoutSeconds").ifPresent(health::timeoutSeconds);
    ctx.integer(r, "HealthyThresholdCount").ifPresent(health::healthyThresholdCount);
    ctx.integer(r, "UnhealthyThresholdCount").ifPresent(health::unhealthyThresholdCount);
    ctx.property(r, "Matcher").flatMap(m -> ReadContext.text(m, "HttpCode", r.path("Matcher"))).ifPresent(health::matcher);
    tg.healthCheck(health.build());
    JsonNode attributes = ctx.property(r, "TargetGroupAttributes").orElse(null);
    for (int i = 0; attributes != null && i < attributes.size(); i++) {
      JsonNode a = attributes.get(i);
      String at = r.path("TargetGroupAttributes") + "[" + i + "]";
      String key = a.path("Key").asText();
      if (key.equals("deregistration_delay.timeout_seconds")) {
        tg.deregistrationDelaySeconds(ReadContext.number(a.path("Value").asText(), at + ".Value"));
      } else if (key.equals("slow_start.duration_seconds")) {
        tg.slowStartSeconds(ReadContext.number(a.path("Value").asText(), at + ".Value"));
      }
    }
    parts.targetGroups.add(tg.build());
  }

  /** The target group of the first forward action, if any; other actions are reported. */
  private static Optional<String> forwardTarget(ReadContext ctx, JsonNode actions, String path) {
    for (int i = 0; actions != null && i < actions.size(); i++) {
      JsonNode action = actions.get(i);
      String type = action.path("Type").asText();
      if (type.equals("forward")) {
        if (action.has("TargetGroupArn")) {
          return Optional.of(action.get("TargetGroupArn").asText());
        }
        JsonNode groups = action.path("ForwardConfig").path("TargetGroups");
        if (groups.isArray() && groups.size() > 0) {
          if (groups.size() > 1) {
            ctx.notSimulated(path + "[" + i + "].ForwardConfig", "weighted forwarding to " + groups.size()
                + " target groups: only the first receives requests here", "nothing to do");
          }
          return Optional.of(groups.get(0).path("TargetGroupArn").asText());
        }
      } else if (!type.startsWith("authenticate")) {
        ctx.notSimulated(path + "[" + i + "]", "a " + type + " action is not simulated (requests it answers "
            + "reach no target)", "nothing to do");
      }
    }
    return Optional.empty();
  }

  /**
   * The rule's first forward action: to one target group ({@code TargetGroupArn}) or weighted among several
   * ({@code ForwardConfig}, as a blue/green deployment shifts traffic); false when it has none. Other actions are
   * reported.
   */
  private static boolean ruleForward(ReadContext ctx, ListenerRule.Builder rule, JsonNode actions, String path) {
    for (int i = 0; actions != null && i < actions.size(); i++) {
      JsonNode action = actions.get(i);
      String at = path + "[" + i + "]";
      String type = action.path("Type").asText();
      if (type.equals("forward")) {
        ReadContext.text(action, "TargetGroupArn", at).ifPresent(rule::targetGroupArn);
        JsonNode config = action.get("ForwardConfig");
        if (config != null) {
          rule.forwardConfig(forwardConfig(config, at + ".ForwardConfig"));
        }
        return action.has("TargetGroupArn") || config != null;
      } else if (!type.startsWith("authenticate")) {
        ctx.notSimulated(at, "a " + type + " action is not simulated (requests it answers reach no target)",
            "nothing to do");
      }
    }
    return false;
  }

  private static ForwardConfig forwardConfig(JsonNode config, String path) {
    ForwardConfig.Builder forward = ForwardConfig.builder();
    JsonNode groups = config.path("TargetGroups");
    for (int i = 0; i < groups.size(); i++) {
      String at = path + ".TargetGroups[" + i + "]";
      TargetGroupTuple.Builder tuple = TargetGroupTuple.builder()
          .targetGroupArn(ReadContext.text(groups.get(i), "TargetGroupArn", at).orElse(""));
      ReadContext.integer(groups.get(i), "Weight", at).ifPresent(tuple::weight);
      forward.addTargetGroups(tuple.build());
    }
    JsonNode stickiness = config.get("TargetGroupStickinessConfig");
    if (stickiness != null) {
      String at = path + ".TargetGroupStickinessConfig";
      TargetGroupStickinessConfig.Builder sticky = TargetGroupStickinessConfig.builder();
      ReadContext.bool(stickiness, "Enabled", at).ifPresent(sticky::enabled);
      ReadContext.integer(stickiness, "DurationSeconds", at).ifPresent(sticky::durationSeconds);
      forward.targetGroupStickinessConfig(sticky.build());
    }
    return forward.build();
  }

  private static void condition(ReadContext ctx, ListenerRule.Builder rule, JsonNode c, String path) {
    String field = c.path("Field").asText();
    List<String> values = new ArrayList<>();
    if (c.has("Values")) {
      values.addAll(ReadContext.texts(c.get("Values"), path + ".Values"));
    }
    switch (field) {
      case "path-pattern" -> {
        if (c.has("PathPatternConfig")) {
          values.addAll(ReadContext.texts(c.path("PathPatternConfig").get("Values"), path + ".PathPatternConfig"));
        }
        rule.addAllPathPatterns(values);
      }
      case "host-header" -> {
        if (c.has("HostHeaderConfig")) {
          values.addAll(ReadContext.texts(c.path("HostHeaderConfig").get("Values"), path + ".HostHeaderConfig"));
        }
        rule.addAllHostHeaders(values);
      }
      default -> ctx.notSimulated(path, "listener rule condition " + field + " is not simulated; the rule matches "
          + "as if it were absent", "nothing to do");
    }
  }

  private static void classic(ReadContext ctx, ModelParts parts, Template.Resource r) {
    LoadBalancer.Builder lb = LoadBalancer.builder().name(ctx.ids.name(r)).type(LoadBalancerType.CLASSIC);
    ctx.text(r, "Scheme").ifPresent(lb::scheme);
    lb.subnets(ctx.texts(r, "Subnets")).securityGroups(ctx.texts(r, "SecurityGroups"));
    JsonNode listeners = ctx.property(r, "Listeners").orElse(null);
    for (int i = 0; listeners != null && i < listeners.size(); i++) {
      JsonNode l = listeners.get(i);
      String at = r.path("Listeners") + "[" + i + "]";
      Listener.Builder listener = Listener.builder()
          .port(ReadContext.integer(l, "LoadBalancerPort", at).orElse(80));
      ReadContext.text(l, "Protocol", at).map(p -> protocol(p, at + ".Protocol")).ifPresent(listener::protocol);
      ReadContext.integer(l, "InstancePort", at).ifPresent(listener::instancePort);
      lb.addListeners(listener.build());
    }
    JsonNode keptMatcher = r.metadata().path("EcsDsl").path("HealthCheckMatcher");
    ctx.property(r, "HealthCheck").ifPresent(h -> lb.healthCheck(classicHealthCheck((ObjectNode) h,
        r.path("HealthCheck"), keptMatcher.isTextual() ? Optional.of(keptMatcher.asText()) : Optional.empty())));
    parts.loadBalancers.put(r.logicalId(), lb);
  }

  /**
   * A Classic Load Balancer's health check; CloudFormation has no {@code Matcher} for one (the model holds what ELB
   * answers a check with), so a written template keeps it in {@code Metadata.EcsDsl.HealthCheckMatcher}.
   */
  private static TargetGroupHealthCheck classicHealthCheck(ObjectNode h, String path, Optional<String> keptMatcher) {
    TargetGroupHealthCheck.Builder health = TargetGroupHealthCheck.builder();
    String target = ReadContext.text(h, "Target", path).orElse("TCP:80");
    int colon = target.indexOf(':');
    if (colon > 0) {
      health.protocol(protocol(target.substring(0, colon), path + ".Target"));
      String rest = target.substring(colon + 1);
      int slash = rest.indexOf('/');
      health.port(ReadContext.number(slash < 0 ? rest : rest.substring(0, slash), path + ".Target"));
      if (slash >= 0) {
        health.path(rest.substring(slash));
      }
    }
    ReadContext.integer(h, "Interval", path).ifPresent(health::intervalSeconds);
    ReadContext.integer(h, "Timeout", path).ifPresent(health::timeoutSeconds);
    ReadContext.integer(h, "HealthyThreshold", path).ifPresent(health::healthyThresholdCount);
    ReadContext.integer(h, "UnhealthyThreshold", path).ifPresent(health::unhealthyThresholdCount);
    ReadContext.text(h, "Matcher", path).or(() -> keptMatcher).ifPresent(health::matcher);
    return health.build();
  }

  static ElbProtocol protocol(String text, String path) {
    String p = text.toUpperCase(Locale.ROOT).equals("SSL") ? "TLS" : text.toUpperCase(Locale.ROOT);
    try {
      return ElbProtocol.valueOf(p);
    } catch (IllegalArgumentException e) {
      throw new TemplateError(path, TemplateRules.INVALID_PROPERTY, "unknown protocol '" + text + "'",
          "use one of HTTP, HTTPS, TCP, UDP, TLS, TCP_UDP");
    }
  }
}
