package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The calls the endpoint fuzzer sends: any served operation, its body made from the model ({@link FuzzValues}) or a
 * valid template, then bent by one {@link Mutation}; plus the hostile calls of issue 22, verbatim. A call is a
 * function of (operation, mutation, seed), so jqwik shrinks a failing sequence to few calls, each toward the first
 * operation, no mutation and seed 0, and prints each as the operation and its body.
 */
final class FuzzCalls {
  /** How a generated body is bent. */
  enum Mutation {
    NONE, DROP_REQUIRED, WRONG_TYPE, UNKNOWN_MEMBER, HUGE_VALUE, ODD_STRING, NULL_MEMBER, BROKEN_BODY, HOSTILE
  }

  /**
   * One call.
   *
   * @param operation the operation (its X-Amz-Target's suffix)
   * @param body the body as sent
   */
  record FuzzCall(String operation, String body) {
    @Override
    public String toString() {
      return operation + " " + (body.length() > 600 ? body.substring(0, 600) + "…(" + body.length() + " chars)"
          : body);
    }
  }

  /** The issue 22 (part 1) calls, as reproduced there. */
  static final List<FuzzCall> HOSTILE = List.of(
      new FuzzCall("CreateService", "{\"cluster\":\"prod\",\"serviceName\":\"lost\",\"taskDefinition\":\"web\","
          + "\"desiredCount\":1,\"launchType\":\"FARGATE\",\"networkConfiguration\":{\"awsvpcConfiguration\":"
          + "{\"subnets\":[\"subnet-nope\"]}}}"),
      new FuzzCall("CreateService", "{\"cluster\":\"prod\",\"serviceName\":\"lost0\",\"taskDefinition\":\"web\","
          + "\"desiredCount\":0,\"launchType\":\"FARGATE\",\"networkConfiguration\":{\"awsvpcConfiguration\":"
          + "{\"subnets\":[\"subnet-nope\"]}}}"),
      new FuzzCall("UpdateService", "{\"cluster\":\"prod\",\"service\":\"lost0\",\"desiredCount\":1}"),
      new FuzzCall("CreateService", "{\"cluster\":\"prod\",\"serviceName\":\"neg\",\"taskDefinition\":\"worker\","
          + "\"desiredCount\":-1}"),
      new FuzzCall("CreateService", "{\"cluster\":\"prod\",\"serviceName\":\"ext\",\"taskDefinition\":\"worker\","
          + "\"desiredCount\":1,\"launchType\":\"EXTERNAL\"}"),
      new FuzzCall("CreateService", "{\"cluster\":\"prod\",\"serviceName\":\"cp\",\"taskDefinition\":\"worker\","
          + "\"desiredCount\":1,\"capacityProviderStrategy\":[{\"capacityProvider\":\"nope\",\"weight\":1}]}"),
      new FuzzCall("RegisterTaskDefinition", "{\"family\":\"neg\",\"containerDefinitions\":[{\"name\":\"a\","
          + "\"image\":\"a\",\"memory\":-1}]}"),
      new FuzzCall("RegisterTaskDefinition", "{\"family\":\"zero\",\"containerDefinitions\":[{\"name\":\"a\","
          + "\"image\":\"a\",\"memory\":0,\"cpu\":-5}]}"),
      new FuzzCall("RegisterTaskDefinition", "{\"family\":\"noimage\",\"containerDefinitions\":[{\"name\":\"a\","
          + "\"image\":\"\",\"memory\":64}]}"),
      new FuzzCall("RunTask", "{\"cluster\":\"prod\",\"taskDefinition\":\"worker\",\"overrides\":"
          + "{\"containerOverrides\":[{\"name\":\"app\",\"cpu\":-1}]}}"),
      new FuzzCall("RunTask", "{\"cluster\":\"prod\",\"taskDefinition\":\"worker\",\"overrides\":"
          + "{\"memory\":\"-1\",\"cpu\":\"abc\"}}"),
      new FuzzCall("UpdateService", "{\"cluster\":\"prod\",\"service\":\"s1\",\"forceNewDeployment\":true,"
          + "\"deploymentConfiguration\":{\"maximumPercent\":0}}"),
      new FuzzCall("UpdateService", "{\"cluster\":\"prod\",\"service\":\"s1\",\"deploymentConfiguration\":"
          + "{\"maximumPercent\":-100,\"minimumHealthyPercent\":-5}}"),
      new FuzzCall("CreateService", "{\"cluster\":\"prod\",\"serviceName\":\"sg\",\"taskDefinition\":\"web\","
          + "\"desiredCount\":1,\"launchType\":\"FARGATE\",\"networkConfiguration\":{\"awsvpcConfiguration\":"
          + "{\"subnets\":[\"subnet-default-us-east-1a\"],\"securityGroups\":[\"sg-nope\"]}}}"),
      new FuzzCall("CreateService", "{\"cluster\":\"prod\",\"serviceName\":\"ctl\",\"taskDefinition\":\"worker\","
          + "\"desiredCount\":0,\"deploymentController\":{\"type\":\"SIDEWAYS\"},\"propagateTags\":\"EVERYTHING\"}"),
      new FuzzCall("CreateCluster", "{\"clusterName\":\"x\"}garbage"),
      new FuzzCall("DeleteCluster", "{\"cluster\":\"" + FuzzValues.ARN + "cluster/evil/prod\"}"),
      new FuzzCall("DeleteService", "{\"cluster\":\"prod\",\"service\":\"" + FuzzValues.ARN
          + "service/prod/evil/s1\",\"force\":true}"),
      new FuzzCall("CreateCluster", "{\"clusterName\":\"\"}"),
      new FuzzCall("CreateCluster", "{\"clusterName\":\"" + "n".repeat(300_000) + "\"}"),
      new FuzzCall("CreateCluster", "{\"clusterName\":\"a\\nb\\u001b\"}"),
      new FuzzCall("CreateCluster", "{\"clusterName\":\"a/b\"}"),
      new FuzzCall("CreateCluster", "{\"clusterName\":\"a:b\"}"),
      new FuzzCall("CreateService", "{\"cluster\":\"prod\",\"serviceName\":\"" + "s".repeat(256)
          + "\",\"taskDefinition\":\"worker\"}"),
      new FuzzCall("RunTask", "{\"cluster\":\"prod\",\"taskDefinition\":\"worker\",\"tags\":[{\"key\":1}]}"),
      new FuzzCall("RunTask", "{\"cluster\":\"prod\",\"taskDefinition\":\"worker\",\"count\":NaN}"));

