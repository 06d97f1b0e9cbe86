package dev.ecsdsl.validation;

import java.util.List;

/**
 * Thrown when a description breaks ECS's rules. Lists every error at once (and the warnings after them),
 * each with its path, rule and fix.
 */
public class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  /**
   * An exception about {@code subject} (e.g. {@code environment shop}) with the problems found.
   *
   * @param subject what was validated, e.g. {@code environment shop}
   * @param problems every problem found, errors and warnings
   */
  public ValidationException(String subject, List<Problem> problems) {
    super(render(subject, problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem, errors and warnings} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the errors only} */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  private static String render(String subject, List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    StringBuilder sb = new StringBuilder()
        .append(subject).append(" is not valid: ")
        .append(errors).append(errors == 1 ? " error" : " errors");
    long warnings = problems.size() - errors;
    if (warnings > 0) {
      sb.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    problems.stream().filter(Problem::isError).forEach(p -> sb.append("\n  ").append(p.toString().replace("\n", "\n  ")));
    problems.stream().filter(p -> !p.isError()).forEach(p -> sb.append("\n  ").append(p.toString().replace("\n", "\n  ")));
    return sb.toString();
  }
}
