package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What a Docker test leaves on the engine is gone after it also when it fails: a runtime made with {@link
 * DockerEngineExtension#runtime} is closed after a test that throws half-way, with its task's container running on
 * the run's network; and a runtime a test made itself and never closed is removed by {@link LeftoverCheck} after
 * its class, which then fails naming the run. Each runs a sample class as a build would (the JUnit Platform test
 * kit).
 */
@RequiresDocker
class FailingTestCleanupTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();

  @Test
  void aTestThatThrowsHalfWayLeavesNothingOfItsRun() {
    FailsHalfWay.runIds.clear();

    EngineExecutionResults results = run(FailsHalfWay.class);

    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    assertThat(failures(results)).singleElement().extracting(Throwable::getMessage).isEqualTo(FailsHalfWay.FAILURE);
    assertThat(FailsHalfWay.runIds).hasSize(1);
    ENGINE.assertNothingLeft(FailsHalfWay.runIds.get(0));
  }

  @Test
  void aRuntimeATestNeverClosedIsRemovedAfterItsClassWhichFailsNamingIt() {
    NeverCloses.runtimes.clear();
    try {
      EngineExecutionResults results = run(NeverCloses.class);

      results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
      assertThat(NeverCloses.runtimes).hasSize(1);
      String runId = NeverCloses.runtimes.get(0).runId();
      assertThat(failures(results)).singleElement().extracting(Throwable::getMessage).asString()
          .contains("NeverCloses left Docker objects behind, removed now: [" + runId + " ");
      ENGINE.assertNothingLeft(runId);
    } finally {
      // its agent's threads still run: stop them (what it made on the engine is gone already)
      NeverCloses.runtimes.forEach(DockerEcs::close);
    }
  }

  private static EngineExecutionResults run(Class<?> sample) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute();
  }

  private static List<Throwable> failures(EngineExecutionResults results) {
    return results.allEvents().failed().stream()
        .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
        .toList();
  }

  private static Environment oneTask(String name) {
    return Ecs.environment(name)
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1).zones("us-east-1a")))
        .taskDefinition("server", td -> td.container("app", a -> a.image(ENGINE.busybox()).memory(64)
            .command("sh", "-c", DockerTesting.RUNS_UNTIL_STOPPED)))
        .build();
  }

  /** Runs a task on a runtime of the extension, then throws while its container runs. */
  @RequiresDocker
  static class FailsHalfWay {
    static final String FAILURE = "failed half-way, with the task's container running";
    static final List<String> runIds = new CopyOnWriteArrayList<>();
    @RegisterExtension
    static final DockerEngineExtension SAMPLE_ENGINE = new DockerEngineExtension();

    @Test
    void throwsWhileItsTaskRuns() {
      DockerEcs ecs = SAMPLE_ENGINE.runtime(5, oneTask("fails-half-way"));
      runIds.add(ecs.runId());
      String task = ecs.ecs().runTask(r -> r.cluster("prod").taskDefinition("server")).tasks().get(0).taskArn();
      ecs.waiter().waitUntilTasksRunning(r -> r.cluster("prod").tasks(task), o -> o.waitTimeout(Duration.ofMinutes(2)));
      assertThat(DockerTesting.containersOf(SAMPLE_ENGINE.docker(), ecs.runId())).hasSize(1);
      assertThat(DockerTesting.networksOf(SAMPLE_ENGINE.docker(), ecs.runId())).isNotEmpty();
      throw new IllegalStateException(FAILURE);
    }
  }

  /** Makes a runtime of its own, runs a task on it and never closes it. */
  @RequiresDocker
  static class NeverCloses {
    static final List<DockerEcs> runtimes = new CopyOnWriteArrayList<>();

    @Test
    void leavesItsRuntimeOpen() {
      DockerEcs ecs = DockerEcs.create(6, DockerTesting.QUICK);
      runtimes.add(ecs);
      ecs.deploy(oneTask("never-closes"));
      String task = ecs.ecs().runTask(r -> r.cluster("prod").taskDefinition("server")).tasks().get(0).taskArn();
      ecs.waiter().waitUntilTasksRunning(r -> r.cluster("prod").tasks(task), o -> o.waitTimeout(Duration.ofMinutes(2)));
      assertThat(ecs.ecs().describeTasks(r -> r.cluster("prod").tasks(task)).task().lastStatus())
          .isEqualTo(TaskStatus.RUNNING);
    }
  }
}
