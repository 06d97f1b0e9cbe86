package dev.ecsdsl.cli;

import dev.ecsdsl.json.JsonCheck;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.ValidationResult;
import dev.ecsdsl.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A service file: checked as CreateService checks it, together with its task definition when a file of the
 * run holds that. The problems the pair has in the task definition are located in the task definition's
 * file; those its file has on its own already are not repeated.
 */
final class ServiceDocument implements Document {
  private final InputFile file;
  private final JsonCheck<Service> read;

  ServiceDocument(InputFile file, JsonCheck<Service> read) {
    this.file = file;
    this.read = read;
  }

  @Override
  public String describe() {
    return read.value().map(s -> read.isStandIn("serviceName")
        ? "service (serviceName from --service-name)" : "service " + s.serviceName()).orElse("not read");
  }

  @Override
  public ValidationResult reading() {
    return EcsJsonInput.withEncoding(file, read.problems());
  }

  @Override
  public Findings check(TaskDefinitions others) {
    if (read.value().isEmpty()) {
      return Findings.NONE;
    }
    Service service = read.value().get();
    Optional<TaskDefinitions.Offer> td = read.isStandIn("taskDefinition") ? Optional.empty()
        : others.find(service.taskDefinition());
    ValidationResult result = td.map(o -> Validator.validate(service, o.value()))
        .orElseGet(() -> Validator.validate(service));
    List<Problem> problems = result.problems();
    List<Integer> ownIndexes = new ArrayList<>();
    List<Integer> pairIndexes = new ArrayList<>();
    List<Problem> pair = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      Optional<Problem> inTaskDefinition = td.isPresent() ? taskDefinitionPart(problems.get(i)) : Optional.empty();
      if (inTaskDefinition.isEmpty()) {
        ownIndexes.add(i);
      } else if (!reportedAlone(inTaskDefinition.get(), td.get().problems())) {
        pairIndexes.add(i);
        pair.add(inTaskDefinition.get());
      }
    }
    List<Problem> own = read.locate(ownIndexes.stream().map(problems::get).toList());
    List<Problem> pairLocated = pair.isEmpty() ? List.of() : td.get().locator().apply(pair);
    Finding[] ordered = new Finding[problems.size()];
    for (int k = 0; k < ownIndexes.size(); k++) {
      ordered[ownIndexes.get(k)] = new Finding(file.given(), own.get(k));
    }
    for (int k = 0; k < pairIndexes.size(); k++) {
      Problem original = problems.get(pairIndexes.get(k));
      Problem located = pairLocated.get(k).location().map(original::at).orElse(original);
      ordered[pairIndexes.get(k)] = new Finding(td.get().file(), located);
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding f : ordered) {
      if (f != null) {
        findings.add(f);
      }
    }
    return new Findings(findings, result.omittedErrors(), result.omittedWarnings());
  }

  /** The problem re-rooted at its task definition, when it lies in the task definition the service runs. */
  private static Optional<Problem> taskDefinitionPart(Problem p) {
    List<String> segments = p.path().segments();
    if (segments.size() < 2 || !segments.get(1).startsWith("task definition ")) {
      return Optional.empty();
    }
    ProblemPath path = ProblemPath.of(segments.subList(1, segments.size()).toArray(String[]::new));
    return Optional.of(new Problem(p.severity(), path, p.rule(), p.message(), p.fix(), p.location()));
  }

  /** Whether the task definition's file reports the same problem on its own (its label aside). */
  private static boolean reportedAlone(Problem p, List<Problem> alone) {
    List<String> tail = p.path().segments().subList(1, p.path().segments().size());
    return alone.stream().anyMatch(a -> a.rule().equals(p.rule()) && a.message().equals(p.message())
        && a.path().segments().size() == tail.size() + 1
        && a.path().segments().subList(1, a.path().segments().size()).equals(tail));
  }
}
