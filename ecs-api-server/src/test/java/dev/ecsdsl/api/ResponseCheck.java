package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsdsl.api.ApiModel.Shape;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an answer has the shape the ECS model declares for the operation's output, strictly: every member is one
 * the shape has, with its JSON type, and enum values are the enum's. What the AWS SDKs read is what ECS sends.
 */
final class ResponseCheck {
  private final ApiModel model;

  ResponseCheck(ApiModel model) {
    this.model = model;
  }

  /** The first way the answer strays from the output shape, if any. */
  Optional<String> problem(String operation, JsonNode answer) {
    String output = model.operation(operation).orElseThrow().output();
    if (output == null) {
      return answer.isEmpty() ? Optional.empty() : Optional.of("the output has no members, the answer has some");
    }
    return value(model.shape(output), answer, operation);
  }

  private Optional<String> value(Shape shape, JsonNode node, String path) {
    if (node.isNull()) {
      return Optional.of(path + " is null");
    }
    switch (shape.type()) {
      case STRUCTURE -> {
        if (!node.isObject()) {
          return Optional.of(path + " is not an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> member = it.next();
          String shapeName = shape.members().get(member.getKey());
          if (shapeName == null) {
            return Optional.of(path + "." + member.getKey() + " is not a member of " + shape.name());
          }
          Optional<String> problem = value(model.shape(shapeName), member.getValue(), path + "." + member.getKey());
          if (problem.isPresent()) {
            return problem;
          }
        }
        return Optional.empty();
      }
      case LIST -> {
        if (!node.isArray()) {
          return Optional.of(path + " is not a list");
        }
        int i = 0;
        for (JsonNode element : node) {
          Optional<String> problem = value(model.shape(shape.member()), element, path + "[" + i++ + "]");
          if (problem.isPresent()) {
            return problem;
          }
        }
        return Optional.empty();
      }
      case MAP -> {
        return node.isObject() ? Optional.empty() : Optional.of(path + " is not a map");
      }
      case STRING -> {
        if (!node.isTextual()) {
          return Optional.of(path + " is not a string: " + node);
        }
        return shape.enumValues().isEmpty() || shape.enumValues().contains(node.textValue()) ? Optional.empty()
            : Optional.of(path + " = " + node + " is not one of " + shape.enumValues());
      }
      case INTEGER, LONG -> {
        return node.isIntegralNumber() ? Optional.empty() : Optional.of(path + " is not an integer: " + node);
      }
      case DOUBLE, TIMESTAMP -> {
        return node.isNumber() ? Optional.empty() : Optional.of(path + " is not a number: " + node);
      }
      case BOOLEAN -> {
        return node.isBoolean() ? Optional.empty() : Optional.of(path + " is not a boolean: " + node);
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
