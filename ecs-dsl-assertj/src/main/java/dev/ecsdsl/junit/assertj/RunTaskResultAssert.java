package dev.ecsdsl.junit.assertj;

import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.RunTaskResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on what RunTask returned: placed tasks, placement failures and their reasons, zone spread. */
public final class RunTaskResultAssert extends AbstractAssert<RunTaskResultAssert, RunTaskResponse> {

  RunTaskResultAssert(RunTaskResponse actual) {
    super(actual, RunTaskResultAssert.class);
  }

  /**
   * This many tasks were placed.
   *
   * @param expected the expected number of tasks
   * @return this assertion, for chaining
   */
  public RunTaskResultAssert placed(int expected) {
    isNotNull();
    if (actual.tasks().size() != expected) {
      failWithMessage("expected RunTask to place %d tasks, but it placed %d%s", expected, actual.tasks().size(),
          failures());
    }
    return this;
  }

  /**
   * Every task was placed.
   *
   * @return this assertion, for chaining
   */
  public RunTaskResultAssert hasNoFailures() {
    isNotNull();
    if (!actual.failures().isEmpty()) {
      failWithMessage("expected RunTask to place every task, but%s", failures());
    }
    return this;
  }

  /**
   * No task was placed, and a failure has ECS's reason {@code reason} (e.g. {@code RESOURCE:MEMORY}).
   *
   * @param reason the expected reason
   * @return this assertion, for chaining
   */
  public RunTaskResultAssert placementFailedWith(String reason) {
    isNotNull();
    if (!actual.tasks().isEmpty() || actual.failures().stream().noneMatch(f -> f.reason().equals(reason))) {
      failWithMessage("expected placement to fail with %s, but RunTask placed %d tasks%s", reason,
          actual.tasks().size(), failures());
    }
    return this;
  }

  /**
   * Asserts a partial placement: exactly {@code placed} tasks placed and the rest refused for {@code reason} (at
   * least one failure, and every failure has that reason), e.g. "2 placed, the rest RESOURCE:MEMORY".
   *
   * @param placed how many tasks RunTask placed
   * @param reason the reason every failure has, e.g. {@code RESOURCE:MEMORY}
   * @return this
   */
  public RunTaskResultAssert placedAndTheRestFailedWith(int placed, String reason) {
    isNotNull();
    if (actual.tasks().size() != placed || actual.failures().isEmpty()
        || actual.failures().stream().anyMatch(f -> !f.reason().equals(reason))) {
      failWithMessage("expected RunTask to place %d tasks and the rest to fail with %s, but it placed %d%s", placed,
          reason, actual.tasks().size(), failures());
    }
    return this;
  }

  /**
   * The readable explanation of a placement failure contains {@code text}.
   *
   * @param text the text the explanation must contain
   * @return this assertion, for chaining
   */
  public RunTaskResultAssert hasExplanationContaining(String text) {
    isNotNull();
    if (actual.explanations().stream().noneMatch(e -> e.contains(text))) {
      failWithMessage("expected a placement explanation containing \"%s\"%s", text, failures());
    }
    return this;
  }

  /**
   * The placed tasks spread evenly over their zones (no zone has more than one task more than another).
   *
   * @param zones the zones the tasks may run in
   * @return this assertion, for chaining
   */
  public RunTaskResultAssert tasksSpreadAcrossZones(List<String> zones) {
    isNotNull();
    Spread spread = Spread.of(actual.tasks(), t -> t.availabilityZone(), zones);
    if (!spread.isEven()) {
      failWithMessage("expected the %d placed tasks to spread evenly across zones, but they run %s",
          actual.tasks().size(), spread);
    }
    return this;
  }

  private String failures() {
    if (actual.failures().isEmpty()) {
      return " and reported no failures";
    }
    return "; failures: " + actual.failures().stream().map(RunTaskResultAssert::failure)
        .collect(Collectors.joining(", ")) + actual.explanations().stream().map(e -> "\n  " + e)
        .collect(Collectors.joining());
  }

  private static String failure(Failure f) {
    return f.reason() + f.detail().map(d -> " (" + d + ")").orElse("") + f.arn().map(a -> " " + a.substring(
        a.lastIndexOf('/') + 1)).orElse("");
  }
}
