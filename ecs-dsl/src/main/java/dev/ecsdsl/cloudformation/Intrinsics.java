package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates CloudFormation's intrinsic functions offline: {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub},
 * {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::If}, {@code Fn::Equals}, {@code Fn::And},
 * {@code Fn::Or}, {@code Fn::Not}, {@code Fn::FindInMap}, {@code Fn::GetAZs}, {@code Fn::Base64},
 * {@code Fn::Cidr}, {@code Fn::Length}, {@code Fn::ToJsonString} and {@code Fn::ImportValue} (from the values
 * given), with conditions and {@code AWS::NoValue} (which removes the property or list element). Values
 * only AWS knows at deploy time throw a {@link TemplateError} that says how to supply them.
 */
final class Intrinsics {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> FUNCTIONS = Set.of("Ref", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::Select",
      "Fn::Split", "Fn::If", "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Fn::FindInMap", "Fn::GetAZs",
      "Fn::Base64", "Fn::Cidr", "Fn::ImportValue", "Fn::Length", "Fn::ToJsonString", "Fn::Transform", "Condition",
      "Fn::GetStackOutput");

  /** Ref and GetAtt of resources: what AWS would answer for them. */
  interface ResourceValues {
    /** The value of {@code Ref} to the resource. */
    JsonNode ref(Template.Resource resource, String path);

    /** The value of {@code Fn::GetAtt} of the resource's attribute. */
    JsonNode attribute(Template.Resource resource, String attribute, String path);
  }

  private final Template template;
  private final Parameters parameters;
  private final Pseudo pseudo;
  private final TemplateOptions options;
  private ResourceValues resources;
  private final Map<String, Boolean> conditionValues = new HashMap<>();
  private final Set<String> evaluatingConditions = new HashSet<>();

  Intrinsics(Template template, Parameters parameters, Pseudo pseudo, TemplateOptions options) {
    this.template = template;
    this.parameters = parameters;
    this.pseudo = pseudo;
    this.options = options;
  }

  void resourceValues(ResourceValues values) {
    this.resources = values;
  }

  Pseudo pseudo() {
    return pseudo;
  }

  /** Whether the value is an intrinsic function call (an object with exactly one function key). */
  static boolean isFunction(JsonNode node) {
    return node.isObject() && node.size() == 1 && FUNCTIONS.contains(node.fieldNames().next());
  }

  /** Whether a resource is created: it has no condition, or its condition is true. */
  boolean created(Template.Resource resource) {
    return resource.condition().map(c -> condition(c, "Resources." + resource.logicalId() + ".Condition"))
        .orElse(true);
  }

  /** The value of a named condition. */
  boolean condition(String name, String path) {
    Boolean known = conditionValues.get(name);
    if (known != null) {
      return known;
    }
    JsonNode definition = template.conditions.get(name);
    if (definition == null) {
      throw new TemplateError(path, TemplateRules.UNRESOLVED_REFERENCE, "condition '" + name + "' is not defined",
          "define it under Conditions" + Suggest.among(name, template.conditions.fieldNames()));
    }
    if (!evaluatingConditions.add(name)) {
      throw new TemplateError("Conditions." + name, TemplateRules.CIRCULAR_DEPENDENCY,
          "condition " + name + " depends on itself", "break the circle of conditions");
    }
    try {
      boolean value = bool(evaluate(definition, "Conditions." + name), "Conditions." + name);
      conditionValues.put(name, value);
      return value;
    } finally {
      evaluatingConditions.remove(name);
    }
  }

