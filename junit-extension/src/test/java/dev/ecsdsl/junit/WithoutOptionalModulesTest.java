package dev.ecsdsl.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.runtime.TaskStatus;
import org.junit.jupiter.api.Test;

/**
 * The extension as a user has it who added neither {@code ecs-runtime-docker} nor {@code ecs-api-server}:
 * run only by the surefire execution {@code without-optional-modules}, whose class path lacks both (and
 * docker-java). In-memory tests run; a test that asks for Docker is told which artifact to add.
 */
class WithoutOptionalModulesTest {

  @Test
  void theClassPathLacksDockerAndTheEndpoint() {
    assertThatThrownBy(() -> Class.forName("dev.ecsdsl.docker.DockerEcs")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("dev.ecsdsl.api.EcsApiServer")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("com.github.dockerjava.api.DockerClient"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void inMemoryTestsRunWithoutThem() {
    Samples.run(InMemory.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void aDockerTestSaysWhichArtifactToAdd() {
    assertThat(Samples.failure(Samples.run(OnDocker.class)))
        .hasMessageContaining("the Docker runtime (OnDocker runs on DOCKER")
        .hasMessageContaining("needs dev.ecsdsl:ecs-runtime-docker on the test class path, and it is not there")
        .hasMessageContaining("<artifactId>ecs-runtime-docker</artifactId><scope>test</scope>");
  }

  @EcsTest
  static class InMemory {
    @Deploy static EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void runsTheService(@Service("web") ServiceHandle web) {
      web.awaitSteady();
      assertThat(web.tasks()).hasSize(2).allMatch(t -> t.lastStatus() == TaskStatus.RUNNING);
    }
  }

  @EcsTest(runtime = RuntimeKind.DOCKER, disabledWithoutDocker = false)
  static class OnDocker {
    @Deploy static EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void neverRuns() {
      throw new AssertionError("ran without the Docker runtime");
    }
  }
}
