package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.SourceLocation;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads template text, JSON or YAML, into a JSON tree and a {@link SourceMap} of where each value stands. YAML's
 * short-form tags become the long form as CloudFormation reads them: {@code !Ref X} is {@code {"Ref": "X"}},
 * {@code !GetAtt A.B} is {@code {"Fn::GetAtt": ["A", "B"]}}, {@code !Condition C} is {@code {"Condition": "C"}}
 * and every other {@code !Name v} is {@code {"Fn::Name": v}}. Duplicate keys are errors, as in CloudFormation.
 * SnakeYAML reads YAML (its nodes keep their tags and marks); Jackson reads JSON.
 */
final class TemplateText {
  private static final int MAX_CHARS = EcsCloudFormation.MAX_CHARS;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A parsed template. */
  record Parsed(JsonNode root, SourceMap sources) {}

  private final SourceMap sources = new SourceMap();

  private TemplateText() {}

  /** Parses the text; throws {@link CloudFormationException} with the syntax error's line and column. */
  static Parsed parse(String sourceName, String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.length() > MAX_CHARS) {
      throw new CloudFormationException(sourceName, List.of(tooLarge()));
    }
    if (body.isBlank()) {
      throw fail(sourceName, "the file is empty", "give a CloudFormation template: an object with Resources", 1, 1);
    }
    TemplateText reader = new TemplateText();
    JsonNode root = body.stripLeading().startsWith("{") ? reader.json(sourceName, body) : reader.yaml(sourceName, body);
    return new Parsed(root, reader.sources);
  }

  private static CloudFormationException fail(String sourceName, String message, String fix) {
    return new CloudFormationException(sourceName,
        List.of(Problem.error(ProblemPath.root(), TemplateRules.SYNTAX, message, fix)));
  }

  /** The problem of a template larger than ecs-dsl reads. */
  private static Problem tooLarge() {
    return Problem.error(ProblemPath.root(), TemplateRules.TOO_LARGE, "the template has more than " + MAX_CHARS
        + " characters, more than ecs-dsl reads", "give the template CloudFormation deploys (at most 1 MB), or split"
        + " the stack");
  }

  /** A syntax error at a line and column (from 1); a position that is not one is left out. */
  private static CloudFormationException fail(String sourceName, String message, String fix, long line, long column) {
    Problem problem = Problem.error(ProblemPath.root(), TemplateRules.SYNTAX, message, fix);
    return new CloudFormationException(sourceName,
        List.of(line >= 1 && column >= 1 ? problem.at(new SourceLocation(line, column)) : problem));
  }

  // ------------------------------------------------------------------ JSON

  private JsonNode json(String sourceName, String body) {
    JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    try (JsonParser parser = factory.createParser(body)) {
      parser.nextToken();
      JsonNode root = jsonValue(parser, "");
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw fail(sourceName, "not valid JSON: more content after the template's object",
            "remove what follows the closing brace", at.getLineNr(), at.getColumnNr());
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw fail(sourceName, "not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "),
          "correct the JSON at that position", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
    } catch (IOException e) {
      throw fail(sourceName, "cannot read the template: " + e.getMessage(), "give the template as UTF-8 text");
    }
  }

  private JsonNode jsonValue(JsonParser parser, String path) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    sources.put(path, at.getLineNr(), at.getColumnNr());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode out = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String child = SourceMap.child(path, name);
          JsonLocation key = parser.currentTokenLocation();
          sources.put(child, key.getLineNr(), key.getColumnNr());
          parser.nextToken();
          out.set(name, jsonValue(parser, child));
        }
        return out;
      }
      case START_ARRAY -> {
        ArrayNode out = NODES.arrayNode();
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          out.add(jsonValue(parser, SourceMap.element(path, i++)));
        }
        return out;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return integer(parser.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      default -> {
        return NODES.nullNode();
      }
    }
  }

  // ------------------------------------------------------------------ YAML

  private JsonNode yaml(String sourceName, String body) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(100);
    Node node;
    try {
      node = new Yaml(options).compose(new WholeCodePoints(body));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() != null ? " " + e.getContext() : "";
      throw fail(sourceName, "broken YAML: " + problem.trim() + context,
          "correct the YAML at that position (indentation, a missing ':' or quote)",
          mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1);
    } catch (YAMLException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw fail(sourceName, "broken YAML: " + e.getMessage(), "correct the YAML");
    }
    if (node == null) {
      throw fail(sourceName, "the file holds no YAML document",
          "give a CloudFormation template: an object with Resources", 1, 1);
    }
    return yamlValue(sourceName, node, "");
  }

  private JsonNode yamlValue(String sourceName, Node node, String path) {
    Mark start = node.getStartMark();
    sources.put(path, start.getLine() + 1, start.getColumn() + 1);
    Tag tag = node.getTag();
    if (!tag.startsWith(Tag.PREFIX) && tag.getValue().startsWith("!")) {
      return shortForm(sourceName, node, tag.getValue().substring(1), path);
    }
    return plainYaml(sourceName, node, path);
  }

  private JsonNode plainYaml(String sourceName, Node node, String path) {
    if (node instanceof MappingNode mapping) {
      ObjectNode out = NODES.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode key)) {
          throw at(sourceName, keyNode, "a mapping key must be a plain name", "write the key as text");
        }
        String name = key.getValue();
        if (out.has(name)) {
          throw at(sourceName, keyNode, "duplicate key '" + name + "' in one mapping", "keep one of the two");
        }
        String child = SourceMap.child(path, name);
        Mark k = keyNode.getStartMark();
        sources.put(child, k.getLine() + 1, k.getColumn() + 1);
        out.set(name, yamlValue(sourceName, tuple.getValueNode(), child));
      }
      return out;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode out = NODES.arrayNode();
      int i = 0;
      for (Node item : sequence.getValue()) {
        out.add(yamlValue(sourceName, item, SourceMap.element(path, i++)));
      }
      return out;
    }
    ScalarNode scalar = (ScalarNode) node;
    return scalar(scalar);
  }

  private static JsonNode scalar(ScalarNode scalar) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    try {
      if (Tag.INT.equals(tag)) {
        String digits = text.replace("_", "");
        return digits.matches("[-+]?\\d+") ? integer(new BigInteger(digits)) : NODES.textNode(text);
      }
      if (Tag.FLOAT.equals(tag)) {
        // a double, as Jackson reads JSON numbers, so that a JSON document property (HookDetails) equals the one
        // ECS JSON gives
        return NODES.numberNode(new java.math.BigDecimal(text.replace("_", "")).doubleValue());
      }
    } catch (NumberFormatException e) {
      return NODES.textNode(text);
    }
    if (Tag.BOOL.equals(tag)) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      return NODES.booleanNode(lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y"));
    }
    if (Tag.NULL.equals(tag)) {
      return NODES.nullNode();
    }
    return NODES.textNode(text);
  }

  /** The smallest node that holds the number, so that an int reads as an int. */
  private static JsonNode integer(BigInteger value) {
    if (value.bitLength() < 32) {
      return NODES.numberNode(value.intValue());
    }
    return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
  }

  /** {@code !Ref X}, {@code !GetAtt A.B}, {@code !Sub ...} and the other short forms, as their long form. */
  private JsonNode shortForm(String sourceName, Node node, String name, String path) {
    ObjectNode out = NODES.objectNode();
    String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
    String child = SourceMap.child(path, key);
    Mark start = node.getStartMark();
    sources.put(child, start.getLine() + 1, start.getColumn() + 1);
    JsonNode value = plainYaml(sourceName, node, child);
    if (name.equals("GetAtt") && value.isTextual()) {
      String text = value.asText();
      int dot = text.indexOf('.');
      if (dot <= 0 || dot == text.length() - 1) {
        throw at(sourceName, node, "!GetAtt " + text + " must name a resource and an attribute",
            "write !GetAtt LogicalId.Attribute");
      }
      value = NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1));
    }
    out.set(key, value);
    return out;
  }

  /**
   * Hands SnakeYAML the text in chunks that never end between the two halves of a surrogate pair: its stream
   * reader fails on a chunk that fills its buffer with a high surrogate last.
   */
  private static final class WholeCodePoints extends java.io.Reader {
    private final String text;
    private int position;

    WholeCodePoints(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (position >= text.length()) {
        return -1;
      }
      int n = Math.min(length, text.length() - position);
      if (n > 1 && Character.isHighSurrogate(text.charAt(position + n - 1))) {
        n--;
      }
      text.getChars(position, position + n, buffer, offset);
      position += n;
      return n;
    }

    @Override
    public void close() {
      position = text.length();
    }
  }

  private static CloudFormationException at(String sourceName, Node node, String message, String fix) {
    Mark m = node.getStartMark();
    return fail(sourceName, "broken YAML: " + message, fix, m.getLine() + 1, m.getColumn() + 1);
  }
}
