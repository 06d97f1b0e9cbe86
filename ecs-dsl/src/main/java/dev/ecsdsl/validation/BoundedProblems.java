package dev.ecsdsl.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems in the order found, keeping at most a fixed number of them and counting the rest by
 * severity, so that a hostile or huge input cannot make a run hold (or print) more than that. Not
 * thread-safe; one per run.
 */
public final class BoundedProblems {
  /** How many problems a run keeps unless told otherwise. */
  public static final int DEFAULT_LIMIT = 10_000;

  private final int limit;
  private final List<Problem> kept = new ArrayList<>();
  private long omittedErrors;
  private long omittedWarnings;

  /**
   * A collector that keeps the first {@code limit} problems.
   *
   * @param limit how many problems to keep, at least 1
   */
  public BoundedProblems(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    this.limit = limit;
  }

  /** A collector that keeps the first {@link #DEFAULT_LIMIT} problems. */
  public BoundedProblems() {
    this(DEFAULT_LIMIT);
  }

  /**
   * Keeps the problem, or counts it when the limit is reached.
   *
   * @param problem the problem
   * @return its index among the kept problems, or -1 when it was only counted
   */
  public int add(Problem problem) {
    if (kept.size() < limit) {
      kept.add(problem);
      return kept.size() - 1;
    }
    if (problem.isError()) {
      omittedErrors++;
    } else {
      omittedWarnings++;
    }
    return -1;
  }

  /**
   * Keeps the problem made by {@code problem}, or only counts it, without making it, when the limit is
   * reached: for problems that cost something to word (a did-you-mean search), found by the hundred thousand
   * in a hostile file.
   *
   * @param severity the problem's severity
   * @param problem makes the problem
   * @return its index among the kept problems, or -1 when it was only counted
   */
  public int add(Severity severity, java.util.function.Supplier<Problem> problem) {
    if (kept.size() < limit) {
      return add(problem.get());
    }
    if (severity == Severity.ERROR) {
      omittedErrors++;
    } else {
      omittedWarnings++;
    }
    return -1;
  }

  /**
   * Adds every problem of a list.
   *
   * @param problems the problems, in order
   */
  public void addAll(List<Problem> problems) {
    problems.forEach(this::add);
  }

  /**
   * {@return a kept problem}
   *
   * @param index its index, as {@link #add} returned it
   */
  public Problem get(int index) {
    return kept.get(index);
  }

  /**
   * Replaces a kept problem (e.g. with a corrected message).
   *
   * @param index its index, as {@link #add} returned it
   * @param problem the replacement
   */
  public void set(int index, Problem problem) {
    kept.set(index, problem);
  }

  /** {@return whether any problem found so far, kept or counted, is an error} */
  public boolean hasErrors() {
    return omittedErrors > 0 || kept.stream().anyMatch(Problem::isError);
  }

  /** {@return the problems so far: the kept ones and the counts of the others} */
  public ValidationResult result() {
    return new ValidationResult(kept, omittedErrors, omittedWarnings);
  }
}
