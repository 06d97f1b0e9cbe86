package dev.ecsdsl.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ecsdsl.validation.BoundedProblems;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.Severity;
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
 * output (dropped, with a warning), values of the wrong JSON type (dropped), values ECS has but the model
 * does not (dropped, with a warning), members set to null (absent, with one warning per object), template
 * placeholders left in strings, and missing required members. Jackson then binds the clean tree, which by
 * construction holds only what the model accepts.
 *
 * <p>With {@code keep} false (a document too large for the model) it checks the same but builds no tree, so
 * its memory stays small whatever the size of the document; the problems go to a {@link BoundedProblems}.
 */
final class CheckingReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Reads one embedded JSON document and stops after it (the rest of the file is not its trailing content). */
  private static final com.fasterxml.jackson.databind.ObjectReader DOCUMENT_READER = EcsObjectMapper.MAPPER.reader()
      .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectNode DISCARDED = NODES.objectNode();

  private final JsonParser parser;
  private final BoundedProblems problems;
  private final boolean keep;
  private final Map<ProblemPath, List<Integer>> dropped = new HashMap<>();
  private final Map<Shape.Struct, List<String>> candidates = new java.util.IdentityHashMap<>();
  private boolean incomplete;
  private Class<?> owner = Object.class;
  private String member = "";

  /** A reader of the parser's tokens that adds its problems to {@code problems}; {@code keep} builds the tree. */
  CheckingReader(JsonParser parser, BoundedProblems problems, boolean keep) {
    this.parser = parser;
    this.problems = problems;
    this.keep = keep;
  }

  /**
   * The root object as read: its clean members, the required members it lacks (not reported: the caller
   * decides, since the command line may give them), and where it starts.
   *
   * @param out the clean members; empty (and not kept) when the document is not kept
   * @param missing required members that are absent or null, in model order
   * @param nulls those of {@code missing} that are null
   * @param start where the object starts
   */
  record Root(ObjectNode out, List<String> missing, Set<String> nulls, JsonLocation start) {}

  /**
   * Reads the root object of a document at the current token. Members in {@code overrides} come from the
   * command line and win over the file's, as the AWS CLI merges them; the file's value is not read.
   */
  Root readRoot(Shape.Struct struct, ProblemPath path, String label, Map<String, JsonNode> overrides)
      throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    List<String> missing = new ArrayList<>();
    Set<String> nulls = new HashSet<>();
    ObjectNode out = readStruct(struct, path, label, overrides, missing, nulls);
    return new Root(out == null ? NODES.objectNode() : out, missing, nulls, start);
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
      return readStruct(struct, parent.then(segment), segment, Map.of(), null, null);
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
    if (shape instanceof Shape.Document) {
      if (!keep) {
        parser.skipChildren();
        return DISCARDED;
      }
      return DOCUMENT_READER.readTree(parser);
    }
    return readScalar((Shape.Scalar) shape, parent.then(segment), segment);
  }

  /** Reads the object at the current token as a model type; {@code label} names it in messages. */
  ObjectNode readStruct(Shape.Struct struct, ProblemPath path, String label) throws IOException {
    return readStruct(struct, path, label, Map.of(), null, null);
  }

  /** Whether an object lacks a required member or holds a wrong value for one, so no model can be built. */
  boolean incomplete() {
    return incomplete;
  }

  /**
   * The elements dropped from lists (null or of the wrong type), by the path of the list: the model's index
   * of an element is its JSON index minus the dropped ones before it.
   */
  Map<ProblemPath, List<Integer>> dropped() {
    return dropped;
  }

  /**
   * Reads an object. Required members it lacks go to {@code missing} (the null ones to {@code missingNulls}
   * too) when that is given, else they are reported.
   */
  private ObjectNode readStruct(Shape.Struct struct, ProblemPath path, String label, Map<String, JsonNode> overrides,
      List<String> missing, Set<String> missingNulls) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      wrongType(struct, path, label, "write an object {...} with the members of " + struct.ecs().ecsName());
      return null;
    }
    EcsMembers.TypeInfo ecs = struct.ecs();
    ObjectNode out = keep ? NODES.objectNode() : DISCARDED;
    Set<String> present = new HashSet<>();
    Set<String> nulls = new LinkedHashSet<>();
    JsonLocation firstNull = null;
    Map<String, JsonNode> aliasValues = new LinkedHashMap<>();
    Map<String, Integer> aliasWarnings = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonLocation at = parser.currentTokenLocation();
      JsonToken token = parser.nextToken();
      ProblemPath memberPath = path.then(Clip.of(name));
      Shape.Member modelMember = struct.member(name);
      boolean known = modelMember != null || ecs.ecsMembers().contains(name) || ecs.readOnly().contains(name);
      if (known && !seen.add(name)) {
        problems.add(JsonProblems.duplicateMember(memberPath, name, at));
      }
      if (overrides.containsKey(name)) {
        parser.skipChildren();
      } else if (modelMember != null) {
        present.add(name);
        if (token == JsonToken.VALUE_NULL) {
          nulls.add(name);
          firstNull = firstNull == null ? at : firstNull;
          continue;
        }
        Class<?> outerOwner = owner;
        String outerMember = member;
        owner = struct.type();
        member = name;
        JsonNode value = read(modelMember.shape(), path, name);
        owner = outerOwner;
        member = outerMember;
        if (value != null && keep) {
          out.set(name, value);
        } else if (value == null && modelMember.required()) {
          incomplete = true;
        }
      } else if (ecs.ecsMembers().contains(name)) {
        if (token == JsonToken.VALUE_NULL) {
          nulls.add(name);
          firstNull = firstNull == null ? at : firstNull;
        } else if (!skipReportingEmpty()) {
          problems.add(JsonProblems.unsupportedMember(memberPath, name, struct, at));
        }
      } else if (ecs.readOnly().contains(name)) {
        String target = ecs.readOnlyAliases().get(name);
        if (target != null && token == JsonToken.VALUE_STRING && struct.member(target) != null) {
          // Reported here, in file order, as used; corrected below if the target member turns up.
          aliasValues.put(name, TextNode.valueOf(parser.getText()));
          aliasWarnings.put(name, problems.add(
              JsonProblems.readOnlyMember(memberPath, name, ecs.readOnlyOperation(), target, at)));
        } else {
          skipReportingEmpty();
          problems.add(JsonProblems.readOnlyMember(memberPath, name, ecs.readOnlyOperation(), null, at));
        }
      } else {
        skipReportingEmpty();
        problems.add(Severity.ERROR,
            () -> JsonProblems.unknownMember(memberPath, name, struct, candidates(struct), at));
      }
    }
    for (Map.Entry<String, JsonNode> alias : aliasValues.entrySet()) {
      String target = ecs.readOnlyAliases().get(alias.getKey());
      if (!present.contains(target) && !overrides.containsKey(target)) {
        if (keep) {
          out.set(target, alias.getValue());
        }
        present.add(target);
      } else if (aliasWarnings.get(alias.getKey()) >= 0) {
        int index = aliasWarnings.get(alias.getKey());
        Problem used = problems.get(index);
        problems.set(index, new Problem(used.severity(), used.path(), used.rule(),
            used.message().replace("used as '" + target + "'", "ignored"), used.fix(), used.location()));
      }
    }
    for (Map.Entry<String, JsonNode> override : overrides.entrySet()) {
      if (keep) {
        out.set(override.getKey(), override.getValue());
      }
      present.add(override.getKey());
    }
    for (Shape.Member required : struct.members().values()) {
      String name = required.name();
      if (required.required() && (!present.contains(name) || nulls.contains(name))) {
        if (missing != null) {
          missing.add(name);
          if (nulls.contains(name)) {
            missingNulls.add(name);
          }
        } else {
          problems.add(JsonProblems.missingMember(path.then(name), name, struct, nulls.contains(name), start));
          incomplete = true;
        }
      }
    }
    List<String> optionalNulls = nulls.stream()
        .filter(n -> struct.member(n) == null || !struct.member(n).required()).toList();
    if (!optionalNulls.isEmpty()) {
      problems.add(JsonProblems.nullMembers(path, optionalNulls, firstNull));
    }
    return out;
  }

  /** Every name a misspelt member of the type may have meant: model members, other ECS members, read-only ones. */
  private List<String> candidates(Shape.Struct struct) {
    return candidates.computeIfAbsent(struct, s -> {
      Set<String> names = new LinkedHashSet<>(s.members().keySet());
      names.addAll(s.ecs().ecsMembers());
      names.addAll(s.ecs().readOnly().stream().sorted().toList());
      return List.copyOf(names);
    });
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
      JsonNode value = null;
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        wrongType(list.element(), parent.then(element), element, "remove the null from the array");
      } else {
        value = read(list.element(), parent, element);
      }
      if (value == null && keep) {
        List<Integer> indexes = dropped.computeIfAbsent(path, k -> new ArrayList<>());
        if (indexes.size() < BoundedProblems.DEFAULT_LIMIT) {
          indexes.add(i);
        }
      } else if (value != null && keep) {
        out.add(value);
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
    ObjectNode out = keep ? NODES.objectNode() : DISCARDED;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonLocation at = parser.currentTokenLocation();
      parser.nextToken();
      if (keep && out.has(key)) {
        problems.add(JsonProblems.duplicateMember(path.then(Clip.of(key)), key, at));
      }
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        wrongType(map.value(), path.then(Clip.of(key)), key, "give a value, e.g. \"\", or remove the entry");
        continue;
      }
      JsonNode value = read(map.value(), path, Clip.of(key));
      if (value != null && keep) {
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
      problems.add(Severity.ERROR, () -> JsonProblems.unknownValue(path, label, value, choice, at));
    }
    return null;
  }

  private JsonNode readScalar(Shape.Scalar scalar, ProblemPath path, String label) throws IOException {
    JsonToken token = parser.currentToken();
    switch (scalar.kind()) {
      case STRING:
        if (token == JsonToken.VALUE_STRING) {
          String text = parser.getText();
          if (Placeholders.searched(owner, member)) {
            List<String> found = Placeholders.find(text);
            if (!found.isEmpty()) {
              problems.add(JsonProblems.placeholder(path, member, text, found, parser.currentTokenLocation()));
            }
          }
          return keep ? TextNode.valueOf(text) : null;
        }
        wrongType(scalar, path, label, token.isScalarValue()
            ? "write it as a string in quotes: \"" + Clip.of(parser.getText()) + "\""
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

  private static boolean isWholeNumber(String text) {
    return text.length() <= 18 && text.matches("-?\\d{1,18}");
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
        return "the number " + Clip.of(parser.getText());
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
        return Clip.of(parser.getText());
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
