package dev.ecsdsl.cli;

import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.ProblemPath;
import dev.ecsdsl.validation.Rule;
import dev.ecsdsl.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Rules about a file as a whole, before its content is read: it can be read, and it is text the AWS CLI reads
 * (UTF-8). Each file that breaks one is an error of that file alone; the other files are still checked.
 */
public final class FileRules {
  private static final String PARAMETER_FILES =
      "https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-file.html";

  /** Error: the file does not exist, is a directory, may not be read, or is a symbolic link loop. */
  public static final String UNREADABLE = "file-unreadable";
  /** Error: the file is not UTF-8 (an invalid byte, or UTF-16 or UTF-32). */
  public static final String ENCODING = "file-encoding";
  /** Error: ecs-dsl failed on the file (a bug); the run ends with exit code 3. */
  public static final String INTERNAL = "internal-error";

  private static final List<Rule> ALL = List.of(
      new Rule(UNREADABLE, Severity.ERROR, "Every file given can be read", PARAMETER_FILES),
      new Rule(ENCODING, Severity.ERROR,
          "Files are UTF-8, as the AWS CLI reads them on Linux and macOS (not UTF-16, as Windows PowerShell 5 writes)",
          PARAMETER_FILES));

  private FileRules() {}

  /** {@return the rules about files, with their severity, description and documentation page} */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * {@return the rule of that id, if it is a rule about files}
   *
   * @param id the rule's id, such as {@code file-encoding}
   */
  public static Optional<Rule> find(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  static Problem unreadable(String why, String fix) {
    return Problem.error(ProblemPath.root(), UNREADABLE, why, fix);
  }

  static Problem encoding(String why, String fix) {
    return Problem.error(ProblemPath.root(), ENCODING, why, fix);
  }

  static Problem internal(Throwable e) {
    return Problem.error(ProblemPath.root(), INTERNAL,
        "ecs-dsl failed on this file: " + e.getClass().getName() + ": " + e.getMessage(),
        "this is a bug in ecs-dsl; please report it with the file");
  }
}
