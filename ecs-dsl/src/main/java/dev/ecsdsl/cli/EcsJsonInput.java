package dev.ecsdsl.cli;

import dev.ecsdsl.json.EcsJson;
import dev.ecsdsl.json.JsonCheck;
import dev.ecsdsl.json.JsonRules;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.BoundedProblems;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.SourceLocation;
import dev.ecsdsl.validation.ValidationResult;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * ECS JSON, the kind that takes every file no other kind takes: a task definition
 * ({@code register-task-definition --cli-input-json} input or {@code describe-task-definition} output) or a
 * service ({@code create-service --cli-input-json} input or {@code describe-services} output), told apart by
 * their members; anything else is an error of the file.
 */
final class EcsJsonInput implements InputKind {
  private static final Set<String> UNUSABLE = Set.of(JsonRules.SYNTAX, JsonRules.DUPLICATE_MEMBER,
      JsonRules.WRONG_DOCUMENT);

  @Override
  public boolean accepts(InputFile file) {
    return true;
  }

  @Override
  public Document read(InputFile file, ReadContext context) throws IOException {
    switch (EcsJson.detect(file.content())) {
      case TASK_DEFINITION:
        return new TaskDefinitionDocument(file, EcsJson.checkTaskDefinition(file.content(), context.keepProblems()));
      case SERVICE:
        return new ServiceDocument(file,
            EcsJson.checkService(file.content(), context.commandLine(), context.keepProblems()));
      case UNKNOWN:
      default:
        return unknown(file, EcsJson.checkTaskDefinition(file.content(), context.keepProblems()));
    }
  }

  /** A file that is no task definition or service: its syntax problems, else that it is neither. */
  private static Document unknown(InputFile file, JsonCheck<TaskDefinition> asTaskDefinition) {
    List<Problem> unusable = asTaskDefinition.problems().problems().stream()
        .filter(p -> UNUSABLE.contains(p.rule())).toList();
    List<Problem> problems = !unusable.isEmpty() ? unusable : List.of(Problem.error(ProblemPath.root(),
        JsonRules.UNKNOWN_DOCUMENT,
        "neither a task definition (no 'family' or 'containerDefinitions') nor a service (no 'serviceName' or"
            + " 'taskDefinition')",
        "give the JSON that 'aws ecs register-task-definition --cli-input-json' or "
            + "'aws ecs create-service --cli-input-json' takes").at(new SourceLocation(1, 1)));
    ValidationResult reading = withEncoding(file, new ValidationResult(problems));
    return new Document() {
      @Override
      public String describe() {
        return "not read";
      }

      @Override
      public ValidationResult reading() {
        return reading;
      }

      @Override
      public Findings check(TaskDefinitions others) {
        return Findings.NONE;
      }
    };
  }

  /** The problems of reading, after the file's encoding problem if it has one. */
  static ValidationResult withEncoding(InputFile file, ValidationResult reading) {
    if (file.encoding().isEmpty()) {
      return reading;
    }
    BoundedProblems all = new BoundedProblems(Math.max(1, reading.problems().size() + 1));
    all.add(file.encoding().get());
    all.addAll(reading.problems());
    ValidationResult joined = all.result();
    return new ValidationResult(joined.problems(), reading.omittedErrors(), reading.omittedWarnings());
  }
}
