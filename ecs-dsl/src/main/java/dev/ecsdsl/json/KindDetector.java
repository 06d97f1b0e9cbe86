package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonToken;
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

  /** The kind of a document, judged by the root members readable before any syntax error. */
  static EcsJson.Kind detect(JsonSource source) {
    DocumentOutline outline = DocumentOutline.scan(source);
    return outline.root() == JsonToken.START_OBJECT ? decide(outline.members()) : EcsJson.Kind.UNKNOWN;
  }

  /** The kind told by the root members and the first token of each. */
  static EcsJson.Kind decide(Map<String, JsonToken> members) {
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
