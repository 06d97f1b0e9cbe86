package dev.ecsdsl.cloudformation;

import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemsException;
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
public class CloudFormationException extends ProblemsException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception about the template {@code sourceName}.
   *
   * @param sourceName the file name, or what the text was read from
   * @param problems the errors found, and the warnings
   */
  public CloudFormationException(String sourceName, List<Problem> problems) {
    super(sourceName, problems, render(sourceName, problems));
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
