package dev.ecsdsl.control.tasks;

import dev.ecsdsl.model.ContainerDependency;
import dev.ecsdsl.runtime.HealthStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a container's {@code dependsOn} conditions (ECS API, {@code ContainerDependency}): START — the
 * dependency has started; COMPLETE — it has run and exited; SUCCESS — it exited with code 0; HEALTHY — its
 * health check passes.
 */
final class Dependencies {
  private Dependencies() {}

  enum Outcome { SATISFIED, WAITING, NEVER }

  /** The outcome and, unless satisfied, what it waits for or why it can never hold. */
  record Verdict(Outcome outcome, String explanation) {}

  static Verdict evaluate(ContainerRecord container, Map<String, ContainerRecord> containers) {
    List<String> waiting = new ArrayList<>();
    for (ContainerDependency dependency : container.definition.dependsOn()) {
      ContainerRecord dep = containers.get(dependency.containerName());
      String name = dependency.containerName();
      String condition = dependency.condition().toString();
      if (dep == null) {
        return never(container, "depends on " + name + ", which is not in the task");
      }
      boolean exited = dep.state == ContainerRecord.State.STOPPED;
      switch (dependency.condition()) {
        case START -> {
          if (exited && !dep.everStarted) {
            return never(container, name + " stopped before it started (condition START)");
          }
          if (!dep.everStarted) {
            waiting.add(name + " to start");
          }
        }
        case COMPLETE -> {
          if (exited && !dep.everStarted) {
            return never(container, name + " never ran (condition COMPLETE)");
          }
          if (!exited) {
            waiting.add(name + " to complete");
          }
        }
        case SUCCESS -> {
          if (exited && dep.exitCode.orElse(-1) != 0) {
            return never(container, name + " exited with code " + dep.exitCode.map(String::valueOf).orElse("none")
                + ", so condition SUCCESS can never hold");
          }
          if (!exited) {
            waiting.add(name + " to exit with code 0");
          }
        }
        case HEALTHY -> {
          if (dep.definition.healthCheck().isEmpty()) {
            return never(container, name + " has no health check, so condition HEALTHY can never hold");
          }
          if (exited) {
            return never(container, name + " exited before it was HEALTHY (condition " + condition + ")");
          }
          if (dep.health != HealthStatus.HEALTHY) {
            waiting.add(name + " to be HEALTHY (now " + dep.health + ")");
          }
        }
        default -> throw new IllegalStateException("unknown condition " + condition);
      }
    }
    return waiting.isEmpty() ? new Verdict(Outcome.SATISFIED, "")
        : new Verdict(Outcome.WAITING, "waiting for " + String.join(", ", waiting));
  }

  private static Verdict never(ContainerRecord container, String why) {
    return new Verdict(Outcome.NEVER, "Container " + container.name() + " cannot start: " + why);
  }
}
