package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.ElbProtocol;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TargetGroupHealthCheck;
import dev.ecsdsl.model.TargetGroupTuple;
import dev.ecsdsl.model.TargetType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Target groups, Application and Network Load Balancers with their listeners and rules, and Classic Load
 * Balancers. Listeners and the load balancers a target group is behind are remembered, so that services can
 * depend on their listeners and request-count scaling can name its resource label.
 */
final class LoadBalancerWriter {
  /** Target group name → the listeners (logical ids) that forward to it. */
  final Map<String, List<String>> listenersOf = new LinkedHashMap<>();
  /** Target group name → the logical id of the first Application Load Balancer that forwards to it. */
  final Map<String, String> loadBalancerOf = new LinkedHashMap<>();
  /** Target group name → its logical id. */
  final Map<String, String> targetGroups = new LinkedHashMap<>();

  void write(TemplateOut out) {
    for (TargetGroup tg : out.env.targetGroups()) {
      String id = out.id("TargetGroup", tg.name());
      targetGroups.put(tg.name(), id);
      out.known("targetGroup", tg.arn(out.env.region(), out.env.accountId()), TemplateOut.ref(id));
      ObjectNode p = out.resource(id, "AWS::ElasticLoadBalancingV2::TargetGroup");
      p.put("Name", tg.name()).put("TargetType", tg.targetType() == TargetType.IP ? "ip" : "instance")
          .put("Protocol", tg.protocol().name()).put("Port", tg.port());
      p.set("VpcId", TemplateOut.ref("VpcId"));
      TargetGroupHealthCheck h = tg.healthCheck();
      p.put("HealthCheckPath", h.path());
      h.protocol().ifPresent(x -> p.put("HealthCheckProtocol", x.name()));
      h.port().ifPresent(x -> p.put("HealthCheckPort", String.valueOf(x)));
      p.put("HealthCheckIntervalSeconds", h.intervalSeconds()).put("HealthCheckTimeoutSeconds", h.timeoutSeconds())
          .put("HealthyThresholdCount", h.healthyThresholdCount())
          .put("UnhealthyThresholdCount", h.unhealthyThresholdCount());
      p.putObject("Matcher").put("HttpCode", h.matcher());
      ArrayNode attributes = p.putArray("TargetGroupAttributes");
      attributes.addObject().put("Key", "deregistration_delay.timeout_seconds")
          .put("Value", String.valueOf(tg.deregistrationDelaySeconds()));
      attributes.addObject().put("Key", "slow_start.duration_seconds").put("Value", String.valueOf(tg.slowStartSeconds()));
    }
    for (LoadBalancer lb : out.env.loadBalancers()) {
      if (lb.type() == LoadBalancerType.CLASSIC) {
        classic(out, lb);
        continue;
      }
      String id = out.id("LoadBalancer", lb.name());
      ObjectNode p = out.resource(id, "AWS::ElasticLoadBalancingV2::LoadBalancer");
      p.put("Name", lb.name()).put("Type", lb.type() == LoadBalancerType.NETWORK ? "network" : "application")
          .put("Scheme", lb.scheme());
      p.set("Subnets", out.values("subnet", lb.subnets()));
      p.set("SecurityGroups", out.values("securityGroup", lb.securityGroups()));
      for (Listener listener : lb.listeners()) {
        String lid = out.id(id + "Listener", String.valueOf(listener.port()));
        ObjectNode l = out.resource(lid, "AWS::ElasticLoadBalancingV2::Listener");
        l.set("LoadBalancerArn", TemplateOut.ref(id));
        l.put("Port", listener.port());
        listener.protocol().ifPresent(x -> l.put("Protocol", x.name()));
        listener.instancePort().ifPresent(x -> out.kept(lid).put("InstancePort", x));
        ArrayNode actions = l.putArray("DefaultActions");
        if (listener.defaultTargetGroup().isPresent()) {
          forward(out, actions, listener.defaultTargetGroup().get(), lid, lb, id);
        } else {
          ObjectNode fixed = actions.addObject().put("Type", "fixed-response");
          fixed.putObject("FixedResponseConfig").put("StatusCode", "404");
        }
        int n = 0;
        for (ListenerRule rule : listener.rules()) {
          ObjectNode r = out.resource(out.id(lid + "Rule", String.valueOf(++n)),
              "AWS::ElasticLoadBalancingV2::ListenerRule");
          r.set("ListenerArn", TemplateOut.ref(lid));
          r.put("Priority", rule.priority());
          ArrayNode conditions = r.putArray("Conditions");
          if (!rule.pathPatterns().isEmpty()) {
            conditions.addObject().put("Field", "path-pattern").set("Values", TemplateOut.texts(rule.pathPatterns()));
          }
          if (!rule.hostHeaders().isEmpty()) {
            conditions.addObject().put("Field", "host-header").set("Values", TemplateOut.texts(rule.hostHeaders()));
          }
          ruleForward(out, r.putArray("Actions").addObject().put("Type", "forward"), rule, lid, lb, id);
        }
      }
    }
  }

