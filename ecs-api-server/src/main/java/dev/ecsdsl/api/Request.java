package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.json.EcsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON body of one ECS API call, read member by member: a missing required member or a member of the
 * wrong type is ECS's InvalidParameterException naming it, before anything changes.
 */
final class Request {
  private final String operation;
  private final ObjectNode body;
  private final References references;

  Request(String operation, ObjectNode body, References references) {
    this.operation = operation;
    this.body = body;
    this.references = references;
  }

  ObjectNode body() {
    return body;
  }

  /** {@return the operation, e.g. {@code RunTask}, or the path of a nested object, e.g. {@code RunTask: overrides}} */
  String operation() {
    return operation;
  }

  /** {@return how this region's references and ARNs read} */
  References references() {
    return references;
  }

  /** Whether the member is there and not {@code null}. */
  boolean has(String member) {
    JsonNode node = body.get(member);
    return node != null && !node.isNull();
  }

  String requiredString(String member) {
    return string(member).orElseThrow(() -> ApiException.invalidParameter(
        operation + ": missing required parameter '" + member + "'."));
  }

  Optional<String> string(String member) {
    JsonNode node = body.get(member);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw wrongType(member, "a string");
    }
    return Optional.of(node.textValue());
  }

  /** The cluster member's name (from a name or an ARN), {@code default} when absent (as ECS). */
  String cluster() {
    return references.cluster(string("cluster").orElse("default"));
  }

  Optional<Integer> integer(String member) {
    JsonNode node = body.get(member);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw wrongType(member, "an integer");
    }
    return Optional.of(node.intValue());
  }

  boolean bool(String member) {
    JsonNode node = body.get(member);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw wrongType(member, "a boolean");
    }
    return node.booleanValue();
  }

  List<String> strings(String member) {
    JsonNode node = body.get(member);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw wrongType(member, "a list of strings");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        throw wrongType(member, "a list of strings");
      }
      values.add(element.textValue());
    }
    return values;
  }

  List<String> requiredStrings(String member) {
    require(member);
    return strings(member);
  }

  /** Refuses the call when a required member is absent (or null). */
  void require(String member) {
    if (body.get(member) == null || body.get(member).isNull()) {
      throw ApiException.invalidParameter(operation + ": missing required parameter '" + member + "'.");
    }
  }

  /** A member holding one model value (e.g. NetworkConfiguration), read as the ECS JSON importer reads it. */
  <T> Optional<T> value(String member, Class<T> type) {
    JsonNode node = body.get(member);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(EcsJson.readValue(node, type));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw ApiException.invalidParameter(operation + ": '" + member + "' is not valid: " + reason(e));
    }
  }

  /** A member holding a list of model values (e.g. placementStrategy). */
  <T> List<T> values(String member, Class<T> type) {
    JsonNode node = body.get(member);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw wrongType(member, "a list");
    }
    List<T> values = new ArrayList<>();
    for (JsonNode element : node) {
      try {
        values.add(EcsJson.readValue(element, type));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw ApiException.invalidParameter(operation + ": '" + member + "[" + values.size() + "]' is not valid: "
            + reason(e));
      }
    }
    return values;
  }

  /** A member holding an object, read as a request of its own (its members named under this one's). */
  Optional<Request> object(String member) {
    JsonNode node = body.get(member);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw wrongType(member, "an object");
    }
    return Optional.of(new Request(operation + ": " + member, (ObjectNode) node, references));
  }

  /** A member holding a list of objects, each read as a request of its own. */
  List<Request> objects(String member) {
    JsonNode node = body.get(member);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw wrongType(member, "a list of objects");
    }
    List<Request> result = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isObject()) {
        throw wrongType(member, "a list of objects");
      }
      result.add(new Request(operation + ": " + member + "[" + result.size() + "]", (ObjectNode) element,
          references));
    }
    return result;
  }

  /** Refuses members this endpoint does not simulate, naming them (InvalidParameterException). */
  void refuse(String... members) {
    for (String member : members) {
      if (body.has(member)) {
        throw ApiException.invalidParameter(operation + ": '" + member + "' is not supported by this endpoint.");
      }
    }
  }

  private ApiException wrongType(String member, String expected) {
    return ApiException.serialization(operation + ": '" + member + "' must be " + expected + ".");
  }

  /** Why a model value could not be read, without the names of the classes that read it. */
  private static String reason(RuntimeException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String prefix = "not a valid ";
    if (message.startsWith(prefix) && message.indexOf(": ") > 0) {
      message = message.substring(message.indexOf(": ") + 2);
    }
    return Messages.clean(message);
  }
}
