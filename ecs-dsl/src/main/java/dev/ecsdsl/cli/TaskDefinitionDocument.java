package dev.ecsdsl.cli;

import dev.ecsdsl.json.JsonCheck;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ValidationResult;
import dev.ecsdsl.validation.Validator;
import java.util.List;

/** A task definition file: checked as RegisterTaskDefinition checks it, and offered to the run's services. */
final class TaskDefinitionDocument implements Document {
  private final InputFile file;
  private final JsonCheck<TaskDefinition> read;
  private Findings findings;

  TaskDefinitionDocument(InputFile file, JsonCheck<TaskDefinition> read) {
    this.file = file;
    this.read = read;
  }

  @Override
  public String describe() {
    return read.value().map(td -> "task definition " + td.family()).orElse("not read");
  }

  @Override
  public ValidationResult reading() {
    return EcsJsonInput.withEncoding(file, read.problems());
  }

  @Override
  public void offer(TaskDefinitions into) {
    read.value().ifPresent(td -> {
      ValidationResult result = Validator.validate(td);
      List<Problem> located = read.locate(result.problems());
      findings = new Findings(located.stream().map(p -> new Finding(file.given(), p)).toList(),
          result.omittedErrors(), result.omittedWarnings());
      into.add(new TaskDefinitions.Offer(td, file.given(), result.problems(), read::locate));
    });
  }

  @Override
  public Findings check(TaskDefinitions others) {
    return findings == null ? Findings.NONE : findings;
  }
}