  /** The value with every function evaluated; null for {@code AWS::NoValue}. */
  JsonNode evaluate(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (isFunction(node)) {
      Map.Entry<String, JsonNode> call = node.fields().next();
      return call(call.getKey(), call.getValue(), SourceMap.child(path, call.getKey()));
    }
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode value = evaluate(e.getValue(), SourceMap.child(path, e.getKey()));
        if (value != null) {
          out.set(e.getKey(), value);
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = evaluate(node.get(i), SourceMap.element(path, i));
        if (value != null) {
          out.add(value);
        }
      }
      return out;
    }
    return node;
  }

  private JsonNode call(String function, JsonNode args, String path) {
    return switch (function) {
      case "Ref" -> ref(text(evaluate(args, path), path), path);
      case "Fn::GetAtt" -> getAtt(args, path);
      case "Fn::Sub" -> Substitution.sub(this, args, path);
      case "Fn::Join" -> join(args, path);
      case "Fn::Select" -> select(args, path);
      case "Fn::Split" -> split(args, path);
      case "Fn::If" -> ifThen(args, path);
      case "Fn::Equals" -> {
        ArrayNode list = list(args, 2, 2, path, "[value1, value2]");
        yield NODES.booleanNode(scalarText(evaluate(list.get(0), path + "[0]"))
            .equals(scalarText(evaluate(list.get(1), path + "[1]"))));
      }
      case "Fn::And", "Fn::Or" -> logic(function, args, path);
      case "Fn::Not" -> NODES.booleanNode(!bool(evaluate(list(args, 1, 1, path, "[condition]").get(0), path + "[0]"),
          path));
      case "Condition" -> NODES.booleanNode(condition(text(args, path), path));
      case "Fn::FindInMap" -> findInMap(args, path);
      case "Fn::GetAZs" -> getAzs(args, path);
      case "Fn::Base64" -> TextNode.valueOf(Base64.getEncoder()
          .encodeToString(text(evaluate(args, path), path).getBytes(StandardCharsets.UTF_8)));
      case "Fn::Cidr" -> CidrFunction.cidr(list(evaluate(args, path), 3, 3, path, "[ipBlock, count, cidrBits]"), path);
      case "Fn::ImportValue" -> importValue(args, path);
      case "Fn::Length" -> NODES.numberNode(list(evaluate(args, path), 0, Integer.MAX_VALUE, path, "[list]").size());
      case "Fn::ToJsonString" -> TextNode.valueOf(evaluate(args, path).toString());
      default -> throw new TemplateError(path, TemplateRules.UNKNOWABLE_VALUE, function
          + " runs when the stack deploys and cannot be evaluated offline",
          "replace it with its result in the template before reading it");
    };
  }

  /** {@code Ref}: a parameter, a pseudo parameter or a resource. */
  JsonNode ref(String name, String path) {
    if (name.startsWith("AWS::")) {
      return pseudo.value(name, path);
    }
    if (template.parameters.has(name)) {
      return parameters.value(name, path);
    }
    Template.Resource resource = template.resources.get(name);
    if (resource == null) {
      throw new TemplateError(path, TemplateRules.UNRESOLVED_REFERENCE, "Ref " + name
          + " names no parameter or resource of the template", "declare " + name + " under Parameters or Resources"
          + Suggest.among(name, template.resources.keySet().iterator()));
    }
    requireCreated(resource, path);
    return resources.ref(resource, path);
  }

  private JsonNode getAtt(JsonNode args, String path) {
    ArrayNode list = list(args, 2, 2, path, "[LogicalId, Attribute]");
    String id = text(list.get(0), path + "[0]");
    String attribute = text(evaluate(list.get(1), path + "[1]"), path + "[1]");
    return attribute(id, attribute, path);
  }

  /** {@code Fn::GetAtt} of a resource's attribute. */
  JsonNode attribute(String id, String attribute, String path) {
    Template.Resource resource = template.resources.get(id);
    if (resource == null) {
      throw new TemplateError(path, TemplateRules.UNRESOLVED_REFERENCE, "Fn::GetAtt names resource " + id
          + ", which the template does not declare", "declare it under Resources"
          + Suggest.among(id, template.resources.keySet().iterator()));
    }
    requireCreated(resource, path);
    return resources.attribute(resource, attribute, path);
  }

  private void requireCreated(Template.Resource resource, String path) {
    if (!created(resource)) {
      throw new TemplateError(path, TemplateRules.UNRESOLVED_REFERENCE, resource.logicalId()
          + " is not created: its condition " + resource.condition().orElse("") + " is false",
          "guard this reference with Fn::If on the same condition, or give the parameters that make it true");
    }
  }

  private JsonNode join(JsonNode args, String path) {
    ArrayNode list = list(args, 2, 2, path, "[delimiter, [values]]");
    String delimiter = text(list.get(0), path + "[0]");
    JsonNode values = evaluate(list.get(1), path + "[1]");
    StringBuilder sb = new StringBuilder();
    ArrayNode items = list(values, 0, Integer.MAX_VALUE, path + "[1]", "a list of values");
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : delimiter).append(scalarText(items.get(i)));
    }
    return TextNode.valueOf(sb.toString());
  }

  private JsonNode select(JsonNode args, String path) {
    ArrayNode list = list(args, 2, 2, path, "[index, [values]]");
    String indexText = scalarText(evaluate(list.get(0), path + "[0]"));
    ArrayNode values = list(evaluate(list.get(1), path + "[1]"), 0, Integer.MAX_VALUE, path + "[1]", "a list");
    int index;
    try {
      index = Integer.parseInt(indexText.trim());
    } catch (NumberFormatException e) {
      throw new TemplateError(path, TemplateRules.MALFORMED, "Fn::Select index '" + indexText + "' is not a number",
          "give the index as a whole number");
    }
    if (index < 0 || index >= values.size()) {
      throw new TemplateError(path, TemplateRules.MALFORMED, "Fn::Select index " + index + " is outside the list of "
          + values.size() + " values", "select an index from 0 to " + (values.size() - 1));
    }
    return values.get(index);
  }

  private JsonNode split(JsonNode args, String path) {
    ArrayNode list = list(args, 2, 2, path, "[delimiter, text]");
    String delimiter = text(list.get(0), path + "[0]");
    String source = text(evaluate(list.get(1), path + "[1]"), path + "[1]");
    ArrayNode out = NODES.arrayNode();
    if (delimiter.isEmpty()) {
      out.add(source);
      return out;
    }
    int from = 0;
    for (int at = source.indexOf(delimiter); at >= 0; at = source.indexOf(delimiter, from)) {
      out.add(source.substring(from, at));
      from = at + delimiter.length();
    }
    out.add(source.substring(from));
    return out;
  }

  private JsonNode ifThen(JsonNode args, String path) {
    ArrayNode list = list(args, 3, 3, path, "[condition, valueIfTrue, valueIfFalse]");
    boolean value = condition(text(list.get(0), path + "[0]"), path + "[0]");
    return value ? evaluate(list.get(1), path + "[1]") : evaluate(list.get(2), path + "[2]");
  }

  private JsonNode logic(String function, JsonNode args, String path) {
    ArrayNode list = list(args, 2, 10, path, "[condition, condition, ...]");
    boolean and = function.equals("Fn::And");
    for (int i = 0; i < list.size(); i++) {
      boolean value = bool(evaluate(list.get(i), path + "[" + i + "]"), path + "[" + i + "]");
      if (value != and) {
        return NODES.booleanNode(!and);
      }
    }
    return NODES.booleanNode(and);
  }

  private JsonNode findInMap(JsonNode args, String path) {
    ArrayNode list = list(args, 3, 4, path, "[MapName, TopLevelKey, SecondLevelKey]");
    String map = scalarText(evaluate(list.get(0), path + "[0]"));
    String top = scalarText(evaluate(list.get(1), path + "[1]"));
    String second = scalarText(evaluate(list.get(2), path + "[2]"));
    JsonNode mapping = template.mappings.get(map);
    if (mapping == null) {
      throw new TemplateError(path, TemplateRules.UNRESOLVED_REFERENCE, "Fn::FindInMap names mapping " + map
          + ", which the template does not declare", "declare it under Mappings"
          + Suggest.among(map, template.mappings.fieldNames()));
    }
    JsonNode value = mapping.path(top).get(second);
    if (value == null) {
      if (list.size() == 4) {
        return evaluate(list.get(3).path("DefaultValue"), path + "[3].DefaultValue");
      }
      throw new TemplateError(path, TemplateRules.UNRESOLVED_REFERENCE, "mapping " + map + " has no value for "
          + top + " / " + second, "add " + top + ": " + second + ": ... to Mappings." + map);
    }
    return value;
  }

  private JsonNode getAzs(JsonNode args, String path) {
    String region = scalarText(evaluate(args, path));
    String wanted = region.isEmpty() ? pseudo.region() : region;
    ArrayNode out = NODES.arrayNode();
    List<String> given = options.availabilityZones();
    if (!given.isEmpty() && wanted.equals(pseudo.region())) {
      given.forEach(out::add);
    } else {
      for (String suffix : List.of("a", "b", "c")) {
        out.add(wanted + suffix);
      }
    }
    return out;
  }

  private JsonNode importValue(JsonNode args, String path) {
    String name = scalarText(evaluate(args, path));
    String value = options.imports().get(name);
    if (value == null) {
      throw new TemplateError(path, TemplateRules.UNKNOWABLE_VALUE, "Fn::ImportValue " + name
          + " reads another stack's export, which cannot be known offline",
          "supply it: --import " + name + "=VALUE (TemplateOptions.withImport)");
    }
    return TextNode.valueOf(value);
  }

  /** The text of a scalar; lists are an error. */
  static String scalarText(JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    return node.toString();
  }

  static String text(JsonNode node, String path) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      throw new TemplateError(path, TemplateRules.MALFORMED, "expected text here, found " + Template.describe(node),
          "give a string");
    }
    return node.asText();
  }

  private static boolean bool(JsonNode node, String path) {
    if (node != null && node.isBoolean()) {
      return node.booleanValue();
    }
    if (node != null && node.isTextual() && (node.asText().equals("true") || node.asText().equals("false"))) {
      return node.asText().equals("true");
    }
    throw new TemplateError(path, TemplateRules.MALFORMED, "a condition must be true or false, found "
        + Template.describe(node), "use Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition here");
  }

  static ArrayNode list(JsonNode node, int min, int max, String path, String shape) {
    if (!(node instanceof ArrayNode list) || list.size() < min || list.size() > max) {
      String function = path.substring(path.lastIndexOf('.') + 1);
      throw new TemplateError(path, TemplateRules.MALFORMED, function + " takes " + shape + ", found "
          + Template.describe(node) + (node instanceof ArrayNode a ? " of " + a.size() : ""), "write " + function
          + ": " + shape);
    }
    return list;
  }
}
