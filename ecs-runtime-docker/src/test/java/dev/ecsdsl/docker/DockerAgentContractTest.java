package dev.ecsdsl.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.docker.engine.DockerEngine;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.inmemory.contract.AgentContractSuite;
import dev.ecsdsl.inmemory.contract.Script;
import dev.ecsdsl.runtime.EcsRuntime;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The agent contract, played with real containers: every scenario's shell script runs in the busybox
 * image, on the wall clock. Afterwards no container, network or volume of any scenario's run may be left.
 */
@RequiresDocker
class DockerAgentContractTest extends AgentContractSuite {
  private static DockerClient docker;
  private static String image;
  private static final List<String> RUN_IDS = new ArrayList<>();

  @BeforeAll
  static void buildImage() {
    docker = DockerEngine.connect();
    image = TestImages.busybox(docker);
  }

  @AfterAll
  static void findNothingLeft() throws IOException {
    try {
      for (String runId : RUN_IDS) {
        assertThat(DockerTesting.containersOf(docker, runId)).as("containers of run %s", runId).isEmpty();
        assertThat(DockerTesting.networksOf(docker, runId)).as("networks of run %s", runId).isEmpty();
        assertThat(DockerTesting.volumesOf(docker, runId)).as("volumes of run %s", runId).isEmpty();
      }
    } finally {
      docker.close();
    }
  }

  @Override
  protected EcsRuntime newRuntime() {
    DockerEcs ecs = DockerEcs.create();
    RUN_IDS.add(ecs.runId());
    return ecs;
  }

  @Override
  protected String image() {
    return image;
  }

  @Override
  protected void script(EcsRuntime runtime, String family, String container, Script script) {
    // the container's command is the script itself
  }

  @Override
  protected Duration patience() {
    return Duration.ofSeconds(60);
  }
}
