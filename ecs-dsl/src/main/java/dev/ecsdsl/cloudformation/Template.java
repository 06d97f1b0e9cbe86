package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.validation.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template's sections as CloudFormation reads them: parameters, mappings, conditions, resources (type,
 * properties, condition, DependsOn, metadata) and the template's metadata. Built by {@link #of}, which reports
 * every structural problem at once; intrinsic functions are left for {@link Intrinsics}.
 */
final class Template {
  /** One resource of the template. */
  record Resource(String logicalId, String type, ObjectNode properties, Optional<String> condition,
      List<String> dependsOn, JsonNode metadata) {

    /** {@return {@code Resources.Id.Properties}, the path of the properties} */
    String propertiesPath() {
      return "Resources." + logicalId + ".Properties";
    }

    /** {@return {@code Resources.Id.Properties.Name}} */
    String path(String property) {
      return propertiesPath() + "." + property;
    }
  }

  private static final ObjectNode EMPTY = JsonNodeFactory.instance.objectNode();
  private static final List<String> SECTIONS = List.of("AWSTemplateFormatVersion", "Description", "Metadata",
      "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs", "Hooks");
  private static final List<String> RESOURCE_MEMBERS = List.of("Type", "Properties", "Condition", "DependsOn",
      "Metadata", "DeletionPolicy", "UpdateReplacePolicy", "UpdatePolicy", "CreationPolicy", "Version");

  final String sourceName;
  final SourceMap sources;
  final ObjectNode parameters;
  final ObjectNode mappings;
  final ObjectNode conditions;
  final ObjectNode metadata;
  final Map<String, Resource> resources;
  final JsonNode transform;

  private Template(String sourceName, SourceMap sources, ObjectNode root, Map<String, Resource> resources) {
    this.sourceName = sourceName;
    this.sources = sources;
    this.parameters = object(root.get("Parameters"));
    this.mappings = object(root.get("Mappings"));
    this.conditions = object(root.get("Conditions"));
    this.metadata = object(root.get("Metadata"));
    this.transform = root.get("Transform");
    this.resources = resources;
  }

  /** Whether a JSON document is a CloudFormation template: an object with {@code Resources} or a format version. */
  static boolean looksLikeTemplate(JsonNode root) {
    return root != null && root.isObject() && (root.has("Resources") || root.has("AWSTemplateFormatVersion"));
  }

  /** Reads the sections; throws {@link CloudFormationException} listing every structural problem. */
  static Template of(String sourceName, TemplateText.Parsed parsed) {
    JsonNode root = parsed.root();
    SourceMap sources = parsed.sources();
    Problems problems = new Problems(sources);
    if (!root.isObject()) {
      problems.error("", TemplateRules.NOT_A_TEMPLATE, "not a CloudFormation template: the document is "
          + describe(root) + ", not an object with Resources", "give a template: an object with a Resources section");
      throw problems.exception(sourceName);
    }
    if (!root.has("Resources")) {
      String what = root.has("containerDefinitions") || root.has("family")
          ? "it looks like an ECS task definition (read it with EcsJson or 'bin/ecs-dsl validate')"
          : root.has("serviceName") ? "it looks like an ECS service (read it with EcsJson or 'bin/ecs-dsl validate')"
          : "it has no Resources section";
      problems.error("", TemplateRules.NOT_A_TEMPLATE, "not a CloudFormation template: " + what,
          "give a template with AWSTemplateFormatVersion and a Resources section");
      throw problems.exception(sourceName);
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String section = it.next();
      if (!SECTIONS.contains(section)) {
        problems.error(section, TemplateRules.MALFORMED, "unknown template section '" + section + "'",
            "remove it; the sections are " + String.join(", ", SECTIONS));
      }
    }
    for (String section : List.of("Parameters", "Mappings", "Conditions", "Metadata")) {
      JsonNode value = root.get(section);
      if (value != null && !value.isObject()) {
        problems.error(section, TemplateRules.MALFORMED, section + " must be an object, not " + describe(value),
            "write " + section + " as a mapping of logical ids");
      }
    }
    Map<String, Resource> resources = new LinkedHashMap<>();
    JsonNode section = root.get("Resources");
    if (!section.isObject() || section.isEmpty()) {
      problems.error("Resources", TemplateRules.MALFORMED, "Resources must be an object with at least one resource",
          "declare the stack's resources under Resources");
    } else {
      section.fields().forEachRemaining(e -> resource(e.getKey(), e.getValue(), problems)
          .ifPresent(r -> resources.put(r.logicalId(), r)));
    }
    if (problems.hasErrors()) {
      throw problems.exception(sourceName);
    }
    return new Template(sourceName, sources, (ObjectNode) root, resources);
  }

