package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a model value as ECS input JSON: Jackson turns it into a tree (only {@code @JsonProperty} members,
 * absent optionals left out), then the tree is put into ECS's documented member order and empty arrays and
 * string maps are left out. Empty strings and empty objects (such as {@code "host": {}}, which means
 * something) are kept, so that reading the text back gives the same model.
 */
final class CanonicalWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CanonicalWriter() {}

  /** Pretty-printed JSON of a model value of the given type. */
  static String write(Object value, Class<?> modelType) {
    JsonNode raw = EcsObjectMapper.MAPPER.valueToTree(value);
    JsonNode canonical = normalize(raw, ModelShapes.of(modelType));
    try {
      return EcsObjectMapper.PRETTY.writeValueAsString(canonical);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical tree of a model value of the given type, members spelt as {@code naming} says. */
  static ObjectNode tree(Object value, Class<?> modelType, MemberNaming naming) {
    JsonNode raw = EcsObjectMapper.MAPPER.valueToTree(value);
    return (ObjectNode) normalize(raw, ModelShapes.of(modelType), naming);
  }

  /** The tree in canonical form for the shape. */
  static JsonNode normalize(JsonNode node, Shape shape) {
    return normalize(node, shape, MemberNaming.ECS);
  }

  private static JsonNode normalize(JsonNode node, Shape shape, MemberNaming naming) {
    if (shape instanceof Shape.Struct struct && node.isObject()) {
      ObjectNode out = NODES.objectNode();
      for (Shape.Member member : struct.members().values()) {
        JsonNode value = node.get(member.name());
        if (value == null || value.isNull() || isEmptyCollection(value, member.shape())) {
          continue;
        }
        out.set(naming.written(struct.ecs().ecsName(), member.name()), normalize(value, member.shape(), naming));
      }
      // Anything Jackson wrote that the shape does not know: keep it, after the known members.
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!out.has(e.getKey()) && struct.member(e.getKey()) == null && !e.getValue().isNull()) {
          out.set(e.getKey(), e.getValue());
        }
      }
      return out;
    }
    if (shape instanceof Shape.ListOf list && node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(element -> out.add(normalize(element, list.element(), naming)));
      return out;
    }
    if (shape instanceof Shape.MapOf map && node.isObject()) {
      ObjectNode out = NODES.objectNode();
      node.fields().forEachRemaining(e -> out.set(e.getKey(), normalize(e.getValue(), map.value(), naming)));
      return out;
    }
    return node;
  }

  private static boolean isEmptyCollection(JsonNode value, Shape shape) {
    return (shape instanceof Shape.ListOf || shape instanceof Shape.MapOf) && value.isContainerNode()
        && value.isEmpty();
  }
}
