package dev.ecsdsl.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which resources each resource needs, from its {@code Ref}s, {@code Fn::GetAtt}s, {@code Fn::Sub} variables and
 * {@code DependsOn}, and the first circle among them: CloudFormation refuses a template with one ("Circular
 * dependency between resources"), and so does the reader, before it evaluates anything.
 */
final class DependencyGraph {
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}.]*)(\\.[^}]*)?}");

  private final Map<String, Set<String>> edges = new LinkedHashMap<>();

  private DependencyGraph() {}

  static DependencyGraph of(Template template) {
    DependencyGraph graph = new DependencyGraph();
    for (Template.Resource r : template.resources.values()) {
      Set<String> needs = new LinkedHashSet<>();
      collect(r.properties(), template, needs);
      for (String d : r.dependsOn()) {
        if (template.resources.containsKey(d)) {
          needs.add(d);
        }
      }
      graph.edges.put(r.logicalId(), needs);
    }
    return graph;
  }

  /** Every DependsOn that names no resource, as errors. */
  static List<TemplateError> unknownDependsOn(Template template) {
    List<TemplateError> errors = new ArrayList<>();
    for (Template.Resource r : template.resources.values()) {
      for (String d : r.dependsOn()) {
        if (!template.resources.containsKey(d)) {
          errors.add(new TemplateError("Resources." + r.logicalId() + ".DependsOn", TemplateRules.UNRESOLVED_REFERENCE,
              r.logicalId() + " depends on " + d + ", which the template does not declare",
              "remove it from DependsOn" + Suggest.among(d, template.resources.keySet().iterator())));
        }
      }
    }
    return errors;
  }

  private static void collect(JsonNode node, Template template, Set<String> needs) {
    if (node == null) {
      return;
    }
    if (node.isObject() && node.size() == 1) {
      String key = node.fieldNames().next();
      JsonNode value = node.get(key);
      if (key.equals("Ref") && value.isTextual() && template.resources.containsKey(value.asText())) {
        needs.add(value.asText());
      } else if (key.equals("Fn::GetAtt") && value.isArray() && value.size() > 0
          && template.resources.containsKey(value.get(0).asText())) {
        needs.add(value.get(0).asText());
      } else if (key.equals("Fn::Sub")) {
        JsonNode text = value.isArray() && value.size() > 0 ? value.get(0) : value;
        Set<String> local = new LinkedHashSet<>();
        if (value.isArray() && value.size() > 1 && value.get(1).isObject()) {
          value.get(1).fieldNames().forEachRemaining(local::add);
        }
        if (text.isTextual()) {
          Matcher m = SUB_VARIABLE.matcher(text.asText());
          while (m.find()) {
            String name = m.group(1).trim();
            if (!local.contains(name) && template.resources.containsKey(name)) {
              needs.add(name);
            }
          }
        }
      }
    }
    node.forEach(child -> collect(child, template, needs));
  }

  /** The first circle of resources, in dependency order, if there is one. */
  Optional<List<String>> cycle() {
    Map<String, Integer> state = new LinkedHashMap<>();
    for (String start : edges.keySet()) {
      List<String> stack = new ArrayList<>();
      Optional<List<String>> found = visit(start, state, stack);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<List<String>> visit(String node, Map<String, Integer> state, List<String> stack) {
    Integer s = state.get(node);
    if (s != null && s == 2) {
      return Optional.empty();
    }
    if (s != null && s == 1) {
      return Optional.of(List.copyOf(stack.subList(stack.indexOf(node), stack.size())));
    }
    state.put(node, 1);
    stack.add(node);
    for (String next : edges.getOrDefault(node, Set.of())) {
      Optional<List<String>> found = visit(next, state, stack);
      if (found.isPresent()) {
        return found;
      }
    }
    stack.remove(stack.size() - 1);
    state.put(node, 2);
    return Optional.empty();
  }
}
