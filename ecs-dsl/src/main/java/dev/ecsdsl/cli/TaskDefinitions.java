package dev.ecsdsl.cli;

import dev.ecsdsl.model.Arns;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.validation.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The task definitions of a run's files, for checking each service with the one it runs: a service's
 * {@code taskDefinition} ({@code family}, {@code family:revision} or an ARN) names a family, and the last file
 * given of that family is the one.
 */
public final class TaskDefinitions {
  /**
   * A task definition of a file.
   *
   * @param value the task definition
   * @param file the file it was read from
   * @param problems the problems of the rules about it alone (a service's check repeats none of them)
   * @param locator locates problems of the rules about it in its file
   */
  public record Offer(TaskDefinition value, Path file, List<Problem> problems, UnaryOperator<List<Problem>> locator) {}

  private final List<Offer> offers = new ArrayList<>();

  /** No task definitions yet. */
  public TaskDefinitions() {}

  /**
   * Adds a file's task definition.
   *
   * @param offer the task definition, its file and problems
   */
  public void add(Offer offer) {
    offers.add(offer);
  }

  /**
   * {@return the task definition a service's reference names, if a file holds its family}
   *
   * @param reference {@code family}, {@code family:revision} or a task definition ARN
   */
  public Optional<Offer> find(String reference) {
    String name = Arns.name(reference);
    String family = name.contains(":") ? name.substring(0, name.lastIndexOf(':')) : name;
    Offer found = null;
    for (Offer o : offers) {
      if (o.value().family().equals(family)) {
        found = o;
      }
    }
    return Optional.ofNullable(found);
  }
}
