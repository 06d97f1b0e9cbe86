package dev.ecsdsl.validation;

import java.util.List;

/**
 * Every problem found in a description, errors and warnings apart. A run keeps at most
 * {@link BoundedProblems#DEFAULT_LIMIT} problems; the ones beyond are only counted
 * ({@link #omittedErrors()}, {@link #omittedWarnings()}).
 *
 * @param problems every problem kept, in the order found
 * @param omittedErrors errors found beyond the kept ones
 * @param omittedWarnings warnings found beyond the kept ones
 */
public record ValidationResult(List<Problem> problems, long omittedErrors, long omittedWarnings) {

  /**
   * Copies the list.
   *
   * @param problems every problem kept, in the order found
   * @param omittedErrors errors found beyond the kept ones
   * @param omittedWarnings warnings found beyond the kept ones
   */
  public ValidationResult {
    problems = List.copyOf(problems);
    if (omittedErrors < 0 || omittedWarnings < 0) {
      throw new IllegalArgumentException("omitted counts cannot be negative");
    }
  }

  /**
   * A result that holds every problem found.
   *
   * @param problems every problem, in the order found
   */
  public ValidationResult(List<Problem> problems) {
    this(problems, 0, 0);
  }

  /** {@return the errors kept: what ECS would reject} */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** {@return the warnings kept: what ECS accepts but is likely a mistake} */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** {@return how many errors were found, kept or omitted} */
  public long errorCount() {
    return problems.stream().filter(Problem::isError).count() + omittedErrors;
  }

  /** {@return how many warnings were found, kept or omitted} */
  public long warningCount() {
    return problems.stream().filter(p -> !p.isError()).count() + omittedWarnings;
  }

  /** {@return true when there is no error (warnings allowed)} */
  public boolean isValid() {
    return omittedErrors == 0 && problems.stream().noneMatch(Problem::isError);
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
