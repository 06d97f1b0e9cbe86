package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;

/**
 * CloudWatch metric alarms as {@code AWS::CloudWatch::Alarm} resources: the environment's (which deployments name)
 * here, a step scaling policy's by {@link ScalingWriter} with the policy among its actions.
 */
final class AlarmWriter {
  private AlarmWriter() {}

  /** Every alarm of {@code Environment.alarms()}. */
  static void write(TemplateOut out) {
    for (MetricAlarm a : out.env.alarms()) {
      alarm(out, out.id("Alarm", a.alarmName()), a);
    }
  }

  /** Writes the alarm as a resource of that logical id; returns its properties. */
  static ObjectNode alarm(TemplateOut out, String logicalId, MetricAlarm a) {
    ObjectNode alarm = out.resource(logicalId, "AWS::CloudWatch::Alarm");
    alarm.put("AlarmName", a.alarmName()).put("MetricName", a.metricName());
    a.namespace().ifPresent(n -> alarm.put("Namespace", n));
    if (!a.dimensions().isEmpty()) {
      ArrayNode dimensions = alarm.putArray("Dimensions");
      for (MetricDimension d : a.dimensions()) {
        dimensions.addObject().put("Name", d.name()).put("Value", d.value());
      }
    }
    alarm.put("Statistic", EnumNames.name(a.statistic())).put("Period", a.period())
        .put("EvaluationPeriods", a.evaluationPeriods());
    a.datapointsToAlarm().ifPresent(n -> alarm.put("DatapointsToAlarm", n));
    alarm.put("Threshold", a.threshold()).put("ComparisonOperator", EnumNames.name(a.comparisonOperator()));
    a.treatMissingData().ifPresent(t -> alarm.put("TreatMissingData", EnumNames.name(t)));
    return alarm;
  }
}
