package dev.ecsdsl.validation;

import java.util.List;

/**
 * Every problem found in a description, errors and warnings apart.
 *
 * @param problems every problem, in the order found
 */
public record ValidationResult(List<Problem> problems) {

  /**
   * Copies the list.
   *
   * @param problems every problem, in the order found
   */
  public ValidationResult {
    problems = List.copyOf(problems);
  }

  /** {@return the errors: what ECS would reject} */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** {@return the warnings: what ECS accepts but is likely a mistake} */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** {@return true when there is no error (warnings allowed)} */
  public boolean isValid() {
    return problems.stream().noneMatch(Problem::isError);
  }

  /**
   * Throws a {@link ValidationException} listing every error when there is one.
   *
   * @param subject what was validated, named in the message, e.g. {@code environment shop}
   * @throws ValidationException when there is an error
   */
  public void throwIfInvalid(String subject) {
    if (!isValid()) {
      throw new ValidationException(subject, problems);
    }
  }
}
