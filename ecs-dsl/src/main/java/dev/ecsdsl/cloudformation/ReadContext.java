package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the resource readers share while one template is read: the template, its evaluated values
 * ({@link Intrinsics}, {@link PhysicalIds}), the problems found so far and the resources left out. Its
 * getters evaluate one property of a resource at a time, so that a value that cannot be known only matters
 * where it is used; a reader that cannot use a resource reports why and leaves it out, and the import fails
 * as a whole when any error was found.
 */
final class ReadContext {
  final Template template;
  final Intrinsics intrinsics;
  final PhysicalIds ids;
  final Template.Problems problems;
  final Pseudo pseudo;
  final Parameters parameters;
  final Map<String, List<String>> ignored = new LinkedHashMap<>();
  /** What {@link #notSimulatedOnce} has said. */
  private final Set<String> saidOnce = new HashSet<>();
  private final Map<String, ObjectNode> evaluated = new LinkedHashMap<>();

  ReadContext(Template template, Intrinsics intrinsics, PhysicalIds ids, Template.Problems problems,
      Parameters parameters) {
    this.template = template;
    this.parameters = parameters;
    this.intrinsics = intrinsics;
    this.ids = ids;
    this.problems = problems;
    this.pseudo = intrinsics.pseudo();
  }

  /** The created resources of a type, in template order. */
  List<Template.Resource> resources(String type) {
    List<Template.Resource> out = new ArrayList<>();
    for (Template.Resource r : template.resourcesOfType(type)) {
      try {
        if (intrinsics.created(r)) {
          out.add(r);
        }
      } catch (TemplateError e) {
        problems.add(e);
      }
    }
    return out;
  }

  /** Runs a reader on each created resource of the types, in template order. */
  void each(List<String> types, Consumer<Template.Resource> reader) {
    for (Template.Resource r : template.resources.values()) {
      if (types.contains(r.type())) {
        guarded(() -> {
          if (intrinsics.created(r)) {
            reader.accept(r);
          }
        });
      }
    }
  }

  /** Runs a reader on each created resource of a type; a problem it throws is reported and the resource left out. */
  void each(String type, Consumer<Template.Resource> reader) {
    for (Template.Resource r : resources(type)) {
      guarded(() -> reader.accept(r));
    }
  }

  /** Runs the action, reporting a {@link TemplateError} instead of throwing it; false when one was thrown. */
  boolean guarded(Runnable action) {
    try {
      action.run();
      return true;
    } catch (TemplateError e) {
      problems.add(e);
      return false;
    }
  }

  /** Every property of the resource, evaluated (throws on the first value that cannot be evaluated). */
  ObjectNode properties(Template.Resource r) {
    ObjectNode known = evaluated.get(r.logicalId());
    if (known == null) {
      JsonNode value = intrinsics.evaluate(r.properties(), r.propertiesPath());
      known = value instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
      evaluated.put(r.logicalId(), known);
    }
    return known;
  }

  /** One property, evaluated; empty when absent (or {@code AWS::NoValue}). */
  Optional<JsonNode> property(Template.Resource r, String name) {
    JsonNode raw = r.properties().get(name);
    return raw == null ? Optional.empty() : Optional.ofNullable(intrinsics.evaluate(raw, r.path(name)));
  }

  /** A member of an object property, evaluated alone (so that its siblings' values do not matter). */
  Optional<JsonNode> property(Template.Resource r, String name, String member) {
    JsonNode raw = r.properties().path(name).get(member);
    return raw == null ? Optional.empty()
        : Optional.ofNullable(intrinsics.evaluate(raw, r.path(name) + "." + member));
  }

  /** One property as text; empty when absent. */
  Optional<String> text(Template.Resource r, String name) {
    return property(r, name).map(v -> scalar(v, r.path(name)));
  }

  /** A required property as text. */
  String required(Template.Resource r, String name) {
    return text(r, name).orElseThrow(() -> new TemplateError(r.path(name), TemplateRules.INVALID_PROPERTY,
        r.type() + " " + r.logicalId() + " has no " + name, "give " + name));
  }

  /** One property as a whole number; empty when absent. */
  Optional<Integer> integer(Template.Resource r, String name) {
    return text(r, name).map(t -> number(t, r.path(name)));
  }

  /** One property as true or false; empty when absent. */
  Optional<Boolean> bool(Template.Resource r, String name) {
    return text(r, name).map(t -> bool(t, r.path(name)));
  }

  /** One property as a list of texts; empty when absent. */
  List<String> texts(Template.Resource r, String name) {
    return property(r, name).map(v -> texts(v, r.path(name))).orElse(List.of());
  }

  /** A value read from an evaluated object: text, when present. */
  static Optional<String> text(JsonNode object, String name, String path) {
    JsonNode v = object.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(scalar(v, path + "." + name));
  }

  static Optional<Integer> integer(JsonNode object, String name, String path) {
    return text(object, name, path).map(t -> number(t, path + "." + name));
  }

  static Optional<Double> decimal(JsonNode object, String name, String path) {
    return text(object, name, path).map(t -> {
      try {
        return Double.parseDouble(t.trim());
      } catch (NumberFormatException e) {
        throw new TemplateError(path + "." + name, TemplateRules.INVALID_PROPERTY, name + " must be a number, found '"
            + t + "'", "give a number");
      }
    });
  }

  static Optional<Boolean> bool(JsonNode object, String name, String path) {
    return text(object, name, path).map(t -> bool(t, path + "." + name));
  }

  static List<String> texts(JsonNode value, String path) {
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (!value.isArray()) {
      throw new TemplateError(path, TemplateRules.INVALID_PROPERTY, "expected a list, found " + Template.describe(value),
          "write a list: [a, b]");
    }
    for (int i = 0; i < value.size(); i++) {
      out.add(scalar(value.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  static String scalar(JsonNode v, String path) {
    if (!v.isValueNode() || v.isNull()) {
      throw new TemplateError(path, TemplateRules.INVALID_PROPERTY, "expected a single value, found "
          + Template.describe(v), "give one value here");
    }
    return v.asText();
  }

  static int number(String text, String path) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      try {
        double d = Double.parseDouble(text.trim());
        if (d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
          return (int) d;
        }
      } catch (NumberFormatException ignoredToo) {
        // reported below
      }
      throw new TemplateError(path, TemplateRules.INVALID_PROPERTY, "expected a whole number, found '" + text + "'",
          "give a whole number");
    }
  }

  static boolean bool(String text, String path) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("true") || t.equals("enabled")) {
      return true;
    }
    if (t.equals("false") || t.equals("disabled")) {
      return false;
    }
    throw new TemplateError(path, TemplateRules.INVALID_PROPERTY, "expected true or false, found '" + text + "'",
        "give true or false");
  }

  /** Records a resource left out because it does not matter to ECS. */
  void ignore(Template.Resource r) {
    ignored.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r.logicalId());
  }

  /** A warning that something was read but is not simulated, or had to be assumed. */
  void notSimulated(String path, String message, String fix) {
    problems.warning(path, TemplateRules.NOT_SIMULATED, message, fix);
  }

  /**
   * A warning that something is not simulated, said at its first place only: the same thing elsewhere in the
   * template would repeat it without telling more.
   */
  void notSimulatedOnce(String what, String path, String message, String fix) {
    if (saidOnce.add(what)) {
      notSimulated(path, message + " (said once: the template's other places with it are not listed)", fix);
    }
  }

  /** The logical id of the resource a reference value designates, when it is of the type. */
  Optional<Template.Resource> owner(String value, String type) {
    return ids.owner(value).filter(r -> r.type().equals(type));
  }
}
