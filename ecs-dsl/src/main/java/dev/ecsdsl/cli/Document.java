package dev.ecsdsl.cli;

import dev.ecsdsl.validation.ValidationResult;
import java.util.List;

/**
 * What one file given to {@code validate} holds, once read: what it is, the problems of reading it, and the
 * problems of ECS's rules about its content. A service is checked with the task definition it runs when
 * another file of the run holds that.
 */
public interface Document {

  /** {@return what the file holds, for the report: {@code task definition web}, {@code service web}, ...} */
  String describe();

  /** {@return the problems of reading the file, each with its line and column where known} */
  ValidationResult reading();

  /**
   * Adds the task definition this file holds, if any, for the services of the run's files. Called for every
   * file before any is {@link #check checked}.
   *
   * @param into the run's task definitions
   */
  default void offer(TaskDefinitions into) {}

  /**
   * The problems of ECS's rules about the content (none when it could not be read), each tied to the file it
   * lies in and located there where possible.
   *
   * @param others the task definitions of the run's files, for a service's task definition
   * @return the rules' findings
   */
  Findings check(TaskDefinitions others);

  /**
   * The rules' problems of a file's content, kept up to a limit and counted beyond.
   *
   * @param findings the kept findings, in the order found
   * @param omittedErrors errors found beyond the kept ones
   * @param omittedWarnings warnings found beyond the kept ones
   */
  record Findings(List<Finding> findings, long omittedErrors, long omittedWarnings) {
    /** No findings. */
    public static final Findings NONE = new Findings(List.of(), 0, 0);

    /**
     * Copies the list.
     *
     * @param findings the kept findings, in the order found
     * @param omittedErrors errors found beyond the kept ones
     * @param omittedWarnings warnings found beyond the kept ones
     */
    public Findings {
      findings = List.copyOf(findings);
    }
  }
}