  private final ApiModel model = ApiModel.ecs();
  private final List<String> operations;

  FuzzCalls(Set<String> served) {
    this.operations = new ArrayList<>(new java.util.TreeSet<>(served));
  }

  /** Sequences of calls, each between {@code min} and {@code max} long. */
  Arbitrary<List<FuzzCall>> sequences(int min, int max) {
    Arbitrary<FuzzCall> call = Combinators.combine(
        Arbitraries.integers().between(0, operations.size() - 1),
        Arbitraries.of(Mutation.class),
        Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as(this::call);
    return call.list().ofMinSize(min).ofMaxSize(max);
  }

  FuzzCall call(int operationIndex, Mutation mutation, long seed) {
    if (mutation == Mutation.HOSTILE) {
      return HOSTILE.get((int) (seed % HOSTILE.size()));
    }
    String operation = operations.get(operationIndex);
    FuzzValues values = new FuzzValues(model, seed);
    Random random = values.random();
    ObjectNode body = random.nextInt(100) < 35 ? FuzzTemplates.valid(operation, values)
        .orElseGet(() -> values.body(operation)) : values.body(operation);
    String text = mutate(operation, body, mutation, values);
    return new FuzzCall(operation, text);
  }

  private String mutate(String operation, ObjectNode body, Mutation mutation, FuzzValues values) {
    Random random = values.random();
    List<String> members = new ArrayList<>();
    body.fieldNames().forEachRemaining(members::add);
    switch (mutation) {
      case DROP_REQUIRED -> {
        String input = model.operation(operation).orElseThrow().input();
        List<String> required = input == null ? List.of() : new ArrayList<>(model.shape(input).required());
        if (!required.isEmpty()) {
          body.remove(values.pick(required));
        }
      }
      case WRONG_TYPE -> {
        if (!members.isEmpty()) {
          body.set(values.pick(members), values.pick(List.<JsonNode>of(JsonNodeFactory.instance.textNode("7"),
              JsonNodeFactory.instance.numberNode(7), JsonNodeFactory.instance.booleanNode(true),
              JsonNodeFactory.instance.arrayNode().add("x"), JsonNodeFactory.instance.objectNode().put("a", 1),
              JsonNodeFactory.instance.numberNode(1e300), JsonNodeFactory.instance.numberNode(1L << 40))));
        }
      }
      case UNKNOWN_MEMBER -> body.put(values.pick(List.of("clusterNam", "foo", "__type", "Cluster")), "x");
      case HUGE_VALUE -> {
        if (!members.isEmpty()) {
          String member = values.pick(members);
          if (body.get(member).isArray()) {
            var list = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < 200; i++) {
              list.add(body.get(member).isEmpty() ? JsonNodeFactory.instance.textNode("x" + i) : body.get(member).get(0));
            }
            body.set(member, list);
          } else {
            body.put(member, "h".repeat(1000 + random.nextInt(200_000)));
          }
        }
      }
      case ODD_STRING -> {
        if (!members.isEmpty()) {
          body.put(values.pick(members), values.pick(List.of("\u0000", "\ud83d\ude00", "a\nb", "%s%n", "${x}",
              "<script>", " ", "\u202e", "arn:aws:ecs:us-east-1:" + FuzzValues.ACCOUNT + ":cluster/")));
        }
      }
      case NULL_MEMBER -> {
        if (!members.isEmpty()) {
          body.putNull(values.pick(members));
        }
      }
      case BROKEN_BODY -> {
        return values.pick(List.of(body + "x", body + " " + body, "[" + body + "]", "\"text\"", "{", "",
            body.toString().replaceFirst("\\{", "{\"a\":1,\"a\":2,"), "null", "{\"count\": 1e99999}"));
      }
      default -> {
        // NONE: as generated
      }
    }
    return body.toString();
  }

  /** The operations a sequence draws from. */
  List<String> operations() {
    return operations;
  }

  static Map<String, Long> countByOperation(List<FuzzCall> calls) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    calls.forEach(c -> counts.merge(c.operation(), 1L, Long::sum));
    return counts;
  }
}
