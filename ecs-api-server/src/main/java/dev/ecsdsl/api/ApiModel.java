package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The ECS API's model (ECS's operations and their shapes, as the AWS SDKs are generated from it): read once from
 * {@code ecs-2014-11-13.json}, botocore's {@code service-2.json} without its documentation (see NOTICE and
 * {@code src/build/compact-model.py}). {@link InputCheck} reads requests against it, so that every operation's
 * members have their declared types before a handler sees them.
 */
final class ApiModel {
  /** The kinds of shapes of the JSON 1.1 protocol. */
  enum Type { STRUCTURE, LIST, MAP, STRING, INTEGER, LONG, DOUBLE, BOOLEAN, TIMESTAMP, DOCUMENT }

  /**
   * One shape: its members (structures), member/key/value shapes (lists, maps), enum values and bounds.
   *
   * @param name the shape's name
   * @param type its kind
   * @param members a structure's members, by name, to their shape names, in the model's order
   * @param required a structure's required members
   * @param member a list's element shape
   * @param key a map's key shape
   * @param value a map's value shape
   * @param enumValues a string's allowed values (empty: any)
   * @param min the smallest value, length or size
   * @param max the largest value, length or size
   * @param pattern a string's pattern
   * @param exception whether the structure is an error
   */
  record Shape(String name, Type type, Map<String, String> members, Set<String> required, String member,
      String key, String value, List<String> enumValues, OptionalLong min, OptionalLong max,
      Optional<Pattern> pattern, boolean exception) {}

  /**
   * One operation: its input and output shapes and the errors it declares.
   *
   * @param name the operation, e.g. {@code RunTask}
   * @param input its input shape's name
   * @param output its output shape's name
   * @param errors the error shapes it declares
   */
  record Operation(String name, String input, String output, List<String> errors) {}

  private static final String RESOURCE = "ecs-2014-11-13.json";
  private static final ApiModel ECS = load();

  private final Map<String, Operation> operations;
  private final Map<String, Shape> shapes;

  private ApiModel(Map<String, Operation> operations, Map<String, Shape> shapes) {
    this.operations = Collections.unmodifiableMap(operations);
    this.shapes = Collections.unmodifiableMap(shapes);
  }

  /** {@return the ECS model} */
  static ApiModel ecs() {
    return ECS;
  }

  /** {@return every operation of the model, by name, sorted} */
  Map<String, Operation> operations() {
    return operations;
  }

  /** {@return the operation of that name, if the model has it} */
  Optional<Operation> operation(String name) {
    return Optional.ofNullable(operations.get(name));
  }

  /** {@return the shape of that name; the model refers only to shapes it has} */
  Shape shape(String name) {
    Shape shape = shapes.get(name);
    if (shape == null) {
      throw new IllegalArgumentException("the ECS model has no shape " + name);
    }
    return shape;
  }

  private static ApiModel load() {
    try (InputStream in = ApiModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      JsonNode root = Shapes.JSON.readTree(in);
      Map<String, Operation> operations = new TreeMap<>();
      root.path("operations").fields().forEachRemaining(e -> operations.put(e.getKey(), new Operation(e.getKey(),
          e.getValue().path("input").path("shape").asText(null), e.getValue().path("output").path("shape").asText(null),
          texts(e.getValue().path("errors"), "shape"))));
      Map<String, Shape> shapes = new LinkedHashMap<>();
      root.path("shapes").fields().forEachRemaining(e -> shapes.put(e.getKey(), shape(e.getKey(), e.getValue())));
      return new ApiModel(operations, shapes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static Shape shape(String name, JsonNode node) {
    Map<String, String> members = new LinkedHashMap<>();
    node.path("members").fields().forEachRemaining(m -> members.put(m.getKey(), m.getValue().path("shape").asText()));
    Type type = node.path("document").asBoolean() ? Type.DOCUMENT : Type.valueOf(node.path("type").asText()
        .toUpperCase(java.util.Locale.ROOT));
    return new Shape(name, type, Collections.unmodifiableMap(members),
        Collections.unmodifiableSet(new LinkedHashSet<>(texts(node.path("required"), null))),
        node.path("member").path("shape").asText(null), node.path("key").path("shape").asText(null),
        node.path("value").path("shape").asText(null), texts(node.path("enum"), null), bound(node, "min"),
        bound(node, "max"), Optional.ofNullable(node.path("pattern").asText(null)).map(Pattern::compile),
        node.path("exception").asBoolean());
  }

  private static OptionalLong bound(JsonNode node, String member) {
    return node.has(member) ? OptionalLong.of(node.get(member).asLong()) : OptionalLong.empty();
  }

  private static List<String> texts(JsonNode array, String member) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(member == null ? n.asText() : n.path(member).asText()));
    return Collections.unmodifiableList(values);
  }
}
