package dev.ecsdsl.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs sample test classes on the Jupiter engine, as a build would, and returns what happened. */
final class Samples {
  private Samples() {}

  static EngineExecutionResults run(Class<?> sample) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute();
  }

  static EngineExecutionResults runInParallel(Class<?> sample) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample))
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
        .execute();
  }

  /** The exceptions of every failed test or container of a run. */
  static List<Throwable> failures(EngineExecutionResults results) {
    return results.allEvents().failed().stream()
        .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
        .toList();
  }

  /** The one failure of a run. */
  static Throwable failure(EngineExecutionResults results) {
    List<Throwable> failures = failures(results);
    if (failures.size() != 1) {
      throw new AssertionError("expected one failure, got " + failures);
    }
    return failures.get(0);
  }

  /** Why the tests and containers of a run were skipped. */
  static List<String> skipReasons(EngineExecutionResults results) {
    return results.allEvents().skipped().stream().map(Event::getPayload)
        .map(p -> p.map(String::valueOf).orElse("")).toList();
  }
}
