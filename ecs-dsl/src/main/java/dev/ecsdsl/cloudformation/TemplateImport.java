package dev.ecsdsl.cloudformation;

import dev.ecsdsl.model.Environment;
import dev.ecsdsl.validation.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A template read into the model: the environment (not yet validated: {@code Validator.validate} it, or
 * deploy it, which does), the warnings about what was dropped or assumed, each with its template path, and the
 * resources that do not matter to ECS, by type, listed once rather than reported one by one.
 *
 * @param environment the environment the template describes
 * @param warnings every warning, in template order
 * @param ignoredResources logical ids of the resources left out, by resource type, in template order
 */
public record TemplateImport(Environment environment, List<Problem> warnings,
    Map<String, List<String>> ignoredResources) {

  /**
   * Copies the lists; nothing may be null.
   *
   * @param environment the environment the template describes
   * @param warnings every warning, in template order
   * @param ignoredResources logical ids of the resources left out, by resource type
   */
  public TemplateImport {
    Objects.requireNonNull(environment, "environment");
    warnings = List.copyOf(warnings);
    ignoredResources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ignoredResources));
  }

  /** {@return one line naming the ignored resources by type, e.g. {@code ignored (not ECS): 4 AWS::EC2::Route, ...}} */
  public String ignoredSummary() {
    if (ignoredResources.isEmpty()) {
      return "ignored (not ECS): none";
    }
    StringBuilder sb = new StringBuilder("ignored (not ECS): ");
    String separator = "";
    for (Map.Entry<String, List<String>> e : ignoredResources.entrySet()) {
      sb.append(separator).append(e.getValue().size()).append(' ').append(e.getKey());
      separator = ", ";
    }
    return sb.toString();
  }
}
