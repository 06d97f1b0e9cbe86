package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the tokens of a JSON document against the model's {@link Shape}s in one pass, and copies what the
 * model holds into a clean JSON tree. Along the way it records every problem with its ECS path and source
 * line and column, instead of stopping at the first: unknown members (with the closest known name), ECS
 * members the model does not hold (dropped, with a warning unless empty), read-only members of describe
 * output (dropped, with a warning), values of the wrong JSON type, unknown enum values, and missing required
 * members. JSON {@code null} for an optional member counts as absent. Jackson then binds the clean tree,
 * which by construction holds only what the model accepts.
 */
final class CheckingReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final List<Problem> problems;
  private final MemberNaming naming;
  private final Map<Shape.Struct, Map<String, String>> ecsNames = new HashMap<>();

  /** A reader of the parser's tokens that adds its problems to {@code problems}. */
  CheckingReader(JsonParser parser, List<Problem> problems) {
    this(parser, problems, MemberNaming.ECS);
  }

  /** A reader of a document that spells members as {@code naming} says. */
  CheckingReader(JsonParser parser, List<Problem> problems, MemberNaming naming) {
    this.parser = parser;
    this.problems = problems;
    this.naming = naming;
  }

  /** The member's name as the document writes it. */
  private String written(Shape.Struct struct, String ecsName) {
    return naming.written(struct.ecs().ecsName(), ecsName);
  }

  /** The ECS name of a member as the document writes it (itself when the dialect does not know it). */
  private String ecsName(Shape.Struct struct, String writtenName) {
    Map<String, String> names = ecsNames.computeIfAbsent(struct, s -> {
      Map<String, String> m = new HashMap<>();
      s.members().keySet().forEach(n -> m.put(written(s, n), n));
      s.ecs().ecsMembers().forEach(n -> m.putIfAbsent(written(s, n), n));
      s.ecs().readOnly().forEach(n -> m.putIfAbsent(written(s, n), n));
      return m;
    });
    return names.getOrDefault(writtenName, naming == MemberNaming.ECS ? writtenName : "\0" + writtenName);
  }

  /**
   * Reads the value at the current token as {@code shape}, leaving the parser on the value's last token.
   * Returns the clean value, or null when the value is wrong (the problem is recorded).
   *
   * @param parent path of the enclosing value
   * @param segment this value's path segment: a member name, {@code name[i]} or a map key
   */
  JsonNode read(Shape shape, ProblemPath parent, String segment) throws IOException {
    if (shape instanceof Shape.Struct struct) {
      return readStruct(struct, parent.then(segment), segment);
    }
    if (shape instanceof Shape.ListOf list) {
      return readList(list, parent, segment);
    }
    if (shape instanceof Shape.MapOf map) {
      return readMap(map, parent, segment);
    }
    if (shape instanceof Shape.Choice choice) {
      return readChoice(choice, parent.then(segment), segment);
    }
    return readScalar((Shape.Scalar) shape, parent.then(segment), segment);
  }

  /** Reads the object at the current token as a model type; {@code label} names it in messages. */
  ObjectNode readStruct(Shape.Struct struct, ProblemPath path, String label) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      wrongType(struct, path, label, "write an object {...} with the members of " + struct.ecs().ecsName());
      return null;
    }
    EcsMembers.TypeInfo ecs = struct.ecs();
    ObjectNode out = NODES.objectNode();
    Set<String> present = new HashSet<>();
    Set<String> nulls = new HashSet<>();
    Map<String, JsonNode> aliasValues = new LinkedHashMap<>();
    Map<String, Integer> aliasWarnings = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String writtenName = parser.currentName();
      String name = ecsName(struct, writtenName);
      JsonLocation at = parser.currentTokenLocation();
      JsonToken token = parser.nextToken();
      ProblemPath memberPath = path.then(writtenName);
      Shape.Member member = struct.member(name);
      if (member != null) {
        present.add(name);
        if (token == JsonToken.VALUE_NULL) {
          nulls.add(name);
          continue;
        }
        JsonNode value = read(member.shape(), path, writtenName);
        if (value != null) {
          out.set(name, value);
        }
      } else if (ecs.ecsMembers().contains(name) || naming.extraMembers(ecs.ecsName()).contains(writtenName)) {
        if (!skipReportingEmpty()) {
          problems.add(JsonProblems.unsupportedMember(memberPath, writtenName, struct, at));
        }
      } else if (ecs.readOnly().contains(name)) {
        String target = ecs.readOnlyAliases().get(name);
        if (target != null && token == JsonToken.VALUE_STRING && struct.member(target) != null) {
          // Reported here, in file order, as used; corrected below if the target member turns up.
          aliasValues.put(name, TextNode.valueOf(parser.getText()));
          aliasWarnings.put(name, problems.size());
          problems.add(JsonProblems.readOnlyMember(memberPath, name, ecs.readOnlyOperation(), target, at));
        } else {
          skipReportingEmpty();
          problems.add(JsonProblems.readOnlyMember(memberPath, name, ecs.readOnlyOperation(), null, at));
        }
      } else {
        skipReportingEmpty();
        problems.add(JsonProblems.unknownMember(memberPath, writtenName, struct, candidates(struct), at));
      }
    }
    for (Map.Entry<String, JsonNode> alias : aliasValues.entrySet()) {
      String target = ecs.readOnlyAliases().get(alias.getKey());
      if (!present.contains(target)) {
        out.set(target, alias.getValue());
        present.add(target);
      } else {
        int index = aliasWarnings.get(alias.getKey());
        Problem used = problems.get(index);
        problems.set(index, new Problem(used.severity(), used.path(), used.rule(),
            used.message().replace("used as '" + target + "'", "ignored"), used.fix()));
      }
    }
    for (Shape.Member member : struct.members().values()) {
      String name = member.name();
      if (member.required() && (!present.contains(name) || nulls.contains(name))) {
        String writtenName = written(struct, name);
        problems.add(JsonProblems.missingMember(path.then(writtenName), name, writtenName, struct,
            nulls.contains(name), start));
      }
    }
    return out;
  }

  /** Every name a misspelt member of the type may have meant: model members, other ECS members, read-only ones. */
  private List<String> candidates(Shape.Struct struct) {
    Set<String> names = new LinkedHashSet<>(struct.members().keySet());
    names.addAll(struct.ecs().ecsMembers());
    names.addAll(struct.ecs().readOnly().stream().sorted().toList());
    List<String> written = new ArrayList<>();
    names.forEach(n -> written.add(written(struct, n)));
    return written;
  }

  private JsonNode readList(Shape.ListOf list, ProblemPath parent, String segment) throws IOException {
    ProblemPath path = parent.then(segment);
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      wrongType(list, path, segment, "wrap the value in an array: [ ... ]");
      return null;
    }
    ArrayNode out = NODES.arrayNode();
    int i = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String element = segment + "[" + i + "]";
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        wrongType(list.element(), parent.then(element), element, "remove the null from the array");
      } else {
        JsonNode value = read(list.element(), parent, element);
        if (value != null) {
          out.add(value);
        }
      }
      i++;
    }
    return out;
  }

  private JsonNode readMap(Shape.MapOf map, ProblemPath parent, String segment) throws IOException {
    ProblemPath path = parent.then(segment);
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      wrongType(map, path, segment, "write an object: { \"name\": \"value\", ... }");
      return null;
    }
    ObjectNode out = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        wrongType(map.value(), path.then(key), key, "give a value, e.g. \"\", or remove the entry");
        continue;
      }
      JsonNode value = read(map.value(), path, key);
      if (value != null) {
        out.set(key, value);
      }
    }
    return out;
  }

  private JsonNode readChoice(Shape.Choice choice, ProblemPath path, String label) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(choice, path, label, "write one of the allowed values as a string in quotes");
      return null;
    }
    String value = parser.getText();
    if (choice.values().contains(value)) {
      return TextNode.valueOf(value);
    }
    JsonLocation at = parser.currentTokenLocation();
    if (EcsMembers.ecsOnlyValues(choice.type()).contains(value)) {
      problems.add(JsonProblems.unsupportedValue(path, label, value, choice, at));
    } else {
      problems.add(JsonProblems.unknownValue(path, label, value, choice, at));
    }
    return null;
  }

  private JsonNode readScalar(Shape.Scalar scalar, ProblemPath path, String label) throws IOException {
    JsonToken token = parser.currentToken();
    if (naming.coercesScalars() && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
      JsonNode coerced = coerce(scalar.kind(), token, parser.getText().trim());
      if (coerced != null) {
        return coerced;
      }
    }
    switch (scalar.kind()) {
      case STRING:
        if (token == JsonToken.VALUE_STRING) {
          return TextNode.valueOf(parser.getText());
        }
        wrongType(scalar, path, label, token.isScalarValue()
            ? "write it as a string in quotes: \"" + parser.getText() + "\""
            : "write a string here");
        return null;
      case INT:
      case LONG:
        if (token == JsonToken.VALUE_NUMBER_INT) {
          JsonParser.NumberType type = parser.getNumberType();
          if (type == JsonParser.NumberType.INT) {
            return scalar.kind() == Shape.ScalarKind.INT
                ? NODES.numberNode(parser.getIntValue()) : NODES.numberNode(parser.getLongValue());
          }
          if (type == JsonParser.NumberType.LONG && scalar.kind() == Shape.ScalarKind.LONG) {
            return NODES.numberNode(parser.getLongValue());
          }
          problems.add(JsonProblems.outOfRange(path, label, parser.getText(),
              scalar.kind() == Shape.ScalarKind.INT
                  ? "from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                  : "from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
              parser.currentTokenLocation()));
          return null;
        }
        String fix = "write a whole number here";
        if (token == JsonToken.VALUE_STRING && isWholeNumber(parser.getText().trim())) {
          fix = "write it as a number, without quotes: " + parser.getText().trim();
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
          fix = "write a whole number, without a fraction or exponent";
        }
        wrongType(scalar, path, label, fix);
        return null;
      case DOUBLE:
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          return NODES.numberNode(parser.getDoubleValue());
        }
        wrongType(scalar, path, label, "write a number here, without quotes");
        return null;
      case BOOLEAN:
      default:
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
          return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
        }
        String text = token == JsonToken.VALUE_STRING ? parser.getText().trim() : "";
        wrongType(scalar, path, label, text.equals("true") || text.equals("false")
            ? "write " + text + " without quotes"
            : "write true or false, without quotes");
        return null;
    }
  }

  /** The scalar converted as CloudFormation converts it, or null when it does not fit (or is already right). */
  private static JsonNode coerce(Shape.ScalarKind kind, JsonToken token, String text) {
    switch (kind) {
      case STRING:
        return token == JsonToken.VALUE_STRING ? null : TextNode.valueOf(text);
      case INT:
        if (token == JsonToken.VALUE_STRING && isWholeNumber(text)) {
          long value = Long.parseLong(text);
          return value == (int) value ? NODES.numberNode((int) value) : null;
        }
        return null;
      case LONG:
        return token == JsonToken.VALUE_STRING && isWholeNumber(text) ? NODES.numberNode(Long.parseLong(text)) : null;
      case DOUBLE:
        if (token == JsonToken.VALUE_STRING) {
          try {
            return NODES.numberNode(Double.parseDouble(text));
          } catch (NumberFormatException e) {
            return null;
          }
        }
        return null;
      case BOOLEAN:
      default:
        return token == JsonToken.VALUE_STRING && (text.equals("true") || text.equals("false"))
            ? NODES.booleanNode(text.equals("true")) : null;
    }
  }

  private static boolean isWholeNumber(String text) {
    return text.matches("-?\\d{1,18}");
  }

  private void wrongType(Shape expected, ProblemPath path, String label, String fix) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    String found = describeCurrent();
    skipReportingEmpty();
    problems.add(JsonProblems.wrongType(path, label, expected, found, fix, at));
  }

  private String describeCurrent() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case VALUE_STRING:
        String text = parser.getText();
        return "the string \"" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + parser.getText();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
        return "an object";
      default:
        return parser.getText();
    }
  }

  /**
   * Skips the value at the current token and tells whether it was empty: null, {@code []} or {@code {}}.
   * Leaves the parser on the value's last token.
   */
  boolean skipReportingEmpty() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null || token == JsonToken.VALUE_NULL) {
      return true;
    }
    if (!token.isStructStart()) {
      return false;
    }
    JsonToken current = parser.nextToken();
    if (current == null || current.isStructEnd()) {
      return true;
    }
    int depth = 1;
    while (current != null) {
      if (current.isStructStart()) {
        depth++;
      } else if (current.isStructEnd() && --depth == 0) {
        return false;
      }
      current = parser.nextToken();
    }
    return false;
  }
}
