package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.ComparisonOperator;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.model.TreatMissingData;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code AWS::CloudWatch::Alarm}s on one metric ({@code MetricName}, {@code Namespace}, {@code Dimensions},
 * {@code Statistic}, {@code Period}, {@code EvaluationPeriods}, {@code DatapointsToAlarm}, {@code Threshold},
 * {@code ComparisonOperator}, {@code TreatMissingData}). An alarm whose {@code AlarmActions} name a step scaling
 * policy is that policy's ({@link ScalingResources}); every other one is an alarm of the environment, which a
 * service's {@code DeploymentConfiguration.Alarms.AlarmNames} may name. An alarm on metric math ({@code Metrics})
 * is not simulated.
 */
final class AlarmResources {
  private AlarmResources() {}

  /** The alarms on one metric by each of their actions (a step scaling policy's ARN, for one). */
  static Map<String, Template.Resource> byAction(ReadContext ctx) {
    Map<String, Template.Resource> out = new LinkedHashMap<>();
    ctx.each("AWS::CloudWatch::Alarm", r -> {
      if (r.properties().has("MetricName")) {
        ctx.texts(r, "AlarmActions").forEach(action -> out.put(action, r));
      }
    });
    return out;
  }

  /** The environment's alarms: those no step scaling policy took ({@code policyAlarms}, by logical id). */
  static void read(ReadContext ctx, ModelParts parts) {
    ctx.each("AWS::CloudWatch::Alarm", r -> {
      if (parts.policyAlarms.contains(r.logicalId())) {
        return;
      }
      if (!r.properties().has("MetricName")) {
        ctx.notSimulated(r.propertiesPath(), "alarm " + r.logicalId() + " watches metric math (Metrics), which is not"
            + " simulated; left out", "alarm on one metric (MetricName) for the simulation to evaluate it");
        return;
      }
      parts.alarms.add(alarm(ctx, r));
    });
  }

  /** The alarm a resource declares. */
  static MetricAlarm alarm(ReadContext ctx, Template.Resource r) {
    MetricAlarm.Builder alarm = MetricAlarm.builder().alarmName(ctx.ids.name(r))
        .metricName(ctx.required(r, "MetricName"))
        .statistic(EnumNames.of(Statistic.class, ctx.text(r, "Statistic").orElse("Average"), r.path("Statistic")))
        .period(ctx.integer(r, "Period").orElse(60)).evaluationPeriods(ctx.integer(r, "EvaluationPeriods").orElse(1))
        .threshold(ReadContext.decimal(ctx.properties(r), "Threshold", r.propertiesPath()).orElse(0.0))
        .comparisonOperator(EnumNames.of(ComparisonOperator.class, ctx.required(r, "ComparisonOperator"),
            r.path("ComparisonOperator")));
    ctx.text(r, "Namespace").ifPresent(alarm::namespace);
    JsonNode dimensions = ctx.property(r, "Dimensions").orElse(null);
    for (int i = 0; dimensions != null && i < dimensions.size(); i++) {
      String at = r.path("Dimensions") + "[" + i + "]";
      JsonNode d = dimensions.get(i);
      alarm.addDimensions(MetricDimension.of(ReadContext.text(d, "Name", at).orElse(""),
          ReadContext.text(d, "Value", at).orElse("")));
    }
    ctx.integer(r, "DatapointsToAlarm").ifPresent(alarm::datapointsToAlarm);
    ctx.text(r, "TreatMissingData").map(t -> EnumNames.of(TreatMissingData.class, t, r.path("TreatMissingData")))
        .ifPresent(alarm::treatMissingData);
    return alarm.build();
  }
}
