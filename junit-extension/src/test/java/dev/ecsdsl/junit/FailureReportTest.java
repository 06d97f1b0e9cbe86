package dev.ecsdsl.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.dsl.EnvironmentBuilder;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A failure carries the runtime's timeline and the seed that repeats the run. */
class FailureReportTest {

  @Test
  void aFailedAssertionCarriesTheTimelineAndTheGivenSeed() {
    Throwable failure = Samples.failure(Samples.run(FailsWithSeed.class));

    assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("expected running count 3");
    EcsTimelineReport report = report(failure);
    assertThat(report.seed()).isEqualTo(42);
    assertThat(report.getMessage())
        .startsWith("ECS timeline of the InMemoryEcs, seed 42, ")
        .doesNotContain("chosen at random")
        .contains("TASK_PLACED", "prod task/", "web → instance/i-", "TASK_STATUS_CHANGED");
  }

  @Test
  void aRandomSeedIsNamedWithHowToRepeatTheRun() {
    EcsTimelineReport report = report(Samples.failure(Samples.run(FailsWithRandomSeed.class)));

    assertThat(report.getMessage()).contains("seed " + report.seed() + " (chosen at random; repeat with -Decs.seed="
        + report.seed() + " or @EcsTest(seed = " + report.seed() + "L))");
  }

  @Test
  void aFailureInABeforeEachMethodCarriesTheTimelineToo() {
    EcsTimelineReport report = report(Samples.failure(Samples.run(FailsInBeforeEach.class)));

    assertThat(report.timeline()).contains("TASK_PLACED");
  }

  @Test
  void anAbortedTestGetsNoTimeline() {
    var results = Samples.run(Aborts.class);

    results.testEvents().assertStatistics(s -> s.aborted(1).failed(0));
    assertThat(results.testEvents().aborted().stream().findFirst().orElseThrow()
        .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
        .getSuppressed()).isEmpty();
  }

  private static EcsTimelineReport report(Throwable failure) {
    return Arrays.stream(failure.getSuppressed()).filter(EcsTimelineReport.class::isInstance)
        .map(EcsTimelineReport.class::cast).findFirst()
        .orElseThrow(() -> new AssertionError("no timeline attached to " + failure));
  }

  @EcsTest(seed = 42)
  static class FailsWithSeed {
    @Deploy static EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void wantsThreeTasks(@Service("web") ServiceHandle web) {
      assertThat(web.awaitSteady().runningCount()).as("expected running count 3").isEqualTo(3);
    }
  }

  @EcsTest
  static class FailsWithRandomSeed {
    @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void fails(@Service("web") ServiceHandle web) {
      assertThat(web.describe().desiredCount()).isEqualTo(5);
    }
  }

  @EcsTest
  static class FailsInBeforeEach {
    @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();

    @BeforeEach
    void breaks(@Service("web") ServiceHandle web) {
      web.awaitSteady();
      throw new IllegalStateException("set-up failed");
    }

    @Test
    void never() {}
  }

  @EcsTest
  static class Aborts {
    @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void aborts(@Service("web") ServiceHandle web) {
      web.awaitSteady();
      Assumptions.assumeTrue(false, "not today");
    }
  }
}
