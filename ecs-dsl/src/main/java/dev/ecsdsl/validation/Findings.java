package dev.ecsdsl.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one validation run, in the order found. Not thread-safe; one per run. */
final class Findings {
  private final List<Problem> problems = new ArrayList<>();

  /** Records a breach of {@code rule} at {@code path}. */
  void add(Rule rule, ProblemPath path, String message, String fix) {
    problems.add(rule.problem(path, message, fix));
  }

  /** Every problem so far. */
  List<Problem> problems() {
    return problems;
  }
}
