package dev.ecsdsl.inmemory.contract;

import dev.ecsdsl.control.contract.AgentContractSuite;
import dev.ecsdsl.control.contract.Script;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.runtime.EcsRuntime;
import java.time.Duration;

/** The agent contract, played by the simulated agent on the virtual clock. */
class SimulatedAgentContractTest extends AgentContractSuite {

  @Override
  protected EcsRuntime newRuntime() {
    return InMemoryEcs.create(7);
  }

  @Override
  protected String image() {
    return "ecs-dsl/busybox:contract";
  }

  @Override
  protected void script(EcsRuntime runtime, String family, String container, Script script) {
    ContainerBehaviour behaviour = script.exitAfter()
        .map(after -> ContainerBehaviour.exitsAfter(after, script.exitCode()))
        .orElse(ContainerBehaviour.runsUntilStopped());
    behaviour = script.sigtermIgnored() ? behaviour.withSigtermIgnored()
        : behaviour.withShutdownTime(Duration.ZERO, 0);
    if (!script.healthy()) {
      behaviour = behaviour.withNeverHealthy();
    }
    ((InMemoryEcs) runtime).behaviour(family, container, behaviour);
  }
}
