package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.AwsVpcConfiguration;
import dev.ecsdsl.model.ScheduledTask;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Task definitions and services as {@code AWS::ECS::TaskDefinition} and {@code AWS::ECS::Service}, their
 * members written by the ECS JSON writer in CloudFormation's spelling, with references to the template's own
 * resources where a reference reads back as the model's value; scheduled tasks as {@code AWS::Events::Rule}s.
 * Service auto scaling is {@link ScalingWriter}'s.
 */
final class TaskWriter {
  private TaskWriter() {}

  static void write(TemplateOut out, LoadBalancerWriter loadBalancers) {
    Map<String, Integer> revisions = new HashMap<>();
    Map<String, List<String>> familyIds = new HashMap<>();
    for (TaskDefinition td : out.env.taskDefinitions()) {
      int revision = revisions.merge(td.family(), 1, Integer::sum);
      String id = out.id("TaskDefinition", td.family());
      String arn = out.arn("ecs", "task-definition/" + td.family() + ":" + revision);
      out.known("taskDefinition", arn, TemplateOut.ref(id));
      familyIds.computeIfAbsent(td.family(), f -> new ArrayList<>()).add(id);
      ObjectNode properties = EcsJson.writeTree(td, TaskDefinition.class, CfnNaming.INSTANCE);
      replace(properties, "TaskRoleArn", out, "role");
      replace(properties, "ExecutionRoleArn", out, "role");
      for (JsonNode volume : properties.path("Volumes")) {
        JsonNode efs = volume.get("EFSVolumeConfiguration");
        if (efs instanceof ObjectNode e) {
          replace(e, "FilesystemId", out, "fileSystem");
          if (e.get("AuthorizationConfig") instanceof ObjectNode auth) {
            replace(auth, "AccessPointId", out, "accessPoint");
          }
        }
      }
      ((ObjectNode) out.resources.putObject(id).put("Type", "AWS::ECS::TaskDefinition")).set("Properties", properties);
      keep(out, id, properties, "AWS::ECS::TaskDefinition");
    }
    for (Service service : out.env.services()) {
      String id = out.id("Service", service.serviceName());
      List<String> dependsOn = new ArrayList<>();
      ObjectNode properties = EcsJson.writeTree(service, Service.class, CfnNaming.INSTANCE);
      replace(properties, "Cluster", out, "cluster");
      replace(properties, "TaskDefinition", out, "taskDefinition");
      if (properties.path("TaskDefinition").isTextual()) {
        String family = Arns.name(service.taskDefinition()).replaceFirst(":\\d+$", "");
        dependsOn.addAll(familyIds.getOrDefault(family, List.of()));
      }
      replace(properties, "Role", out, "role");
      for (JsonNode lb : properties.path("LoadBalancers")) {
        if (lb instanceof ObjectNode l && l.has("TargetGroupArn")) {
          String tg = l.get("TargetGroupArn").asText();
          replace(l, "TargetGroupArn", out, "targetGroup");
          out.env.targetGroup(tg).ifPresent(g -> dependsOn.addAll(loadBalancers.listenersOf.getOrDefault(g.name(),
              List.of())));
        }
      }
      for (JsonNode item : properties.path("CapacityProviderStrategy")) {
        replace((ObjectNode) item, "CapacityProvider", out, "capacityProvider");
      }
      JsonNode awsvpc = properties.path("NetworkConfiguration").path("AwsvpcConfiguration");
      if (awsvpc instanceof ObjectNode a) {
        replaceAll(a, "Subnets", out, "subnet");
        replaceAll(a, "SecurityGroups", out, "securityGroup");
      }
      ((ObjectNode) out.resources.putObject(id).put("Type", "AWS::ECS::Service")).set("Properties", properties);
      keep(out, id, properties, "AWS::ECS::Service");
      out.dependsOn(id, dependsOn);
      service.autoScaling().ifPresent(scaling -> ScalingWriter.write(out, loadBalancers, service, id, scaling));
    }
    for (ScheduledTask task : out.env.scheduledTasks()) {
      scheduledTask(out, task);
    }
  }

  private static void scheduledTask(TemplateOut out, ScheduledTask task) {
    ObjectNode p = out.resource(out.id("Schedule", task.ruleName()), "AWS::Events::Rule");
    p.put("Name", task.ruleName()).put("ScheduleExpression", task.scheduleExpression());
    task.enabled().ifPresent(e -> p.put("State", e ? "ENABLED" : "DISABLED"));
    ObjectNode target = p.putArray("Targets").addObject().put("Id", "EcsTask");
    String clusterArn = "arn:" + out.partition() + ":ecs:" + out.env.region() + ":" + out.env.accountId() + ":cluster/"
        + Arns.name(task.cluster());
    target.set("Arn", out.value("clusterArn", clusterArn));
    task.roleArn().ifPresent(r -> target.set("RoleArn", out.value("roleArn", r)));
    ObjectNode ecs = target.putObject("EcsParameters");
    ecs.set("TaskDefinitionArn", out.value("taskDefinition", task.taskDefinition()));
    task.taskCount().ifPresent(c -> ecs.put("TaskCount", c));
    task.launchType().ifPresent(l -> ecs.put("LaunchType", l.ecsName()));
    if (!task.capacityProviderStrategy().isEmpty()) {
      ecs.set("CapacityProviderStrategy", ClusterWriter.strategy(out, task.capacityProviderStrategy()));
    }
    task.networkConfiguration().ifPresent(n -> {
      AwsVpcConfiguration c = n.awsvpcConfiguration();
      ObjectNode a = ecs.putObject("NetworkConfiguration").putObject("AwsVpcConfiguration");
      a.set("Subnets", out.values("subnet", c.subnets()));
      a.set("SecurityGroups", out.values("securityGroup", c.securityGroups()));
      c.assignPublicIp().ifPresent(x -> a.put("AssignPublicIp", x));
    });
    task.group().ifPresent(g -> ecs.put("Group", g));
  }

  /** Moves what CloudFormation has no property for to the resource's Metadata.EcsDsl ({@link KeptMembers}). */
  private static void keep(TemplateOut out, String id, ObjectNode properties, String type) {
    ObjectNode moved = KeptMembers.move(properties, type);
    if (!moved.isEmpty()) {
      out.kept(id).set("Properties", moved);
    }
  }

  private static void replace(ObjectNode node, String member, TemplateOut out, String kind) {
    JsonNode value = node.get(member);
    if (value != null && value.isTextual()) {
      node.set(member, out.value(kind, value.asText()));
    }
  }

  private static void replaceAll(ObjectNode node, String member, TemplateOut out, String kind) {
    JsonNode values = node.get(member);
    if (values instanceof ArrayNode list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).isTextual()) {
          list.set(i, out.value(kind, list.get(i).asText()));
        }
      }
    }
  }
}