  /** A rule's forward action: to its one target group, or weighted ({@code ForwardConfig}), or both as the rule has. */
  private void ruleForward(TemplateOut out, ObjectNode action, ListenerRule rule, String listenerId, LoadBalancer lb,
      String lbId) {
    rule.targetGroupArn().ifPresent(tg -> {
      action.set("TargetGroupArn", out.value("targetGroup", tg));
      served(out, tg, listenerId, lb, lbId);
    });
    rule.forwardConfig().ifPresent(forward -> {
      ObjectNode config = action.putObject("ForwardConfig");
      ArrayNode groups = config.putArray("TargetGroups");
      for (TargetGroupTuple tuple : forward.targetGroups()) {
        ObjectNode group = groups.addObject();
        group.set("TargetGroupArn", out.value("targetGroup", tuple.targetGroupArn()));
        tuple.weight().ifPresent(w -> group.put("Weight", w));
        served(out, tuple.targetGroupArn(), listenerId, lb, lbId);
      }
      forward.targetGroupStickinessConfig().ifPresent(sticky -> {
        ObjectNode stickiness = config.putObject("TargetGroupStickinessConfig");
        sticky.enabled().ifPresent(e -> stickiness.put("Enabled", e));
        sticky.durationSeconds().ifPresent(d -> stickiness.put("DurationSeconds", d));
      });
    });
  }

  private void forward(TemplateOut out, ArrayNode actions, String targetGroup, String listenerId, LoadBalancer lb,
      String lbId) {
    actions.addObject().put("Type", "forward").set("TargetGroupArn", out.value("targetGroup", targetGroup));
    served(out, targetGroup, listenerId, lb, lbId);
  }

  /** Notes that the listener forwards to the target group (its services depend on the listener). */
  private void served(TemplateOut out, String targetGroup, String listenerId, LoadBalancer lb, String lbId) {
    String name = out.env.targetGroup(targetGroup).map(TargetGroup::name).orElse(targetGroup);
    listenersOf.computeIfAbsent(name, k -> new ArrayList<>()).add(listenerId);
    if (lb.type() == LoadBalancerType.APPLICATION) {
      loadBalancerOf.putIfAbsent(name, lbId);
    }
  }

  private static void classic(TemplateOut out, LoadBalancer lb) {
    String id = out.id("ClassicLoadBalancer", lb.name());
    ObjectNode p = out.resource(id, "AWS::ElasticLoadBalancing::LoadBalancer");
    p.put("LoadBalancerName", lb.name()).put("Scheme", lb.scheme());
    p.set("Subnets", out.values("subnet", lb.subnets()));
    p.set("SecurityGroups", out.values("securityGroup", lb.securityGroups()));
    ArrayNode listeners = p.putArray("Listeners");
    for (Listener listener : lb.listeners()) {
      ObjectNode l = listeners.addObject().put("LoadBalancerPort", listener.port());
      listener.instancePort().ifPresent(x -> l.put("InstancePort", x));
      listener.protocol().ifPresent(x -> l.put("Protocol", x == ElbProtocol.TLS ? "SSL" : x.name()));
    }
    lb.healthCheck().ifPresent(h -> {
      ObjectNode hc = p.putObject("HealthCheck");
      String protocol = h.protocol().orElse(ElbProtocol.HTTP).name();
      boolean http = protocol.startsWith("HTTP");
      hc.put("Target", protocol + ":" + h.port().orElse(80) + (http ? h.path() : ""));
      hc.put("Interval", String.valueOf(h.intervalSeconds())).put("Timeout", String.valueOf(h.timeoutSeconds()))
          .put("HealthyThreshold", String.valueOf(h.healthyThresholdCount()))
          .put("UnhealthyThreshold", String.valueOf(h.unhealthyThresholdCount()));
      if (!h.matcher().equals("200")) {
        // AWS::ElasticLoadBalancing::LoadBalancer HealthCheck has no Matcher
        out.kept(id).put("HealthCheckMatcher", h.matcher());
      }
    });
  }
}
