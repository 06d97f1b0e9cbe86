package dev.ecsdsl.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a description: where it is, which rule it breaks (a stable id such as
 * {@code fargate-requires-awsvpc}), what is wrong, and what would fix it.
 *
 * @param severity ERROR (ECS would reject it) or WARNING (ECS accepts it, but it is likely a mistake)
 * @param path where the problem lies
 * @param rule stable id of the rule: a validation rule of {@link RuleCatalogue}, or a {@code json-*} rule of
 *     {@link dev.ecsdsl.json.JsonRules} for problems found while reading ECS JSON
 * @param message what is wrong, with the offending values
 * @param fix what would make it right
 * @param location where in a source file it lies (line and column), when it was read from one
 */
public record Problem(Severity severity, ProblemPath path, String rule, String message, String fix,
    Optional<SourceLocation> location) {

  /**
   * Validates that nothing is null.
   *
   * @param severity ERROR or WARNING
   * @param path where the problem lies
   * @param rule stable id of the rule
   * @param message what is wrong, with the offending values
   * @param fix what would make it right
   * @param location where in a source file it lies, if known
   */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(location, "location");
  }

  /**
   * A problem without a source location.
   *
   * @param severity ERROR or WARNING
   * @param path where the problem lies
   * @param rule stable id of the rule
   * @param message what is wrong, with the offending values
   * @param fix what would make it right
   */
  public Problem(Severity severity, ProblemPath path, String rule, String message, String fix) {
    this(severity, path, rule, message, fix, Optional.empty());
  }

  /**
   * {@return an error}
   *
   * @param path where the problem lies
   * @param rule stable id of the rule
   * @param message what is wrong, with the offending values
   * @param fix what would make it right
   */
  public static Problem error(ProblemPath path, String rule, String message, String fix) {
    return new Problem(Severity.ERROR, path, rule, message, fix);
  }

  /**
   * {@return a warning}
   *
   * @param path where the problem lies
   * @param rule stable id of the rule
   * @param message what is wrong, with the offending values
   * @param fix what would make it right
   */
  public static Problem warning(ProblemPath path, String rule, String message, String fix) {
    return new Problem(Severity.WARNING, path, rule, message, fix);
  }

  /** {@return whether it is an error} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The same problem under a longer path (e.g. when a task definition is checked as part of a service).
   *
   * @param prefix the path of the enclosing part
   * @return the problem with {@code prefix} before its path
   */
  public Problem under(ProblemPath prefix) {
    ProblemPath p = prefix;
    for (String s : path.segments()) {
      p = p.then(s);
    }
    return new Problem(severity, p, rule, message, fix, location);
  }

  /**
   * The same problem at a place in a source file.
   *
   * @param at where in the file it lies
   * @return the problem with that location
   */
  public Problem at(SourceLocation at) {
    return new Problem(severity, path, rule, message, fix, Optional.of(at));
  }

  /**
   * One readable line block: {@code ERROR service web → container app → portMappings[0]: <message>
   * (line L, column C) [rule]}, then {@code fix: <fix>} on the next line.
   */
  @Override
  public String toString() {
    return severity + " " + path + ": " + message + location.map(l -> " (" + l + ")").orElse("") + " [" + rule
        + "]\n    fix: " + fix;
  }
}
