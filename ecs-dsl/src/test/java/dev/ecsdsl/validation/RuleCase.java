package dev.ecsdsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;

/**
 * One rule test: a small description that breaks exactly one rule, and what the problem must say. As a test
 * it checks that the rule is reported with the catalogue's severity, at the expected path, with the key parts
 * of the message and a fix, and that nothing else is reported (apart from rules the case explicitly allows).
 *
 * <pre>{@code
 * RuleCase.rule("fargate-requires-awsvpc")
 *     .when(() -> Validator.validate(Fixtures.fargateTask().withNetworkMode(NetworkMode.BRIDGE)))
 *     .at("task definition web → networkMode")
 *     .saying("networkMode bridge", "awsvpc")
 * }</pre>
 */
final class RuleCase {
  final String rule;
  private String title = "";
  private Supplier<ValidationResult> given;
  private String path;
  private final List<String> parts = new ArrayList<>();
  private final Set<String> alsoAllowed = new HashSet<>();

  private RuleCase(String rule) {
    this.rule = rule;
  }

  /** A case for the rule of that id. */
  static RuleCase rule(String id) {
    return new RuleCase(id);
  }

  /** A short title of what is broken (shown in the test name). */
  RuleCase breaking(String title) {
    this.title = title;
    return this;
  }

  /** The validation that must report the rule. */
  RuleCase when(Supplier<ValidationResult> given) {
    this.given = given;
    return this;
  }

  /** The path the problem must have, as {@link ProblemPath#toString()} shows it. */
  RuleCase at(String path) {
    this.path = path;
    return this;
  }

  /** Parts the message must contain. */
  RuleCase saying(String... parts) {
    this.parts.addAll(List.of(parts));
    return this;
  }

  /** Other rules the description unavoidably breaks too. */
  RuleCase alsoAllowing(String... rules) {
    alsoAllowed.addAll(List.of(rules));
    return this;
  }

  /** Runs the validation. */
  ValidationResult run() {
    return given.get();
  }

  /** The case as a JUnit test. */
  DynamicTest toTest() {
    return DynamicTest.dynamicTest(rule + (title.isEmpty() ? "" : ": " + title), this::check);
  }

  void check() {
    Rule expected = RuleCatalogue.get(rule);
    ValidationResult result = run();
    List<Problem> ofRule = result.problems().stream().filter(p -> p.rule().equals(rule)).toList();
    assertThat(ofRule).as("problems of rule %s in %s", rule, result.problems()).isNotEmpty();
    List<Problem> atPath = ofRule.stream().filter(p -> p.path().toString().equals(path)).toList();
    assertThat(atPath).as("a %s problem at path '%s' among %s", rule, path, ofRule).isNotEmpty();
    Problem problem = atPath.get(0);
    assertThat(problem.severity()).isEqualTo(expected.severity());
    for (String part : parts) {
      assertThat(problem.message()).contains(part);
    }
    assertThat(problem.fix()).isNotBlank();
    Set<String> allowed = new HashSet<>(alsoAllowed);
    allowed.add(rule);
    assertThat(result.problems()).as("only %s should be broken", allowed)
        .allSatisfy(p -> assertThat(allowed).contains(p.rule()));
  }
}
