package dev.ecsdsl.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.runtime.EcsRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Misuse gets a specific message that says what to change. */
class MisuseTest {

  @Test
  void anUnknownServiceNamesTheServicesThatExist() {
    assertThat(Samples.failure(Samples.run(UnknownService.class)))
        .hasMessageContaining("parameter api of test: environment small has no service api; its services: web (cluster prod)");
  }

  @Test
  void anUnknownClusterNamesTheClustersThatExist() {
    assertThat(Samples.failure(Samples.run(UnknownCluster.class)))
        .hasMessageContaining("field UnknownCluster.staging: environment small has no cluster staging; its clusters: prod");
  }

  @Test
  void aServiceHandleNeedsItsName() {
    assertThat(Samples.failure(Samples.run(UnnamedService.class)))
        .hasMessageContaining("is a ServiceHandle without @Service(\"name\")");
  }

  @Test
  void aHandleNeedsADeployedEnvironment() {
    assertThat(Samples.failure(Samples.run(NothingDeployed.class)))
        .hasMessageContaining("needs a deployed environment, and none is: put the description");
  }

  @Test
  void aClassDeploysOneEnvironment() {
    assertThat(Samples.failure(Samples.run(TwoDeploys.class)))
        .hasMessageContaining("TwoDeploys has 2 @Deploy fields (one, two); a runtime holds one environment");
  }

  @Test
  void aDeployFieldHoldsADescription() {
    assertThat(Samples.failure(Samples.run(DeploysAString.class)))
        .hasMessageContaining("@Deploy field DeploysAString.environment holds a java.lang.String; it must hold an"
            + " Environment or an EnvironmentBuilder");
  }

  @Test
  void aPerTestDeployCannotJoinASharedRuntime() {
    assertThat(Samples.failure(Samples.run(SharedAndPerTest.class)))
        .hasMessageContaining("needs a runtime per test, but the class already shares one");
  }

  @Test
  void aTestThatScriptsContainersIsSkippedOnDockerSayingWhy() {
    var results = Samples.run(ScriptsContainers.class);

    results.allEvents().assertStatistics(s -> s.failed(0).started(1));
    assertThat(Samples.skipReasons(results)).singleElement().asString()
        .contains("needs the in-memory runtime (injects InMemoryEcs into field ecs) and runs on DOCKER");
  }

  @EcsTest
  static class UnknownService {
    @Deploy static EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void test(@Service("api") ServiceHandle api) {}
  }

  @EcsTest
  static class UnknownCluster {
    @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();
    @Cluster("staging") ClusterHandle staging;

    @Test
    void test() {}
  }

  @EcsTest
  static class UnnamedService {
    @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void test(ServiceHandle web) {}
  }

  @EcsTest
  static class NothingDeployed {
    @Test
    void test(@Service("web") ServiceHandle web) {}
  }

  @EcsTest
  static class TwoDeploys {
    @Deploy static EnvironmentBuilder one = TestEnvironments.inMemory();
    @Deploy static EnvironmentBuilder two = TestEnvironments.inMemory();

    @Test
    void test() {}
  }

  @EcsTest
  static class DeploysAString {
    @Deploy static String environment = "small";

    @Test
    void test() {}
  }

  @EcsTest
  static class SharedAndPerTest {
    @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();

    @BeforeAll
    static void shares(EcsRuntime ecs) {}

    @Test
    void test() {}
  }

  @EcsTest(runtime = RuntimeKind.DOCKER)
  static class ScriptsContainers {
    InMemoryEcs ecs;

    @Test
    void test() {}
  }
}
