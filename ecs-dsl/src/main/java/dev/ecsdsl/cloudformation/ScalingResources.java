package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.AdjustmentType;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.ImmutableService;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.ScheduledAction;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceAutoScaling;
import dev.ecsdsl.model.StepAdjustment;
import dev.ecsdsl.model.StepScalingPolicy;
import dev.ecsdsl.model.TargetTrackingScalingPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Service auto scaling: {@code AWS::ApplicationAutoScaling::ScalableTarget} of a service's desired count (min,
 * max, scheduled actions) and its {@code AWS::ApplicationAutoScaling::ScalingPolicy}s (target tracking on a
 * predefined metric; step scaling with the {@code AWS::CloudWatch::Alarm} whose actions name the policy). An
 * {@code ALBRequestCountPerTarget} resource label ({@code app/lb/id/targetgroup/tg/id}) names its target group,
 * as the model holds it.
 */
final class ScalingResources {
  private static final Pattern RESOURCE_ID = Pattern.compile("service/([^/]+)/([^/]+)");

  private ScalingResources() {}

  static void read(ReadContext ctx, ModelParts parts) {
    Map<String, ServiceAutoScaling.Builder> byTarget = new LinkedHashMap<>();
    Map<String, String> serviceOfTarget = new LinkedHashMap<>();
    ctx.each("AWS::ApplicationAutoScaling::ScalableTarget", r -> {
      if (!ctx.text(r, "ServiceNamespace").orElse("ecs").equals("ecs")) {
        ctx.ignore(r);
        return;
      }
      String serviceKey = service(ctx, parts, ctx.required(r, "ResourceId"), r.path("ResourceId"));
      ServiceAutoScaling.Builder scaling = ServiceAutoScaling.builder()
          .minCapacity(ctx.integer(r, "MinCapacity").orElse(0)).maxCapacity(ctx.integer(r, "MaxCapacity").orElse(0));
      JsonNode actions = ctx.property(r, "ScheduledActions").orElse(null);
      for (int i = 0; actions != null && i < actions.size(); i++) {
        JsonNode a = actions.get(i);
        String at = r.path("ScheduledActions") + "[" + i + "]";
        ScheduledAction.Builder action = ScheduledAction.builder()
            .scheduledActionName(ReadContext.text(a, "ScheduledActionName", at).orElse("action-" + (i + 1)))
            .schedule(ReadContext.text(a, "Schedule", at).orElse(""));
        JsonNode target = a.path("ScalableTargetAction");
        ReadContext.integer(target, "MinCapacity", at + ".ScalableTargetAction").ifPresent(action::minCapacity);
        ReadContext.integer(target, "MaxCapacity", at + ".ScalableTargetAction").ifPresent(action::maxCapacity);
        ReadContext.text(a, "Timezone", at).ifPresent(action::timezone);
        scaling.addScheduledActions(action.build());
      }
      byTarget.put(r.logicalId(), scaling);
      serviceOfTarget.put(r.logicalId(), serviceKey);
    });
    Map<String, Template.Resource> alarmsByPolicy = AlarmResources.byAction(ctx);
    ctx.each("AWS::ApplicationAutoScaling::ScalingPolicy", r -> {
      String target = target(ctx, r, serviceOfTarget);
      ServiceAutoScaling.Builder scaling = byTarget.get(target);
      String name = ctx.ids.name(r);
      String type = ctx.required(r, "PolicyType");
      if (type.equals("TargetTrackingScaling")) {
        JsonNode c = ctx.property(r, "TargetTrackingScalingPolicyConfiguration").orElseThrow(() ->
            missing(r, "TargetTrackingScalingPolicyConfiguration"));
        String at = r.path("TargetTrackingScalingPolicyConfiguration");
        JsonNode metric = c.get("PredefinedMetricSpecification");
        if (metric == null) {
          ctx.notSimulated(at, "policy " + r.logicalId() + " tracks a customized metric, which is not simulated; "
              + "left out", "track ECSServiceAverageCPUUtilization, ...MemoryUtilization or ALBRequestCountPerTarget");
          return;
        }
        TargetTrackingScalingPolicy.Builder p = TargetTrackingScalingPolicy.builder().policyName(name)
            .predefinedMetricType(EnumNames.of(PredefinedMetricType.class, metric.path("PredefinedMetricType").asText(),
                at + ".PredefinedMetricSpecification.PredefinedMetricType"))
            .targetValue(ReadContext.decimal(c, "TargetValue", at).orElseThrow(() -> missing(r, "TargetValue")));
        ReadContext.text(metric, "ResourceLabel", at).map(TargetTrackingScalingPolicy::targetGroupOfLabel).ifPresent(p::resourceLabel);
        ReadContext.integer(c, "ScaleOutCooldown", at).ifPresent(p::scaleOutCooldown);
        ReadContext.integer(c, "ScaleInCooldown", at).ifPresent(p::scaleInCooldown);
        ReadContext.bool(c, "DisableScaleIn", at).ifPresent(p::disableScaleIn);
        scaling.addTargetTrackingPolicies(p.build());
      } else if (type.equals("StepScaling")) {
        JsonNode c = ctx.property(r, "StepScalingPolicyConfiguration").orElseThrow(() ->
            missing(r, "StepScalingPolicyConfiguration"));
        String at = r.path("StepScalingPolicyConfiguration");
        Template.Resource alarmResource = alarmsByPolicy.get(ctx.ids.ref(r, at).asText());
        if (alarmResource == null) {
          ctx.notSimulated("Resources." + r.logicalId(), "step scaling policy " + r.logicalId() + " is triggered by no "
              + "CloudWatch alarm of the template; left out", "declare the alarm with AlarmActions: [!Ref "
              + r.logicalId() + "]");
          return;
        }
        parts.policyAlarms.add(alarmResource.logicalId());
        StepScalingPolicy.Builder p = StepScalingPolicy.builder().policyName(name)
            .alarm(AlarmResources.alarm(ctx, alarmResource))
            .adjustmentType(EnumNames.of(AdjustmentType.class, ReadContext.text(c, "AdjustmentType", at)
                .orElse("ChangeInCapacity"), at + ".AdjustmentType"));
        ReadContext.integer(c, "Cooldown", at).ifPresent(p::cooldown);
        ReadContext.integer(c, "MinAdjustmentMagnitude", at).ifPresent(p::minAdjustmentMagnitude);
        JsonNode steps = c.path("StepAdjustments");
        for (int i = 0; i < steps.size(); i++) {
          String sat = at + ".StepAdjustments[" + i + "]";
          StepAdjustment.Builder s = StepAdjustment.builder().scalingAdjustment(ReadContext.integer(steps.get(i),
              "ScalingAdjustment", sat).orElse(0));
          ReadContext.decimal(steps.get(i), "MetricIntervalLowerBound", sat).ifPresent(s::metricIntervalLowerBound);
          ReadContext.decimal(steps.get(i), "MetricIntervalUpperBound", sat).ifPresent(s::metricIntervalUpperBound);
          p.addStepAdjustments(s.build());
        }
        scaling.addStepScalingPolicies(p.build());
      } else {
        ctx.notSimulated(r.path("PolicyType"), "policy type " + type + " is not simulated; left out", "nothing to do");
      }
    });
    byTarget.forEach((target, scaling) -> {
      String key = serviceOfTarget.get(target);
      Service service = parts.services.get(key);
      parts.services.put(key, ImmutableService.copyOf(service).withAutoScaling(scaling.build()));
    });
  }

