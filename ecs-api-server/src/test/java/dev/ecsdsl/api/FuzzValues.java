package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.api.ApiModel.Shape;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Request bodies for any operation of the ECS model, made from the operation's input shape: required members
 * always, optional ones now and then, values that mostly mean something here (names of the fuzzed environment's
 * clusters, task definitions, services, subnets, and placeholders for tasks and instances the calls made) and
 * sometimes do not (unknown names, foreign and malformed ARNs, edge numbers, odd strings). One {@link Random} per
 * body, so a body is a function of its seed.
 */
final class FuzzValues {
  static final String ACCOUNT = "123456789012";
  static final String ARN = "arn:aws:ecs:us-east-1:" + ACCOUNT + ":";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final List<String> CLUSTERS = List.of("prod", "prod", "prod", "default", "c1", "c2", "nope",
      ARN + "cluster/prod", ARN + "cluster/c1", "arn:aws:ecs:eu-west-1:" + ACCOUNT + ":cluster/prod",
      ARN + "cluster/evil/prod", ARN + "service/prod", "arn:aws:ecs:us-east-1", "");
  private static final List<String> TASK_DEFINITIONS = List.of("worker", "worker", "worker:1", "web", "web:1",
      "job", ARN + "task-definition/worker:1", ARN + "task-definition/worker", "nope:3", "worker:0", "worker:x",
      "arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/worker:1:2");
  private static final List<String> SERVICES = List.of("s1", "s1", "s2", "s3", "daemon", "nope",
      ARN + "service/prod/s1", ARN + "service/c1/s1", ARN + "service/s1", ARN + "service/prod/evil/s1");
  private static final List<String> SUBNETS = List.of("subnet-default-us-east-1a", "subnet-default-us-east-1b",
      "subnet-nope", "subnet-default-eu-west-1a", "");
  private static final List<String> GROUPS = List.of("default", "default", "sg-nope");
  private static final List<String> PROVIDERS = List.of("FARGATE", "FARGATE_SPOT", "nope", "hosts-provider");
  private static final List<String> CQL = List.of("attribute:ecs.availability-zone == us-east-1a",
      "attribute:ecs.instance-type =~ m5.*", "attribute:stack == blue", "not valid ((", "");
  private static final List<String> WORDS = List.of("app", "web", "x", "stack", "blue", "team", "a-b_c", "ü ö",
      "line\nbreak", "\u001b[31m", "/", ":", "");
  private static final List<String> UNITS = List.of("256", "512", "1024", "1 vCPU", "2 GB", "0", "-1", "abc", "");
  private static final List<String> ROLES = List.of("arn:aws:iam::" + ACCOUNT + ":role/task", "not-a-role");
  /** Placeholders the runner replaces with a task or instance the runtime has when the call is made. */
  static final String TASK = "$TASK";
  static final String INSTANCE = "$INSTANCE";

  private final ApiModel model;
  private final Random random;