  private static Optional<Resource> resource(String id, JsonNode node, Problems problems) {
    String path = "Resources." + id;
    if (!id.matches("[A-Za-z0-9]+")) {
      problems.error(path, TemplateRules.MALFORMED, "logical id '" + id + "' must be alphanumeric (A-Za-z0-9)",
          "rename the resource");
    }
    if (!node.isObject()) {
      problems.error(path, TemplateRules.MALFORMED, "resource " + id + " must be an object, not " + describe(node),
          "give it a Type and Properties");
      return Optional.empty();
    }
    node.fieldNames().forEachRemaining(member -> {
      if (!RESOURCE_MEMBERS.contains(member)) {
        problems.error(path + "." + member, TemplateRules.MALFORMED, "resource " + id + " has an unknown attribute '"
            + member + "'", "remove it; a resource has " + String.join(", ", RESOURCE_MEMBERS));
      }
    });
    JsonNode type = node.get("Type");
    if (type == null || !type.isTextual() || type.asText().isBlank()) {
      problems.error(path + ".Type", TemplateRules.MALFORMED, "resource " + id + " has no Type",
          "add Type, e.g. AWS::ECS::Service");
      return Optional.empty();
    }
    JsonNode properties = node.get("Properties");
    if (properties != null && !properties.isObject() && !properties.isNull()) {
      problems.error(path + ".Properties", TemplateRules.MALFORMED, "Properties of " + id + " must be an object",
          "write the properties as a mapping");
      return Optional.empty();
    }
    JsonNode condition = node.get("Condition");
    if (condition != null && !condition.isTextual()) {
      problems.error(path + ".Condition", TemplateRules.MALFORMED, "Condition of " + id + " must name a condition",
          "write the condition's logical id");
    }
    List<String> dependsOn = new ArrayList<>();
    JsonNode depends = node.get("DependsOn");
    if (depends != null) {
      if (depends.isTextual()) {
        dependsOn.add(depends.asText());
      } else if (depends.isArray()) {
        depends.forEach(d -> dependsOn.add(d.asText()));
      } else {
        problems.error(path + ".DependsOn", TemplateRules.MALFORMED, "DependsOn of " + id
            + " must be a logical id or a list of them", "write DependsOn: [OtherResource]");
      }
    }
    return Optional.of(new Resource(id, type.asText(), properties instanceof ObjectNode o ? o : EMPTY,
        condition != null && condition.isTextual() ? Optional.of(condition.asText()) : Optional.empty(),
        List.copyOf(dependsOn), node.get("Metadata") == null ? EMPTY : node.get("Metadata")));
  }

  /** The resource of that logical id. */
  Optional<Resource> resource(String logicalId) {
    return Optional.ofNullable(resources.get(logicalId));
  }

  /** Every resource of a type, in template order. */
  List<Resource> resourcesOfType(String type) {
    return resources.values().stream().filter(r -> r.type().equals(type)).toList();
  }

  /** How a message names a JSON value's kind. */
  static String describe(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "the text '" + node.asText() + "'";
    }
    return node.isBoolean() ? node.asText() : "the number " + node.asText();
  }

  private static ObjectNode object(JsonNode node) {
    return node instanceof ObjectNode o ? o : EMPTY;
  }

  /** Problems collected while reading, each placed with the source map. */
  static final class Problems {
    private final SourceMap sources;
    private final List<Problem> list = new ArrayList<>();

    Problems(SourceMap sources) {
      this.sources = sources;
    }

    void error(String path, String rule, String message, String fix) {
      list.add(located(Problem.error(at(path), rule, message, fix), path));
    }

    void warning(String path, String rule, String message, String fix) {
      list.add(located(Problem.warning(at(path), rule, message, fix), path));
    }

    /** The problem at the line and column of the path's value (or its nearest enclosing value's), when known. */
    private Problem located(Problem problem, String path) {
      return sources.location(path).map(problem::at).orElse(problem);
    }

    void add(TemplateError e) {
      if (e.isWarning()) {
        warning(e.path(), e.rule(), e.getMessage(), e.fix());
      } else {
        error(e.path(), e.rule(), e.getMessage(), e.fix());
      }
    }

    void addAll(List<Problem> problems) {
      list.addAll(problems);
    }

    boolean hasErrors() {
      return list.stream().anyMatch(Problem::isError);
    }

    List<Problem> warnings() {
      return list.stream().filter(p -> !p.isError()).toList();
    }

    List<Problem> all() {
      return List.copyOf(list);
    }

    CloudFormationException exception(String sourceName) {
      return new CloudFormationException(sourceName, list);
    }

    private static dev.ecsdsl.validation.ProblemPath at(String path) {
      return path.isEmpty() ? dev.ecsdsl.validation.ProblemPath.root() : dev.ecsdsl.validation.ProblemPath.of(path);
    }
  }
}
