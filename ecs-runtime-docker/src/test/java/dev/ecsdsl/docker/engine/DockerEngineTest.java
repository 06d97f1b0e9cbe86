package dev.ecsdsl.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Without an engine, the failure says where it looked and how to start one. */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class DockerEngineTest {
  private static final String NOWHERE = "unix:///nonexistent/ecs-dsl-test/docker.sock";

  @AfterEach
  void forgetHost() {
    System.clearProperty("DOCKER_HOST");
  }

  @Test
  void anEngineThatDoesNotAnswerIsReportedWithWhereAndHowToStartOne() {
    System.setProperty("DOCKER_HOST", NOWHERE); // docker-java reads DOCKER_HOST from system properties too

    assertThat(DockerEngine.available()).isFalse();
    assertThat(DockerEngine.unavailableReason()).hasValueSatisfying(reason -> assertThat(reason)
        .contains(NOWHERE).contains("from DOCKER_HOST").contains("Run bin/setup-docker, or start dockerd"));
    assertThatThrownBy(DockerEngine::connect).isInstanceOf(DockerUnavailableException.class)
        .hasMessageContaining(NOWHERE).hasMessageContaining("Run bin/setup-docker, or start dockerd");
  }
}