  FuzzValues(ApiModel model, long seed) {
    this.model = model;
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  /** A body for the operation, from its input shape. */
  ObjectNode body(String operation) {
    String input = model.operation(operation).orElseThrow().input();
    return input == null ? JSON.objectNode() : (ObjectNode) value(model.shape(input), "", 0);
  }

  JsonNode value(Shape shape, String member, int depth) {
    return switch (shape.type()) {
      case STRUCTURE -> structure(shape, depth);
      case LIST -> list(shape, member, depth);
      case MAP -> map(shape, depth);
      case STRING -> JSON.textNode(string(shape, member));
      case INTEGER -> JSON.numberNode(integer(member));
      case LONG -> JSON.numberNode((long) integer(member));
      case DOUBLE -> JSON.numberNode(random.nextInt(100) / 10.0);
      case BOOLEAN -> JSON.booleanNode(random.nextBoolean());
      case TIMESTAMP -> JSON.numberNode(1_767_000_000L + random.nextInt(1_000_000));
      case DOCUMENT -> JSON.objectNode().put("k", "v");
    };
  }

  private ObjectNode structure(Shape shape, int depth) {
    ObjectNode node = JSON.objectNode();
    for (Map.Entry<String, String> member : shape.members().entrySet()) {
      boolean required = shape.required().contains(member.getKey());
      if (required || depth < 4 && random.nextInt(100) < 22) {
        node.set(member.getKey(), value(model.shape(member.getValue()), member.getKey(), depth + 1));
      }
    }
    return node;
  }

  private ArrayNode list(Shape shape, String member, int depth) {
    ArrayNode list = JSON.arrayNode();
    int size = random.nextInt(100) < 90 ? random.nextInt(3) + (member.equals("containerDefinitions") ? 1 : 0)
        : random.nextInt(12);
    Shape element = model.shape(shape.member());
    String elementMember = singular(member);
    for (int i = 0; i < size && depth < 6; i++) {
      list.add(value(element, elementMember, depth + 1));
    }
    return list;
  }

  private ObjectNode map(Shape shape, int depth) {
    ObjectNode map = JSON.objectNode();
    int size = random.nextInt(3);
    for (int i = 0; i < size; i++) {
      map.set(pick(WORDS), value(model.shape(shape.value()), "", depth + 1));
    }
    return map;
  }

  private String string(Shape shape, String member) {
    if (!shape.enumValues().isEmpty()) {
      return random.nextInt(100) < 95 ? pick(shape.enumValues()) : pick(WORDS);
    }
    return switch (member) {
      case "cluster", "clusterName" -> pick(CLUSTERS);
      case "taskDefinition" -> pick(TASK_DEFINITIONS);
      case "family", "familyPrefix" -> pick(List.of("worker", "web", "job", "w", "nope", "bad name"));
      case "service", "serviceName" -> pick(SERVICES);
      case "task" -> random.nextInt(100) < 70 ? TASK : pick(List.of("0123abcd", ARN + "task/prod/0123", "nope"));
      case "containerInstance", "targetId" -> random.nextInt(100) < 75 ? INSTANCE
          : pick(List.of("0123abcd", ARN + "container-instance/c1/0123", "i-0"));
      case "resourceArn" -> pick(List.of(ARN + "cluster/prod", ARN + "cluster/nope", TASK, ARN
          + "task-definition/worker:1", ARN + "service/prod/s1", "arn:aws:s3:::bucket", "nope"));
      case "subnet" -> pick(SUBNETS);
      case "securityGroup" -> pick(GROUPS);
      case "capacityProvider" -> pick(PROVIDERS);
      case "expression", "filter" -> pick(CQL);
      case "field" -> pick(List.of("memory", "cpu", "attribute:ecs.availability-zone", "instanceId", "nope"));
      case "cpu", "memory" -> pick(UNITS);
      case "image" -> pick(List.of("app:1", "app:1", "busybox", ""));
      case "name", "containerName" -> pick(List.of("app", "app", "sidecar", "x"));
      case "taskRoleArn", "executionRoleArn", "role" -> pick(ROLES);
      case "nextToken" -> pick(List.of("garbage", "eyJwIjoxfQ", ""));
      case "key" -> pick(List.of("team", "env", "aws:reserved", "", "k".repeat(200)));
      case "value" -> pick(WORDS);
      case "networkMode" -> pick(List.of("bridge", "awsvpc", "host", "none"));
      default -> pick(WORDS);
    };
  }

  private int integer(String member) {
    if (random.nextInt(100) < 6) {
      return pick(List.of(-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE, 100_000));
    }
    return switch (member) {
      case "count" -> 1 + random.nextInt(3);
      case "desiredCount" -> random.nextInt(4);
      case "memory", "memoryReservation" -> 64 + random.nextInt(4) * 64;
      case "cpu" -> random.nextInt(3) * 128;
      case "containerPort" -> 8080;
      case "hostPort" -> random.nextBoolean() ? 0 : 8080;
      case "maxResults" -> 1 + random.nextInt(5);
      case "weight" -> random.nextInt(3);
      case "base" -> random.nextInt(2);
      case "minimumHealthyPercent" -> random.nextInt(3) * 50;
      case "maximumPercent" -> 100 + random.nextInt(3) * 50;
      default -> random.nextInt(10);
    };
  }

  private static String singular(String member) {
    return switch (member) {
      case "subnets" -> "subnet";
      case "securityGroups" -> "securityGroup";
      case "containerInstances" -> "containerInstance";
      case "tasks" -> "task";
      case "clusters" -> "cluster";
      case "services" -> "service";
      case "capacityProviders" -> "capacityProvider";
      case "tagKeys" -> "key";
      default -> member;
    };
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
