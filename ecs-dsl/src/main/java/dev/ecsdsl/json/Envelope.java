package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import java.util.Optional;

/**
 * The wrapper AWS CLI output puts around a task definition or service: {@code {"taskDefinition": {...},
 * "tags": [...]}} from describe-task-definition (and register-task-definition), {@code {"services": [...],
 * "failures": [...]}} from describe-services, {@code {"service": {...}}} from create-service and
 * update-service.
 *
 * @param operation the operation whose output this is, for messages
 * @param inner the member holding the document
 * @param innerIsArray whether {@code inner} is an array (of which exactly one element is read)
 * @param members every member the wrapper may have
 */
record Envelope(String operation, String inner, boolean innerIsArray, List<String> members) {

  /** The wrapper around the document of that kind, if the root (as its outline tells) is one. */
  static Optional<Envelope> of(EcsJson.Kind kind, DocumentOutline root) {
    var members = root.members();
    if (kind == EcsJson.Kind.TASK_DEFINITION && members.get("taskDefinition") == JsonToken.START_OBJECT
        && !members.containsKey("family") && !members.containsKey("containerDefinitions")) {
      return Optional.of(new Envelope("DescribeTaskDefinition", "taskDefinition", false,
          List.of("taskDefinition", "tags")));
    }
    if (kind == EcsJson.Kind.SERVICE && !members.containsKey("serviceName")) {
      if (members.get("services") == JsonToken.START_ARRAY) {
        return Optional.of(new Envelope("DescribeServices", "services", true, List.of("services", "failures")));
      }
      if (members.get("service") == JsonToken.START_OBJECT) {
        return Optional.of(new Envelope("CreateService", "service", false, List.of("service")));
      }
    }
    return Optional.empty();
  }

  /** The path of the document inside the wrapper: {@code taskDefinition}, {@code services[0]} or {@code service}. */
  String innerSegment() {
    return innerIsArray ? inner + "[0]" : inner;
  }
}
