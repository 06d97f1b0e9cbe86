package dev.ecsdsl.cli;

import dev.ecsdsl.cloudformation.TemplateImport;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.validation.BoundedProblems;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ValidationResult;
import dev.ecsdsl.validation.Validator;
import java.util.List;
import java.util.Optional;

/**
 * A CloudFormation template: the problems of reading it (what CloudFormation would refuse, what only AWS knows
 * when the stack deploys, what ecs-dsl does not simulate), each at its template path and line; and, when it could
 * be read, the problems of ECS's rules about the whole environment it describes, placed in the template at the
 * resource property that made each part.
 */
final class TemplateDocument implements Document {
  private final InputFile file;
  private final Optional<TemplateImport> read;
  private final ValidationResult reading;

  private TemplateDocument(InputFile file, Optional<TemplateImport> read, ValidationResult reading) {
    this.file = file;
    this.read = read;
    this.reading = reading;
  }

  /** A template that was read: its warnings. */
  static TemplateDocument read(InputFile file, TemplateImport template, ReadContext context) {
    return new TemplateDocument(file, Optional.of(template), bounded(template.warnings(), context));
  }

  /** A template that could not be read: its errors and warnings. */
  static TemplateDocument failed(InputFile file, List<Problem> problems, ReadContext context) {
    return new TemplateDocument(file, Optional.empty(), bounded(problems, context));
  }

  private static ValidationResult bounded(List<Problem> problems, ReadContext context) {
    BoundedProblems kept = new BoundedProblems(context.keepProblems());
    kept.addAll(problems);
    return kept.result();
  }

  @Override
  public String describe() {
    return read.map(t -> {
      Environment env = t.environment();
      return "CloudFormation template (stack " + env.name() + ": " + count(env.taskDefinitions().size(),
          "task definition") + ", " + count(env.services().size(), "service") + ")";
    }).orElse("CloudFormation template, not read");
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  @Override
  public ValidationResult reading() {
    return EcsJsonInput.withEncoding(file, reading);
  }

  @Override
  public Findings check(TaskDefinitions others) {
    if (read.isEmpty()) {
      return Findings.NONE;
    }
    ValidationResult result = Validator.validate(read.get().environment());
    List<Finding> findings = read.get().locate(result.problems()).stream()
        .map(p -> new Finding(file.given(), p)).toList();
    return new Findings(findings, result.omittedErrors(), result.omittedWarnings());
  }
}
