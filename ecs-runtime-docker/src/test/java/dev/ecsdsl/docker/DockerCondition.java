package dev.ecsdsl.docker;

import dev.ecsdsl.docker.engine.DockerEngine;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs {@link RequiresDocker} tests when an engine answers, or when {@code CI} is set; skips them otherwise. */
public final class DockerCondition implements ExecutionCondition {
  private static volatile Optional<String> unavailable;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank()) {
      return ConditionEvaluationResult.enabled("CI is set: Docker tests must run");
    }
    Optional<String> reason = unavailableReason();
    return reason.map(r -> ConditionEvaluationResult.disabled("Docker tests skipped: " + r))
        .orElseGet(() -> ConditionEvaluationResult.enabled("a Docker engine answers"));
  }

  /** Asked once per JVM: a missing engine does not appear during a test run, and asking takes a moment. */
  private static Optional<String> unavailableReason() {
    if (unavailable == null) {
      unavailable = DockerEngine.unavailableReason();
    }
    return unavailable;
  }
}
