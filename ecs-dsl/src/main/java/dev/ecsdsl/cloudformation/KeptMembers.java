package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Members the model holds in ECS's shapes that CloudFormation has no property for, so that {@code aws cloudformation
 * deploy} would refuse a template with them: the writer moves them from a resource's {@code Properties} to its
 * {@code Metadata.EcsDsl.Properties} (the same path, list elements at their index), and the reader puts them back.
 * They are {@code DeploymentCircuitBreaker.ResetOnHealthyTask} and {@code ThresholdConfiguration}
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-deploymentcircuitbreaker.html
 * has {@code Enable} and {@code Rollback} only), and the model-only S3 and FSx for Lustre volumes, which exist so that
 * validation can reject them.
 */
final class KeptMembers {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** By resource type, the paths of the members; {@code []} stands for every element of a list. */
  private static final Map<String, List<List<String>>> PATHS = Map.of(
      "AWS::ECS::Service", List.of(
          List.of("DeploymentConfiguration", "DeploymentCircuitBreaker", "ResetOnHealthyTask"),
          List.of("DeploymentConfiguration", "DeploymentCircuitBreaker", "ThresholdConfiguration")),
      "AWS::ECS::TaskDefinition", List.of(
          List.of("Volumes", "[]", "S3VolumeConfiguration"),
          List.of("Volumes", "[]", "FsxLustreVolumeConfiguration")));

  private KeptMembers() {}

  /**
   * Moves the members CloudFormation has no property for out of the properties.
   *
   * @param properties the resource's properties, changed
   * @param resourceType the resource's type
   * @return what was moved, at the same paths; empty when nothing was
   */
  static ObjectNode move(ObjectNode properties, String resourceType) {
    ObjectNode moved = NODES.objectNode();
    for (List<String> path : PATHS.getOrDefault(resourceType, List.of())) {
      move(properties, moved, path, 0);
    }
    prune(moved);
    return moved;
  }

  private static void move(JsonNode from, JsonNode to, List<String> path, int at) {
    String segment = path.get(at);
    boolean last = at == path.size() - 1;
    if (segment.equals("[]")) {
      if (from instanceof ArrayNode list && to instanceof ArrayNode mirror) {
        for (int i = 0; i < list.size(); i++) {
          while (mirror.size() <= i) {
            mirror.add(path.get(at + 1).equals("[]") ? NODES.arrayNode() : NODES.objectNode());
          }
          move(list.get(i), mirror.get(i), path, at + 1);
        }
      }
    } else if (from instanceof ObjectNode object && to instanceof ObjectNode mirror && object.has(segment)) {
      if (last) {
        mirror.set(segment, object.remove(segment));
      } else {
        JsonNode child = mirror.get(segment);
        if (child == null) {
          child = path.get(at + 1).equals("[]") ? NODES.arrayNode() : NODES.objectNode();
          mirror.set(segment, child);
        }
        move(object.get(segment), child, path, at + 1);
      }
    }
  }

  /** Removes empty objects and lists, except list elements that hold the place of later ones; true when empty. */
  private static boolean prune(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        if (prune(it.next().getValue())) {
          it.remove();
        }
      }
      return object.isEmpty();
    }
    if (node instanceof ArrayNode list) {
      boolean empty = true;
      for (JsonNode element : list) {
        empty &= prune(element);
      }
      if (empty) {
        list.removeAll();
      }
      return empty;
    }
    return false;
  }

  /**
   * Puts the members a template keeps in the resource's {@code Metadata.EcsDsl.Properties} back into its
   * properties.
   *
   * @param properties the resource's properties, changed
   * @param metadata the resource's {@code Metadata}
   * @return the properties
   */
  static ObjectNode restore(ObjectNode properties, JsonNode metadata) {
    JsonNode kept = metadata.path("EcsDsl").get("Properties");
    if (kept instanceof ObjectNode k) {
      merge(properties, k);
    }
    return properties;
  }

  private static void merge(ObjectNode into, ObjectNode from) {
    from.fields().forEachRemaining(e -> {
      JsonNode target = into.get(e.getKey());
      if (target instanceof ObjectNode t && e.getValue() instanceof ObjectNode f) {
        merge(t, f);
      } else if (target instanceof ArrayNode t && e.getValue() instanceof ArrayNode f) {
        for (int i = 0; i < Math.min(t.size(), f.size()); i++) {
          if (t.get(i) instanceof ObjectNode te && f.get(i) instanceof ObjectNode fe) {
            merge(te, fe);
          }
        }
      } else {
        into.set(e.getKey(), e.getValue().deepCopy());
      }
    });
  }
}
