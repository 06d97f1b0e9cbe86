package dev.ecsdsl.validation;

/**
 * Collects the problems of one validation run, in the order found, keeping at most
 * {@link BoundedProblems#DEFAULT_LIMIT}. Not thread-safe; one per run.
 */
final class Findings {
  private final BoundedProblems problems = new BoundedProblems();

  /** Records a breach of {@code rule} at {@code path}. */
  void add(Rule rule, ProblemPath path, String message, String fix) {
    problems.add(rule.problem(path, message, fix));
  }

  /** Every problem so far, kept or counted. */
  ValidationResult result() {
    return problems.result();
  }
}