  /** The logical id of the service a {@code service/cluster/name} resource id designates. */
  private static String service(ReadContext ctx, ModelParts parts, String resourceId, String path) {
    Matcher m = RESOURCE_ID.matcher(resourceId);
    if (!m.matches()) {
      throw new TemplateError(path, TemplateRules.INVALID_PROPERTY, "resource id '" + resourceId
          + "' does not name an ECS service", "write service/CLUSTER/SERVICE");
    }
    for (Map.Entry<String, Service> e : parts.services.entrySet()) {
      Service s = e.getValue();
      if (s.serviceName().equals(m.group(2)) && Arns.name(s.clusterOrDefault()).equals(m.group(1))) {
        return e.getKey();
      }
    }
    throw new TemplateError(path, TemplateRules.INVALID_PROPERTY, "scalable target " + resourceId
        + " names a service the template does not declare", "declare the service in this template");
  }

  private static String target(ReadContext ctx, Template.Resource r, Map<String, String> serviceOfTarget) {
    Optional<String> id = ctx.text(r, "ScalingTargetId");
    if (id.isPresent()) {
      return ctx.owner(id.get(), "AWS::ApplicationAutoScaling::ScalableTarget").map(Template.Resource::logicalId)
          .filter(serviceOfTarget::containsKey).orElseThrow(() -> new TemplateError(r.path("ScalingTargetId"),
              TemplateRules.INVALID_PROPERTY, "policy " + r.logicalId() + " scales target " + id.get()
              + ", which the template does not declare", "give ScalingTargetId: !Ref TheScalableTarget"));
    }
    String resourceId = ctx.required(r, "ResourceId");
    for (Template.Resource t : ctx.resources("AWS::ApplicationAutoScaling::ScalableTarget")) {
      if (serviceOfTarget.containsKey(t.logicalId()) && ctx.text(t, "ResourceId").map(resourceId::equals).orElse(false)) {
        return t.logicalId();
      }
    }
    throw new TemplateError(r.path("ResourceId"), TemplateRules.INVALID_PROPERTY, "policy " + r.logicalId()
        + " scales " + resourceId + ", which no scalable target of the template registers",
        "declare an AWS::ApplicationAutoScaling::ScalableTarget for it");
  }

  private static TemplateError missing(Template.Resource r, String property) {
    return new TemplateError(r.path(property), TemplateRules.INVALID_PROPERTY, "policy " + r.logicalId() + " has no "
        + property, "give " + property);
  }
}
