package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.ScheduledAction;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceAutoScaling;
import dev.ecsdsl.model.StepAdjustment;
import dev.ecsdsl.model.StepScalingPolicy;
import dev.ecsdsl.model.TargetTrackingScalingPolicy;

/**
 * A service's auto scaling as Application Auto Scaling resources: the scalable target of its desired count
 * (with scheduled actions), target tracking policies (an ALB request-count label built from the load balancer's
 * and target group's full names, as AWS expects it) and step scaling policies with the CloudWatch alarm that
 * triggers each.
 */
final class ScalingWriter {
  private ScalingWriter() {}

  static void write(TemplateOut out, LoadBalancerWriter loadBalancers, Service service, String serviceId,
      ServiceAutoScaling scaling) {
    String id = out.id(serviceId + "ScalableTarget", "");
    ObjectNode target = out.resource(id, "AWS::ApplicationAutoScaling::ScalableTarget");
    target.put("ServiceNamespace", "ecs").put("ScalableDimension", "ecs:service:DesiredCount")
        .put("MinCapacity", scaling.minCapacity()).put("MaxCapacity", scaling.maxCapacity());
    String clusterId = out.logicalIdOf("cluster", service.clusterOrDefault());
    ObjectNode resourceId = target.putObject("ResourceId");
    resourceId.put("Fn::Sub", "service/" + (clusterId != null ? "${" + clusterId + "}"
        : dev.ecsdsl.model.Arns.name(service.clusterOrDefault()).replace("${", "${!")) + "/${" + serviceId + ".Name}");
    if (!scaling.scheduledActions().isEmpty()) {
      ArrayNode actions = target.putArray("ScheduledActions");
      for (ScheduledAction a : scaling.scheduledActions()) {
        ObjectNode action = actions.addObject().put("ScheduledActionName", a.scheduledActionName())
            .put("Schedule", a.schedule());
        ObjectNode capacity = action.putObject("ScalableTargetAction");
        a.minCapacity().ifPresent(m -> capacity.put("MinCapacity", m));
        a.maxCapacity().ifPresent(m -> capacity.put("MaxCapacity", m));
        a.timezone().ifPresent(t -> action.put("Timezone", t));
      }
    }
    for (TargetTrackingScalingPolicy p : scaling.targetTrackingPolicies()) {
      ObjectNode policy = properties(out, policy(out, id, p.policyName(), "TargetTrackingScaling"));
      ObjectNode c = policy.putObject("TargetTrackingScalingPolicyConfiguration");
      ObjectNode metric = c.putObject("PredefinedMetricSpecification")
          .put("PredefinedMetricType", EnumNames.name(p.predefinedMetricType()));
      p.resourceLabel().ifPresent(label -> {
        String lb = loadBalancers.loadBalancerOf.get(label);
        String tg = loadBalancers.targetGroups.get(label);
        if (lb != null && tg != null) {
          ObjectNode join = metric.putObject("ResourceLabel");
          join.putArray("Fn::Join").add("/").addArray().add(TemplateOut.getAtt(lb, "LoadBalancerFullName"))
              .add(TemplateOut.getAtt(tg, "TargetGroupFullName"));
        } else {
          metric.put("ResourceLabel", label);
        }
      });
      c.put("TargetValue", p.targetValue());
      p.scaleOutCooldown().ifPresent(x -> c.put("ScaleOutCooldown", x));
      p.scaleInCooldown().ifPresent(x -> c.put("ScaleInCooldown", x));
      p.disableScaleIn().ifPresent(x -> c.put("DisableScaleIn", x));
    }
    for (StepScalingPolicy p : scaling.stepScalingPolicies()) {
      String policyId = policy(out, id, p.policyName(), "StepScaling");
      ObjectNode policy = properties(out, policyId);
      ObjectNode c = policy.putObject("StepScalingPolicyConfiguration").put("AdjustmentType",
          EnumNames.name(p.adjustmentType()));
      p.cooldown().ifPresent(x -> c.put("Cooldown", x));
      p.minAdjustmentMagnitude().ifPresent(x -> c.put("MinAdjustmentMagnitude", x));
      ArrayNode steps = c.putArray("StepAdjustments");
      for (StepAdjustment s : p.stepAdjustments()) {
        ObjectNode step = steps.addObject().put("ScalingAdjustment", s.scalingAdjustment());
        s.metricIntervalLowerBound().ifPresent(x -> step.put("MetricIntervalLowerBound", x));
        s.metricIntervalUpperBound().ifPresent(x -> step.put("MetricIntervalUpperBound", x));
      }
      ObjectNode alarm = AlarmWriter.alarm(out, out.id(policyId + "Alarm", ""), p.alarm());
      alarm.putArray("AlarmActions").add(TemplateOut.ref(policyId));
    }
  }

  /** Adds a scaling policy of the target; returns its logical id. */
  private static String policy(TemplateOut out, String targetId, String name, String type) {
    String id = out.id(targetId + "Policy", name);
    ObjectNode p = out.resource(id, "AWS::ApplicationAutoScaling::ScalingPolicy");
    p.put("PolicyName", name).put("PolicyType", type);
    p.set("ScalingTargetId", TemplateOut.ref(targetId));
    return id;
  }

  private static ObjectNode properties(TemplateOut out, String logicalId) {
    return (ObjectNode) out.resources.get(logicalId).get("Properties");
  }
}
