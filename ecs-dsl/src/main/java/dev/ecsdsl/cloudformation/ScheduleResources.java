package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.AwsVpcConfiguration;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.ScheduledTask;
import java.util.Optional;

/**
 * {@code AWS::Events::Rule}s with a {@code ScheduleExpression} and ECS targets, as scheduled tasks: the
 * cluster of the target's {@code Arn}, and from its {@code EcsParameters} the task definition, count, launch
 * type or capacity provider strategy, awsvpc configuration and group. A rule with several ECS targets makes one
 * scheduled task per target (the second is named {@code rule-TargetId}); rules on event patterns are not
 * simulated.
 */
final class ScheduleResources {
  private ScheduleResources() {}

  static void read(ReadContext ctx, ModelParts parts) {
    ctx.each("AWS::Events::Rule", r -> {
      JsonNode targets = ctx.property(r, "Targets").orElse(null);
      boolean ecs = false;
      for (int i = 0; targets != null && i < targets.size(); i++) {
        ecs |= targets.get(i).has("EcsParameters");
      }
      if (!ecs) {
        ctx.ignore(r);
        return;
      }
      Optional<String> schedule = ctx.text(r, "ScheduleExpression");
      if (schedule.isEmpty()) {
        ctx.notSimulated("Resources." + r.logicalId(), "rule " + r.logicalId() + " runs ECS tasks on an event "
            + "pattern, which is not simulated; left out", "nothing to do");
        return;
      }
      String ruleName = ctx.ids.name(r);
      int n = 0;
      for (int i = 0; i < targets.size(); i++) {
        JsonNode target = targets.get(i);
        int index = i;
        if (!target.has("EcsParameters")) {
          continue;
        }
        String at = r.path("Targets") + "[" + i + "]";
        JsonNode p = target.get("EcsParameters");
        String pat = at + ".EcsParameters";
        ScheduledTask.Builder task = ScheduledTask.builder()
            .ruleName(n++ == 0 ? ruleName : ruleName + "-" + target.path("Id").asText("target" + i))
            .scheduleExpression(schedule.get())
            .cluster(Arns.name(ReadContext.text(target, "Arn", at).orElseThrow(() -> new TemplateError(at,
                TemplateRules.INVALID_PROPERTY, "target " + index + " of rule " + r.logicalId() + " names no Arn",
                "give Arn: !GetAtt TheCluster.Arn"))))
            .taskDefinition(ReadContext.text(p, "TaskDefinitionArn", pat).orElseThrow(() -> new TemplateError(pat,
                TemplateRules.INVALID_PROPERTY, "the ECS target of rule " + r.logicalId() + " names no "
                + "TaskDefinitionArn", "give TaskDefinitionArn: !Ref TheTaskDefinition")));
        ReadContext.integer(p, "TaskCount", pat).ifPresent(task::taskCount);
        ReadContext.text(p, "LaunchType", pat).map(t -> EnumNames.of(LaunchType.class, t, pat + ".LaunchType"))
            .ifPresent(task::launchType);
        task.capacityProviderStrategy(ClusterResources.strategy(p.get("CapacityProviderStrategy"),
            pat + ".CapacityProviderStrategy"));
        JsonNode vpc = p.path("NetworkConfiguration").get("AwsVpcConfiguration");
        if (vpc != null) {
          String vat = pat + ".NetworkConfiguration.AwsVpcConfiguration";
          AwsVpcConfiguration.Builder awsvpc = AwsVpcConfiguration.builder()
              .subnets(ReadContext.texts(vpc.get("Subnets"), vat + ".Subnets"))
              .securityGroups(ReadContext.texts(vpc.get("SecurityGroups"), vat + ".SecurityGroups"));
          ReadContext.text(vpc, "AssignPublicIp", vat).ifPresent(awsvpc::assignPublicIp);
          task.networkConfiguration(NetworkConfiguration.builder().awsvpcConfiguration(awsvpc.build()).build());
        }
        ReadContext.text(p, "Group", pat).ifPresent(task::group);
        ctx.text(r, "State").ifPresent(s -> task.enabled(s.equals("ENABLED")));
        ReadContext.text(target, "RoleArn", at).ifPresent(task::roleArn);
        parts.scheduledTasks.add(task.build());
      }
    });
  }
}
