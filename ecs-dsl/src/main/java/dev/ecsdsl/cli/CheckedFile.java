package dev.ecsdsl.cli;

import dev.ecsdsl.validation.ValidationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The verdict on one file: what it holds, its problems (errors first, then warnings, each in the order found),
 * and how many there are in all, counting those beyond the ones kept.
 *
 * @param file the file as given on the command line
 * @param describe what it holds, e.g. {@code task definition web}, or {@code not read}
 * @param problems the problems kept
 * @param errors every error found
 * @param warnings every warning found
 * @param internalError whether ecs-dsl itself failed on the file
 */
record CheckedFile(Path file, String describe, List<Finding> problems, long errors, long warnings,
    boolean internalError) {

  /** The verdict from what reading found and what the rules found. */
  static CheckedFile of(Path file, Document document, Document.Findings rules) {
    ValidationResult reading = document.reading();
    List<Finding> all = new ArrayList<>();
    reading.problems().forEach(p -> all.add(new Finding(file, p)));
    all.addAll(rules.findings());
    all.sort(Comparator.comparing((Finding f) -> !f.problem().isError()));
    long errors = all.stream().filter(f -> f.problem().isError()).count() + reading.omittedErrors()
        + rules.omittedErrors();
    long warnings = all.size() - all.stream().filter(f -> f.problem().isError()).count()
        + reading.omittedWarnings() + rules.omittedWarnings();
    return new CheckedFile(file, document.describe(), List.copyOf(all), errors, warnings, false);
  }

  /** The same verdict, marked as one on which ecs-dsl itself failed. */
  CheckedFile withInternalError() {
    return new CheckedFile(file, describe, problems, errors, warnings, true);
  }

  /** Whether ECS would take it: no error. */
  boolean valid() {
    return errors == 0;
  }

  /** The problems a report lists: the first {@code max}. */
  List<Finding> listed(int max) {
    return problems.subList(0, Math.min(max, problems.size()));
  }

  /** How many problems a report listing {@code max} leaves out. */
  long notListed(int max) {
    return errors + warnings - listed(max).size();
  }
}
