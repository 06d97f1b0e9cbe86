package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of a template's parameters: the value given ({@code --parameter K=V}), else the default.
 * {@code Ref} to a parameter is its text (CloudFormation converts it where a number is due); list types
 * ({@code List<...>}, {@code CommaDelimitedList}) are lists. A parameter of an SSM type
 * ({@code AWS::SSM::Parameter::Value<...>}) holds a Parameter Store path whose value only AWS knows, and a
 * parameter without default or value has none: using either is a {@link TemplateError} that says how to
 * supply the value. {@code AllowedValues} are checked.
 */
final class Parameters {
  private final Template template;
  private final TemplateOptions options;

  Parameters(Template template, TemplateOptions options) {
    this.template = template;
    this.options = options;
  }

  /** Problems with the values given: unknown names and values outside AllowedValues. */
  List<TemplateError> check() {
    List<TemplateError> errors = new ArrayList<>();
    for (String name : options.parameters().keySet()) {
      if (!template.parameters.has(name)) {
        errors.add(new TemplateError("Parameters", TemplateRules.UNRESOLVED_REFERENCE, "a value was given for "
            + "parameter " + name + ", which the template does not declare",
            "give values only for " + String.join(", ", names()) + Suggest.among(name, names().iterator())));
      }
    }
    template.parameters.fields().forEachRemaining(e -> {
      JsonNode allowed = e.getValue().get("AllowedValues");
      String value = options.parameters().get(e.getKey());
      if (allowed != null && allowed.isArray() && value != null) {
        boolean ok = false;
        for (JsonNode a : allowed) {
          ok |= a.asText().equals(value);
        }
        if (!ok) {
          errors.add(new TemplateError("Parameters." + e.getKey(), TemplateRules.INVALID_PROPERTY, "parameter "
              + e.getKey() + " does not allow the value '" + value + "'", "give one of " + allowed));
        }
      }
    });
    return errors;
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    template.parameters.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The parameter's declared type. */
  String type(String name) {
    return template.parameters.path(name).path("Type").asText("String");
  }

  /** Whether the parameter has a value: given, or a default that is not an SSM path. */
  boolean known(String name) {
    return options.parameters().containsKey(name)
        || !isSsm(type(name)) && template.parameters.path(name).has("Default");
  }

  /** The value of {@code Ref} to the parameter. */
  JsonNode value(String name, String path) {
    String type = type(name);
    String given = options.parameters().get(name);
    JsonNode declared = template.parameters.path(name);
    if (given == null && isSsm(type)) {
      String ssmPath = declared.path("Default").asText("");
      throw new TemplateError(path, TemplateRules.UNKNOWABLE_VALUE, "parameter " + name + " is of type " + type
          + ": its value is read from SSM Parameter Store" + (ssmPath.isEmpty() ? "" : " (" + ssmPath + ")")
          + " when the stack deploys", "supply the value: --parameter " + name + "=VALUE "
          + "(TemplateOptions.withParameter)");
    }
    if (given == null && !declared.has("Default")) {
      throw new TemplateError(path, TemplateRules.MISSING_PARAMETER, "parameter " + name
          + " has no Default and no value was given", "supply it: --parameter " + name + "=VALUE "
          + "(TemplateOptions.withParameter), or give it a Default");
    }
    String text = given != null ? given : Intrinsics.scalarText(declared.get("Default"));
    if (type.startsWith("List<") || type.equals("CommaDelimitedList")
        || type.startsWith("AWS::SSM::Parameter::Value<List<")) {
      ArrayNode list = JsonNodeFactory.instance.arrayNode();
      if (!text.isEmpty()) {
        for (String item : text.split(",", -1)) {
          list.add(item.trim());
        }
      }
      return list;
    }
    return TextNode.valueOf(text);
  }

  private static boolean isSsm(String type) {
    return type.startsWith("AWS::SSM::Parameter::Value<");
  }
}
