package dev.ecsdsl.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Where runtimes come from and when they go: a static {@code @Deploy} field deploys once per class, an
 * instance field once per test; every runtime is closed when its class or test ends, also after a
 * failure; tests with runtimes of their own run in parallel.
 */
class EcsExtensionLifecycleTest {

  @Test
  void aStaticDescriptionIsDeployedOnceAndSharedByTheClassTests() {
    StaticDeploy.seen.clear();
    int before = OpenRuntimes.count();

    Samples.run(StaticDeploy.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(StaticDeploy.seen).hasSize(2);
    assertThat(StaticDeploy.seen.get(0)).isSameAs(StaticDeploy.seen.get(1));
    assertThat(OpenRuntimes.count()).as("closed after the class").isEqualTo(before);
  }

  @Test
  void anInstanceDescriptionIsDeployedOnAFreshRuntimePerTest() {
    InstanceDeploy.seen.clear();
    int before = OpenRuntimes.count();

    Samples.run(InstanceDeploy.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(InstanceDeploy.seen).hasSize(2);
    assertThat(InstanceDeploy.seen.get(0)).isNotSameAs(InstanceDeploy.seen.get(1));
    assertThat(OpenRuntimes.count()).isEqualTo(before);
  }

  @Test
  void testsWithRuntimesOfTheirOwnRunInParallelAndEachSeesOnlyItsOwnTasks() {
    int before = OpenRuntimes.count();
    Parallel.bothRunning = new CountDownLatch(2);

    EngineExecutionResults results = Samples.runInParallel(Parallel.class);

    results.testEvents().assertStatistics(s -> s.started(4).succeeded(4));
    assertThat(OpenRuntimes.count()).isEqualTo(before);
  }

  @Test
  void aRuntimeIsClosedAfterAFailingTest() {
    int before = OpenRuntimes.count();

    Samples.run(FailsWithInstanceRuntime.class).testEvents().assertStatistics(s -> s.started(1).failed(1));

    assertThat(OpenRuntimes.count()).isEqualTo(before);
  }

  @Test
  void theSameSeedGivesTheSameTimeline() {
    SameSeed.timelines.clear();

    Samples.run(SameSeed.class).testEvents().assertStatistics(s -> s.succeeded(1));
    Samples.run(SameSeed.class).testEvents().assertStatistics(s -> s.succeeded(1));

    assertThat(SameSeed.timelines).hasSize(2);
    assertThat(SameSeed.timelines.get(0)).contains("TASK_PLACED").isEqualTo(SameSeed.timelines.get(1));
  }

  @Test
  void aProgrammaticallyRegisteredExtensionTakesItsSettings() {
    Programmatic.seeds.clear();

    Samples.run(Programmatic.class).testEvents().assertStatistics(s -> s.succeeded(1));

    assertThat(Programmatic.seeds).containsExactly(99L);
  }

  static class Programmatic {
    static final List<Long> seeds = new CopyOnWriteArrayList<>();
    @RegisterExtension
    static EcsExtension ecs = EcsExtension.with(EcsSettings.of(java.util.Optional.empty()).withSeed(99));
    @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void runs(InMemoryEcs runtime, @Service("web") ServiceHandle web) {
      seeds.add(runtime.seed());
      web.awaitSteady();
    }
  }

  @EcsTest
  static class StaticDeploy {
    static final List<EcsRuntime> seen = new CopyOnWriteArrayList<>();
    @Deploy static EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void one(EcsRuntime ecs) {
      seen.add(ecs);
      assertThat(ecs.environment().name()).isEqualTo("small");
    }

    @Test
    void two(EcsRuntime ecs) {
      seen.add(ecs);
      assertThat(ecs.environment().name()).isEqualTo("small");
    }
  }

  @EcsTest
  static class InstanceDeploy {
    static final List<EcsRuntime> seen = new CopyOnWriteArrayList<>();
    @Deploy Environment small = TestEnvironments.inMemory().build();
    EcsRuntime ecs;

    @BeforeEach
    void runOneTask(EcsRuntime runtime) {
      assertThat(runtime).isSameAs(ecs);
      runtime.ecs().runTask(r -> r.cluster("prod").taskDefinition("job"));
    }

    @Test
    void one() {
      seen.add(ecs);
      assertThat(dev.ecsdsl.runtime.ListAndDescribe.tasks(ecs.ecs(), "prod", dev.ecsdsl.runtime.TaskFilter.all().family("job"))).hasSize(1);
    }

    @Test
    void two() {
      seen.add(ecs);
      assertThat(dev.ecsdsl.runtime.ListAndDescribe.tasks(ecs.ecs(), "prod", dev.ecsdsl.runtime.TaskFilter.all().family("job"))).hasSize(1);
    }
  }

  @EcsTest
  static class Parallel {
    static CountDownLatch bothRunning;
    @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void one(@Cluster("prod") ClusterHandle prod) throws InterruptedException {
      runsAlone(prod, 3);
      bothRunning.countDown();
      assertThat(bothRunning.await(20, TimeUnit.SECONDS)).as("the other test ran meanwhile").isTrue();
    }

    @Test
    void two(@Cluster("prod") ClusterHandle prod) throws InterruptedException {
      runsAlone(prod, 5);
      bothRunning.countDown();
      assertThat(bothRunning.await(20, TimeUnit.SECONDS)).as("the other test ran meanwhile").isTrue();
    }

    @Test
    void three(@Cluster("prod") ClusterHandle prod) {
      runsAlone(prod, 7);
    }

    @Test
    void four(@Cluster("prod") ClusterHandle prod) {
      runsAlone(prod, 9);
    }

    private static void runsAlone(ClusterHandle prod, int count) {
      for (int i = 0; i < count; i++) {
        prod.runTask("job", 1);
      }
      assertThat(prod.tasks(dev.ecsdsl.runtime.TaskFilter.all().family("job"))).hasSize(count);
    }
  }

  @EcsTest
  static class FailsWithInstanceRuntime {
    @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void fails(InMemoryEcs ecs) {
      assertThat(ecs.ecs().listServices(r -> r.cluster("prod")).serviceArns()).isEmpty();
    }
  }

  @EcsTest(seed = 7)
  static class SameSeed {
    static final List<String> timelines = new CopyOnWriteArrayList<>();
    @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void runs(@Service("web") ServiceHandle web, @Cluster("prod") ClusterHandle prod) {
      web.awaitSteady();
      prod.runTask("job", 3);
      web.scale(4);
      web.awaitSteady();
      timelines.add(web.runtime().events().timeline());
    }
  }
}
