package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Tells a task definition from a service by the members of the root object: {@code containerDefinitions}
 * or {@code family} (or a describe-task-definition {@code {"taskDefinition": {...}}} wrapper) make a task
 * definition; {@code serviceName}, a {@code taskDefinition} string, or a describe-services
 * {@code {"services": [...]}} / create-service {@code {"service": {...}}} wrapper make a service. Text that
 * turns invalid part-way is judged by the members before the fault, so that a broken task definition still
 * goes to the task-definition reader, which reports the fault with its line and column.
 */
final class KindDetector {
  private KindDetector() {}

  /** The kind of the JSON text, judged by the root members readable before any syntax error. */
  static EcsJson.Kind detect(String text) {
    Map<String, JsonToken> members = new HashMap<>();
    try (JsonParser parser = EcsObjectMapper.MAPPER.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return EcsJson.Kind.UNKNOWN;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        members.put(name, JsonToken.NOT_AVAILABLE);
        members.put(name, parser.nextToken());
        parser.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // Judge by what was read before the fault.
    }
    return decide(members);
  }

  /** The kind of a parsed document. */
  static EcsJson.Kind detect(JsonNode root) {
    if (root == null || !root.isObject()) {
      return EcsJson.Kind.UNKNOWN;
    }
    Map<String, JsonToken> members = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      members.put(e.getKey(), e.getValue().asToken());
    }
    return decide(members);
  }

  private static EcsJson.Kind decide(Map<String, JsonToken> members) {
    if (members.containsKey("containerDefinitions") || members.containsKey("family")
        || members.get("taskDefinition") == JsonToken.START_OBJECT) {
      return EcsJson.Kind.TASK_DEFINITION;
    }
    if (members.containsKey("serviceName") || members.get("taskDefinition") == JsonToken.VALUE_STRING
        || members.get("services") == JsonToken.START_ARRAY || members.get("service") == JsonToken.START_OBJECT) {
      return EcsJson.Kind.SERVICE;
    }
    return EcsJson.Kind.UNKNOWN;
  }
}
