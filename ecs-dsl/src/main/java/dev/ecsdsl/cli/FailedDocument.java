package dev.ecsdsl.cli;

import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ValidationResult;
import java.util.List;

/**
 * A file that could not be read, or on which ecs-dsl itself failed: its one problem says which.
 *
 * @param problem why it was not read
 * @param internalError whether ecs-dsl failed on it (a bug), which ends the run with exit code 3
 */
record FailedDocument(Problem problem, boolean internalError) implements Document {
  @Override
  public String describe() {
    return "not read";
  }

  @Override
  public ValidationResult reading() {
    return new ValidationResult(List.of(problem));
  }

  @Override
  public Findings check(TaskDefinitions others) {
    return Findings.NONE;
  }
}
