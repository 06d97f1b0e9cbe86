package dev.ecsdsl.docker;

import dev.ecsdsl.control.contract.AgentContractSuite;
import dev.ecsdsl.control.contract.Script;
import dev.ecsdsl.runtime.EcsRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The agent contract, played with real containers: every scenario's shell script runs in the busybox
 * image, on the wall clock. Afterwards no container, network or volume of any scenario's run may be left.
 */
@RequiresDocker
class DockerAgentContractTest extends AgentContractSuite {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private static final List<String> RUN_IDS = new ArrayList<>();

  @AfterAll
  static void findNothingLeft() {
    RUN_IDS.forEach(ENGINE::assertNothingLeft);
  }

  @Override
  protected EcsRuntime newRuntime() {
    DockerEcs ecs = DockerEcs.create();
    RUN_IDS.add(ecs.runId());
    return ecs;
  }

  @Override
  protected String image() {
    return ENGINE.busybox();
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
