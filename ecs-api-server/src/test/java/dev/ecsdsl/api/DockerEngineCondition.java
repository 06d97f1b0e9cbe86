package dev.ecsdsl.api;

import dev.ecsdsl.docker.engine.DockerEngine;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class that needs a Docker engine when one answers, or when {@code CI} is set (then a missing
 * engine fails loudly, as ecs-runtime-docker's {@code @RequiresDocker} does); skips it with the engine's
 * reason otherwise.
 */
final class DockerEngineCondition implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank()) {
      return ConditionEvaluationResult.enabled("CI is set: Docker tests must run");
    }
    Optional<String> reason = DockerEngine.unavailableReason();
    return reason.map(r -> ConditionEvaluationResult.disabled("no Docker engine: " + r))
        .orElseGet(() -> ConditionEvaluationResult.enabled("a Docker engine answers"));
  }
}
