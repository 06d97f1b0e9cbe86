package dev.ecsdsl.json;

import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemsException;
import java.util.List;

/**
 * Thrown when an ECS JSON file cannot be imported: it is not JSON, or it names unknown members, holds
 * values of the wrong type, or lacks required members. Lists every problem found in the file at once (the
 * errors, then the warnings found before giving up), each with its ECS path (e.g.
 * {@code containerDefinitions[0] → portMapping}), line and column, rule id ({@link JsonRules}) and fix.
 *
 * @serial exclude
 */
public class EcsJsonException extends ProblemsException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception about the file {@code sourceName} with the problems found in it.
   *
   * @param sourceName the file name, or what the text was read from
   * @param problems every error found, and the warnings
   */
  public EcsJsonException(String sourceName, List<Problem> problems) {
    super(sourceName, problems, render(sourceName, problems));
  }

  private static String render(String sourceName, List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    StringBuilder sb = new StringBuilder(sourceName).append(": cannot import: ")
        .append(errors).append(errors == 1 ? " error" : " errors");
    if (warnings > 0) {
      sb.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    problems.stream().filter(Problem::isError).forEach(p -> sb.append("\n  ").append(p.toString().replace("\n", "\n  ")));
    problems.stream().filter(p -> !p.isError()).forEach(p -> sb.append("\n  ").append(p.toString().replace("\n", "\n  ")));
    return sb.toString();
  }
}
