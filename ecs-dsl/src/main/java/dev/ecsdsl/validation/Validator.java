package dev.ecsdsl.validation;

import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a description against ECS's rules and returns every problem at once. Entry points: a whole
 * {@link Environment} (every part and every reference between parts), a task definition on its own (what
 * RegisterTaskDefinition checks), a service on its own or with its task definition (what CreateService
 * checks).
 */
public final class Validator {
  private Validator() {}

  /** Validates a whole environment. */
  public static ValidationResult validate(Environment environment) {
    List<Problem> problems = new ArrayList<>();
    return new ValidationResult(problems);
  }

  /** Validates a task definition as RegisterTaskDefinition would. */
  public static ValidationResult validate(TaskDefinition taskDefinition) {
    List<Problem> problems = new ArrayList<>();
    return new ValidationResult(problems);
  }

  /** Validates a service on its own, as CreateService would without knowing the rest of the account. */
  public static ValidationResult validate(Service service) {
    List<Problem> problems = new ArrayList<>();
    return new ValidationResult(problems);
  }

  /** Validates a service together with the task definition it runs. */
  public static ValidationResult validate(Service service, TaskDefinition taskDefinition) {
    List<Problem> problems = new ArrayList<>();
    return new ValidationResult(problems);
  }
}
