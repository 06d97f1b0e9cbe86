package dev.ecsdsl.validation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rule of the {@link RuleCatalogue}: a stable kebab-case id (e.g. {@code fargate-requires-awsvpc}), how
 * serious breaking it is, what it demands in one line, and the documentation page the rule comes from.
 *
 * @param id stable kebab-case id, the {@link Problem#rule()} of every problem it reports
 * @param severity ERROR where AWS rejects the description, WARNING where AWS accepts a likely mistake
 * @param description one line: what the rule demands
 * @param docUrl the AWS documentation page that states the rule
 */
public record Rule(String id, Severity severity, String description, String docUrl) {
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Validates the fields.
   *
   * @param id stable kebab-case id
   * @param severity ERROR or WARNING
   * @param description one line: what the rule demands
   * @param docUrl the AWS documentation page that states the rule
   */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(docUrl, "docUrl");
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must be kebab-case: " + id);
    }
    if (!docUrl.startsWith("https://")) {
      throw new IllegalArgumentException("rule " + id + " needs an https documentation URL: " + docUrl);
    }
  }

  /** A rule whose breach AWS rejects. */
  static Rule error(String id, String description, String docUrl) {
    return new Rule(id, Severity.ERROR, description, docUrl);
  }

  /** A rule whose breach AWS accepts but which is probably a mistake. */
  static Rule warning(String id, String description, String docUrl) {
    return new Rule(id, Severity.WARNING, description, docUrl);
  }

  /**
   * {@return a problem breaking this rule, with this rule's id and severity}
   *
   * @param path where the problem lies
   * @param message what is wrong, with the offending values
   * @param fix what would make it right
   */
  public Problem problem(ProblemPath path, String message, String fix) {
    return new Problem(severity, path, id, message, fix);
  }

  @Override
  public String toString() {
    return id + " (" + severity + "): " + description + " <" + docUrl + ">";
  }
}
