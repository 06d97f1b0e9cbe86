package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Valid calls of the operations that make state (task definitions, daemon task definitions, clusters, services,
 * tasks, attributes, tags), so that a fuzzed sequence reaches the states where a bad call could half-make something:
 * services to update and delete, tasks to stop, instances to drain, register and deregister.
 */
final class FuzzTemplates {
  private FuzzTemplates() {}

  static Optional<ObjectNode> valid(String operation, FuzzValues values) {
    ObjectNode body = Shapes.object();
    String cluster = values.pick(List.of("prod", "prod", "c1"));
    switch (operation) {
      case "RegisterTaskDefinition" -> {
        if (values.random().nextBoolean()) {
          body.put("family", values.pick(List.of("worker", "job")));
          body.putArray("containerDefinitions").addObject().put("name", "app").put("image", "app:1")
              .put("memory", 64 + values.random().nextInt(4) * 64);
        } else {
          body.put("family", "web").put("networkMode", "awsvpc").put("cpu", "256").put("memory", "512");
          body.putArray("requiresCompatibilities").add("FARGATE");
          body.putArray("containerDefinitions").addObject().put("name", "app").put("image", "web:1");
        }
      }
      case "CreateCluster" -> body.put("clusterName", values.pick(List.of("c1", "c2", "c3")));
      case "CreateService" -> {
        body.put("cluster", "prod").put("serviceName", values.pick(List.of("s1", "s2", "s3")))
            .put("desiredCount", values.random().nextInt(3));
        if (values.random().nextBoolean()) {
          body.put("taskDefinition", "worker");
        } else {
          body.put("taskDefinition", "web").put("launchType", "FARGATE").putObject("networkConfiguration")
              .putObject("awsvpcConfiguration").putArray("subnets").add("subnet-default-us-east-1a");
        }
      }
      case "UpdateService" -> body.put("cluster", "prod").put("service", values.pick(List.of("s1", "s2")))
          .put("desiredCount", values.random().nextInt(4));
      case "DeleteService" -> body.put("cluster", "prod").put("service", values.pick(List.of("s1", "s2", "s3")))
          .put("force", true);
      case "RunTask" -> body.put("cluster", cluster).put("taskDefinition", "worker")
          .put("count", 1 + values.random().nextInt(3));
      case "StartTask" -> {
        body.put("cluster", "prod").put("taskDefinition", "worker");
        body.putArray("containerInstances").add(FuzzValues.INSTANCE);
      }
      case "StopTask" -> body.put("cluster", "prod").put("task", FuzzValues.TASK);
      case "UpdateContainerInstancesState" -> {
        body.put("cluster", "prod").put("status", values.pick(List.of("DRAINING", "ACTIVE")));
        body.putArray("containerInstances").add(FuzzValues.INSTANCE);
      }
      case "PutAttributes" -> {
        body.put("cluster", "prod");
        body.putArray("attributes").addObject().put("name", "stack").put("value", "blue")
            .put("targetId", FuzzValues.INSTANCE);
      }
      case "RegisterDaemonTaskDefinition" -> {
        body.put("family", values.pick(List.of("log-agent", "metrics-agent")));
        body.putArray("containerDefinitions").addObject().put("name", "agent").put("image", "agent:1")
            .put("memory", 32 + values.random().nextInt(4) * 32);
      }
      case "DeleteDaemonTaskDefinition" -> body.put("daemonTaskDefinition",
          values.pick(List.of("log-agent:1", "log-agent:2", "metrics-agent:1")));
      case "TagResource" -> {
        body.put("resourceArn", FuzzValues.ARN + "cluster/prod");
        body.putArray("tags").addObject().put("key", "team").put("value", "data");
      }
      case "RegisterContainerInstance" -> {
        String zone = values.pick(List.of("us-east-1a", "us-east-1b"));
        body.put("cluster", cluster).put("instanceIdentityDocument", "{\"instanceId\":\"i-0" + zone.charAt(9)
            + "00000000000000" + values.random().nextInt(4) + "\",\"instanceType\":\"m5.large\","
            + "\"availabilityZone\":\"" + zone + "\",\"region\":\"us-east-1\"}");
        body.putArray("attributes").addObject().put("name", "stack").put("value", "green");
      }
      case "DeregisterContainerInstance" -> body.put("cluster", "prod").put("containerInstance", FuzzValues.INSTANCE)
          .put("force", values.random().nextBoolean());
      case "DeregisterTaskDefinition" -> body.put("taskDefinition", values.pick(List.of("worker:1", "job:1")));
      case "DeleteTaskDefinitions" -> body.putArray("taskDefinitions").add(values.pick(List.of("worker:1", "job:1")))
          .add("worker:2");
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(body);
  }
}
