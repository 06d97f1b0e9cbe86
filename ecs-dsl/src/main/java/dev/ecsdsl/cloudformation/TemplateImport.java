package dev.ecsdsl.cloudformation;

import dev.ecsdsl.model.Environment;
import dev.ecsdsl.validation.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A template read into the model: the environment (not yet validated: {@code Validator.validate} it, or deploy
 * it, which does), the warnings about what was dropped or assumed, each with its template path and line, the
 * resources that do not matter to ECS, by type, listed once rather than reported one by one, and
 * {@link #locate}, which places the problems of ECS's rules about the environment in the template.
 */
public final class TemplateImport {
  private final Environment environment;
  private final List<Problem> warnings;
  private final Map<String, List<String>> ignoredResources;
  private final TemplateLocator locator;

  TemplateImport(Environment environment, List<Problem> warnings, Map<String, List<String>> ignoredResources,
      TemplateLocator locator) {
    this.environment = Objects.requireNonNull(environment, "environment");
    this.warnings = List.copyOf(warnings);
    this.ignoredResources = Collections.unmodifiableMap(new LinkedHashMap<>(ignoredResources));
    this.locator = Objects.requireNonNull(locator, "locator");
  }

  /** {@return the environment the template describes} */
  public Environment environment() {
    return environment;
  }

  /** {@return every warning, in template order} */
  public List<Problem> warnings() {
    return warnings;
  }

  /** {@return logical ids of the resources left out, by resource type, in template order} */
  public Map<String, List<String>> ignoredResources() {
    return ignoredResources;
  }

  /**
   * The problems with the line and column in the template where each lies, for the problems of ECS's rules
   * about {@link #environment()} (paths such as {@code service web → task definition web:1 → container app →
   * portMappings[0]}): at the property of the resource that made the part, as far as the template writes it,
   * else at the resource. Problems that have a location already, or whose part no resource made, are returned
   * as they are.
   *
   * @param problems problems of the rules, e.g. of {@code Validator.validate(environment())}
   * @return the same problems, located where possible, in the same order
   */
  public List<Problem> locate(List<Problem> problems) {
    return locator.locate(problems);
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
