package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ecsdsl.model.Environment;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The template being written: its sections, the logical ids handed out (unique, alphanumeric, made from the
 * model's names), and what {@code Ref} and {@code Fn::GetAtt} of each written resource will read back as, so that
 * a model value is written as a reference exactly when reading the reference gives the value back, and as a
 * literal otherwise.
 */
final class TemplateOut {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final Environment env;
  final ObjectNode root = NODES.objectNode();
  final ObjectNode metadata = NODES.objectNode();
  final ObjectNode parameters = NODES.objectNode();
  final ObjectNode resources = NODES.objectNode();
  /** What reading {@code Ref X} (or another reference written for X) gives → the reference to write. */
  private final Map<String, Map<String, JsonNode>> references = new HashMap<>();
  private final Set<String> ids = new HashSet<>();

  TemplateOut(Environment env) {
    this.env = env;
  }

  /** A new logical id from a prefix and a model name: letters and digits only, unique in the template. */
  String id(String prefix, String name) {
    StringBuilder sb = new StringBuilder(prefix);
    boolean upper = true;
    for (char c : name.toCharArray()) {
      if (c < 128 && Character.isLetterOrDigit(c)) {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    String base = sb.length() > 200 ? sb.substring(0, 200) : sb.toString();
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + n;
    }
    return id;
  }

  /** Adds a resource and returns its (empty) Properties. */
  ObjectNode resource(String logicalId, String type) {
    ObjectNode r = resources.putObject(logicalId);
    r.put("Type", type);
    return r.putObject("Properties");
  }

  /** The resource's {@code Metadata.EcsDsl}, made on first use. */
  ObjectNode kept(String logicalId) {
    ObjectNode r = (ObjectNode) resources.get(logicalId);
    ObjectNode m = r.has("Metadata") ? (ObjectNode) r.get("Metadata") : NODES.objectNode();
    r.set("Metadata", m);
    return m.has("EcsDsl") ? (ObjectNode) m.get("EcsDsl") : m.putObject("EcsDsl");
  }

  void dependsOn(String logicalId, List<String> others) {
    if (!others.isEmpty()) {
      ArrayNode d = ((ObjectNode) resources.get(logicalId)).putArray("DependsOn");
      others.stream().distinct().forEach(d::add);
    }
  }

  /** Remembers that, in the family of values {@code kind}, the value {@code readsAs} is written as {@code node}. */
  void known(String kind, String readsAs, JsonNode node) {
    references.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(readsAs, node);
  }

  /** The reference to write for a model value of that kind, or the value itself. */
  JsonNode value(String kind, String value) {
    JsonNode known = references.getOrDefault(kind, Map.of()).get(value);
    return known != null ? known.deepCopy() : TextNode.valueOf(value);
  }

  /** The logical id whose reference reads back as the value, if one was written. */
  String logicalIdOf(String kind, String value) {
    JsonNode known = references.getOrDefault(kind, Map.of()).get(value);
    if (known == null) {
      return null;
    }
    return known.has("Ref") ? known.get("Ref").asText() : known.path("Fn::GetAtt").path(0).asText(null);
  }

  /** Texts as a list, each written as a reference where one reads back as it. */
  ArrayNode values(String kind, List<String> values) {
    ArrayNode out = NODES.arrayNode();
    values.forEach(v -> out.add(value(kind, v)));
    return out;
  }

  static ObjectNode ref(String logicalId) {
    ObjectNode n = NODES.objectNode();
    n.put("Ref", logicalId);
    return n;
  }

  static ObjectNode getAtt(String logicalId, String attribute) {
    ObjectNode n = NODES.objectNode();
    n.putArray("Fn::GetAtt").add(logicalId).add(attribute);
    return n;
  }

  static ArrayNode texts(List<String> values) {
    ArrayNode out = NODES.arrayNode();
    values.forEach(out::add);
    return out;
  }

  String partition() {
    return new Pseudo(env.region(), env.accountId(), env.name()).partition();
  }

  String arn(String service, String resource) {
    return "arn:" + partition() + ":" + service + ":" + env.region() + ":" + env.accountId() + ":" + resource;
  }
}
