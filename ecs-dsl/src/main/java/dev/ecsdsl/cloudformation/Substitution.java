package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code Fn::Sub}: {@code ${Name}} is {@code Ref Name}, {@code ${Logical.Attribute}} is its {@code Fn::GetAtt},
 * a name of the variable map is its value, and {@code ${!Text}} is the literal {@code ${Text}}.
 */
final class Substitution {
  private Substitution() {}

  static JsonNode sub(Intrinsics intrinsics, JsonNode args, String path) {
    String source;
    Map<String, String> variables = new HashMap<>();
    if (args.isTextual()) {
      source = args.asText();
    } else {
      ArrayNode list = Intrinsics.list(args, 2, 2, path, "text, or [text, {Name: value}]");
      source = Intrinsics.text(list.get(0), path + "[0]");
      JsonNode map = list.get(1);
      if (!map.isObject()) {
        throw new TemplateError(path + "[1]", TemplateRules.MALFORMED, "the variables of Fn::Sub must be a mapping",
            "write [text, {Name: value}]");
      }
      map.fields().forEachRemaining(e -> variables.put(e.getKey(),
          Intrinsics.scalarText(intrinsics.evaluate(e.getValue(), path + "[1]." + e.getKey()))));
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      int start = source.indexOf("${", i);
      if (start < 0) {
        out.append(source, i, source.length());
        break;
      }
      out.append(source, i, start);
      int end = source.indexOf('}', start);
      if (end < 0) {
        throw new TemplateError(path, TemplateRules.MALFORMED, "Fn::Sub text has '${' without a closing '}'",
            "close the variable: ${Name}");
      }
      String name = source.substring(start + 2, end);
      if (name.startsWith("!")) {
        out.append("${").append(name.substring(1)).append('}');
      } else {
        out.append(value(intrinsics, name.trim(), variables, path));
      }
      i = end + 1;
    }
    return TextNode.valueOf(out.toString());
  }

  private static String value(Intrinsics intrinsics, String name, Map<String, String> variables, String path) {
    if (variables.containsKey(name)) {
      return variables.get(name);
    }
    int dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith("AWS::")) {
      return Intrinsics.scalarText(intrinsics.attribute(name.substring(0, dot), name.substring(dot + 1), path));
    }
    JsonNode value = intrinsics.ref(name, path);
    if (value != null && value.isArray()) {
      throw new TemplateError(path, TemplateRules.MALFORMED, "${" + name + "} is a list; Fn::Sub takes text only",
          "join it first: !Join [',', !Ref " + name + "]");
    }
    return Intrinsics.scalarText(value);
  }
}
