package dev.ecsdsl.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown when a file cannot be read into the model: carries every problem found in it at once, errors first,
 * then warnings. The subclasses say which kind of file it was and word the message.
 *
 * @serial exclude
 */
public abstract class ProblemsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String sourceName;
  private final transient List<Problem> problems;

  /**
   * An exception about {@code sourceName}.
   *
   * @param sourceName the file name, or what the text was read from
   * @param problems the errors found, and the warnings
   * @param message the exception's message
   */
  protected ProblemsException(String sourceName, List<Problem> problems, String message) {
    super(message);
    this.sourceName = sourceName;
    List<Problem> ordered = new ArrayList<>(problems.stream().filter(Problem::isError).toList());
    problems.stream().filter(p -> !p.isError()).forEach(ordered::add);
    this.problems = List.copyOf(ordered);
  }

  /** {@return the name of the file or text that was read} */
  public String sourceName() {
    return sourceName;
  }

  /** {@return every problem, errors first, then warnings} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the errors only} */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }
}
