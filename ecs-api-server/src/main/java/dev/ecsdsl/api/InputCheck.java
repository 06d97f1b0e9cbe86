package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.api.ApiModel.Shape;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a request's JSON against its operation's input shape in the ECS model, as ECS's own protocol layer does
 * before an operation runs: a member of the wrong JSON type is a {@code SerializationException}; a required
 * member missing, a value outside its enum or its bounds is an {@code InvalidParameterException}. Each names the
 * member by its path ({@code overrides.containerOverrides[0].cpu}). Members the model does not know are left
 * alone, as ECS leaves them; {@code null} means absent. Nothing is bound or changed here.
 */
final class InputCheck {
  private final ApiModel model;
  private final String operation;

  private InputCheck(ApiModel model, String operation) {
    this.model = model;
    this.operation = operation;
  }

  /**
   * Checks {@code body} against {@code operation}'s input shape.
   *
   * @throws ApiException the first problem found
   */
  static void check(ApiModel model, ApiModel.Operation operation, JsonNode body) {
    if (operation.input() != null) {
      new InputCheck(model, operation.name()).structure(model.shape(operation.input()), body, "");
    }
  }

  private void value(Shape shape, JsonNode node, String path) {
    switch (shape.type()) {
      case STRUCTURE -> structure(shape, node, path);
      case LIST -> list(shape, node, path);
      case MAP -> map(shape, node, path);
      case STRING -> string(shape, node, path);
      case INTEGER -> integer(shape, node, path, node.canConvertToInt(), "an integer");
      case LONG -> integer(shape, node, path, node.canConvertToLong(), "a long integer");
      case DOUBLE -> {
        if (!node.isNumber()) {
          throw wrongType(path, "a number");
        }
      }
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          throw wrongType(path, "a boolean");
        }
      }
      case TIMESTAMP -> {
        if (!node.isNumber()) {
          throw wrongType(path, "a timestamp (seconds since the epoch)");
        }
      }
      case DOCUMENT -> {
        // any JSON value
      }
    }
  }

  private void structure(Shape shape, JsonNode node, String path) {
    if (!node.isObject()) {
      throw wrongType(path, "an object");
    }
    for (String required : shape.required()) {
      JsonNode member = node.get(required);
      if (member == null || member.isNull()) {
        throw ApiException.invalidParameter(operation + ": missing required parameter '" + join(path, required)
            + "'.");
      }
    }
    for (Map.Entry<String, String> member : shape.members().entrySet()) {
      JsonNode child = node.get(member.getKey());
      if (child != null && !child.isNull()) {
        value(model.shape(member.getValue()), child, join(path, member.getKey()));
      }
    }
  }

  private void list(Shape shape, JsonNode node, String path) {
    if (!node.isArray()) {
      throw wrongType(path, "a list");
    }
    bounds(shape, node.size(), path, "elements");
    Shape element = model.shape(shape.member());
    int i = 0;
    for (JsonNode item : node) {
      if (item.isNull()) {
        throw wrongType(path + "[" + i + "]", describe(element));
      }
      value(element, item, path + "[" + i + "]");
      i++;
    }
  }

  private void map(Shape shape, JsonNode node, String path) {
    if (!node.isObject()) {
      throw wrongType(path, "a map");
    }
    Shape key = model.shape(shape.key());
    Shape value = model.shape(shape.value());
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String entryPath = path + "." + Messages.quote(entry.getKey());
      string(key, Shapes.JSON.getNodeFactory().textNode(entry.getKey()), entryPath);
      if (entry.getValue().isNull()) {
        throw wrongType(entryPath, describe(value));
      }
      value(value, entry.getValue(), entryPath);
    }
  }

  private void string(Shape shape, JsonNode node, String path) {
    if (!node.isTextual()) {
      throw wrongType(path, "a string");
    }
    String text = node.textValue();
    if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(text)) {
      throw ApiException.invalidParameter(operation + ": '" + path + "' must be one of "
          + String.join(", ", shape.enumValues()) + "; was " + Messages.quote(text) + ".");
    }
    bounds(shape, text.codePointCount(0, text.length()), path, "characters");
    shape.pattern().ifPresent(p -> {
      if (!p.matcher(text).matches()) {
        throw ApiException.invalidParameter(operation + ": '" + path + "' has characters that are not allowed: "
            + Messages.quote(text) + ".");
      }
    });
  }

  private void integer(Shape shape, JsonNode node, String path, boolean fits, String expected) {
    if (!node.isIntegralNumber() || !fits) {
      throw wrongType(path, expected);
    }
    long value = node.longValue();
    if (shape.min().isPresent() && value < shape.min().getAsLong()
        || shape.max().isPresent() && value > shape.max().getAsLong()) {
      throw ApiException.invalidParameter(operation + ": '" + path + "' must be " + range(shape) + "; was " + value
          + ".");
    }
  }

  private void bounds(Shape shape, long size, String path, String unit) {
    if (shape.min().isPresent() && size < shape.min().getAsLong()
        || shape.max().isPresent() && size > shape.max().getAsLong()) {
      throw ApiException.invalidParameter(operation + ": '" + path + "' must have " + range(shape) + " " + unit
          + "; has " + size + ".");
    }
  }

  private static String range(Shape shape) {
    if (shape.min().isPresent() && shape.max().isPresent()) {
      return "from " + shape.min().getAsLong() + " to " + shape.max().getAsLong();
    }
    return shape.min().isPresent() ? "at least " + shape.min().getAsLong() : "at most " + shape.max().getAsLong();
  }

  private static String describe(Shape shape) {
    return switch (shape.type()) {
      case STRUCTURE -> "an object";
      case LIST -> "a list";
      case MAP -> "a map";
      case STRING -> "a string";
      case INTEGER, LONG -> "an integer";
      case DOUBLE -> "a number";
      case BOOLEAN -> "a boolean";
      case TIMESTAMP -> "a timestamp (seconds since the epoch)";
      case DOCUMENT -> "a JSON value";
    };
  }

  private ApiException wrongType(String path, String expected) {
    return ApiException.serialization(operation + ": '" + (path.isEmpty() ? "the request body" : path)
        + "' must be " + expected + ".");
  }

  private static String join(String path, String member) {
    return path.isEmpty() ? member : path + "." + member;
  }
}
