package dev.ecsdsl.cloudformation;

import dev.ecsdsl.validation.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Thrown when a CloudFormation template cannot become an environment: it is not YAML or JSON, not a
 * template, or it holds something ecs-dsl cannot know or use. Lists every error found at once (then the
 * warnings), each with the template path ({@code Resources.WebService.Properties.LoadBalancers[0]}), the
 * line and column where the text has them, the rule ({@link TemplateRules}) and how to fix it or supply the
 * value. Nothing is returned half-made.
 *
 * @serial exclude
 */
public class CloudFormationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String sourceName;
  private final transient List<Problem> problems;

  /**
   * An exception about the template {@code sourceName}.
   *
   * @param sourceName the file name, or what the text was read from
   * @param problems the errors found, and the warnings
   */
  public CloudFormationException(String sourceName, List<Problem> problems) {
    super(render(sourceName, problems));
    this.sourceName = sourceName;
    List<Problem> ordered = new ArrayList<>(problems.stream().filter(Problem::isError).toList());
    problems.stream().filter(p -> !p.isError()).forEach(ordered::add);
    this.problems = List.copyOf(ordered);
  }

  /** {@return the name of the template that was read} */
  public String sourceName() {
    return sourceName;
  }

  /** {@return every problem, errors first, then warnings} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the errors only} */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  private static String render(String sourceName, List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    StringBuilder sb = new StringBuilder(sourceName).append(": cannot import the template: ").append(errors)
        .append(errors == 1 ? " error" : " errors");
    problems.stream().filter(Problem::isError)
        .forEach(p -> sb.append("\n  ").append(p.toString().replace("\n", "\n  ")));
    return sb.toString();
  }
}
