package dev.ecsdsl.json;

import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ValidationResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A document read for checking: every problem reading found (errors too, each with its line and column), and
 * the model value built from what could be read, so that ECS's rules can check it as well. A wrong member is
 * left out of the value, not the whole document: only a document that is not JSON, not the kind asked for,
 * too large, or missing a member the model cannot do without, has no value.
 *
 * @param <T> the model type ({@link dev.ecsdsl.model.TaskDefinition} or {@link dev.ecsdsl.model.Service})
 */
public final class JsonCheck<T> {
  private final Optional<T> value;
  private final ValidationResult problems;
  private final Set<String> standIns;
  private final SourceLocator locator;

  JsonCheck(Optional<T> value, ValidationResult problems, Set<String> standIns, SourceLocator locator) {
    this.value = Objects.requireNonNull(value, "value");
    this.problems = Objects.requireNonNull(problems, "problems");
    this.standIns = Set.copyOf(standIns);
    this.locator = locator;
  }

  /** {@return the model value of what could be read, when the document could be turned into one} */
  public Optional<T> value() {
    return value;
  }

  /** {@return the problems of reading, errors and warnings, in file order; beyond the limit only counted} */
  public ValidationResult problems() {
    return problems;
  }

  /**
   * Whether the value holds a stand-in for a member the file leaves out because the command line or ECS
   * supplies it: {@code serviceName} without {@code --service-name} (reported as a warning) and
   * {@code taskDefinition} of a service with the EXTERNAL deployment controller (which needs none). A
   * stand-in is a valid name that the rules can check around; it names nothing.
   *
   * @param member the member's name, e.g. {@code serviceName}
   * @return whether the value's member is a stand-in
   */
  public boolean isStandIn(String member) {
    return standIns.contains(member);
  }

  /**
   * The problems with the line and column in this document where each lies, for the problems of ECS's rules
   * about this document's value (paths such as {@code task definition web → container app → portMappings[1]}).
   * Problems that have a location already, or that lie elsewhere, are returned as they are. Reads the
   * document once more.
   *
   * @param problems problems of the rules, e.g. of {@link dev.ecsdsl.validation.Validator#validate(
   *     dev.ecsdsl.model.TaskDefinition)}
   * @return the same problems, located where possible, in the same order
   */
  public List<Problem> locate(List<Problem> problems) {
    return locator == null ? problems : locator.locate(problems);
  }
}
