package dev.ecsdsl.junit.assertj;

import dev.ecsdsl.runtime.Container;
import dev.ecsdsl.runtime.HealthStatus;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one container of a task: exit code, status, health. */
public final class ContainerAssert extends AbstractAssert<ContainerAssert, Container> {

  ContainerAssert(Container actual) {
    super(actual, ContainerAssert.class);
  }

  /**
   * It exited with this code.
   *
   * @param expected the expected exit code
   * @return this assertion, for chaining
   */
  public ContainerAssert hasExitCode(int expected) {
    isNotNull();
    if (actual.exitCode().filter(c -> c == expected).isEmpty()) {
      failWithMessage("expected container %s to have exited with code %d, but %s", actual.name(), expected,
          actual.exitCode().map(c -> "it exited with " + c).orElse("it has not exited (lastStatus "
              + actual.lastStatus() + ")") + actual.reason().map(r -> "; reason: " + r).orElse(""));
    }
    return this;
  }

  /**
   * Its lastStatus (PENDING, RUNNING or STOPPED).
   *
   * @param expected the expected lastStatus
   * @return this assertion, for chaining
   */
  public ContainerAssert hasLastStatus(String expected) {
    isNotNull();
    if (!actual.lastStatus().equals(expected)) {
      failWithMessage("expected container %s to be %s, but it is %s", actual.name(), expected, actual.lastStatus());
    }
    return this;
  }

  /**
   * Its health check passes.
   *
   * @return this assertion, for chaining
   */
  public ContainerAssert isHealthy() {
    return hasHealthStatus(HealthStatus.HEALTHY);
  }

  /**
   * Its health status.
   *
   * @param expected the expected health status
   * @return this assertion, for chaining
   */
  public ContainerAssert hasHealthStatus(HealthStatus expected) {
    isNotNull();
    if (actual.healthStatus() != expected) {
      failWithMessage("expected container %s to be %s, but it is %s", actual.name(), expected, actual.healthStatus());
    }
    return this;
  }

  /**
   * Its stop reason (e.g. an OutOfMemoryError) contains {@code text}.
   *
   * @param text the text the reason must contain
   * @return this assertion, for chaining
   */
  public ContainerAssert hasReasonContaining(String text) {
    isNotNull();
    if (!actual.reason().orElse("").contains(text)) {
      failWithMessage("expected the reason of container %s to contain \"%s\", but it is %s", actual.name(), text,
          actual.reason().map(r -> "\"" + r + "\"").orElse("absent"));
    }
    return this;
  }
}
