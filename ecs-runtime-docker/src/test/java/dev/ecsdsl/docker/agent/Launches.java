package dev.ecsdsl.docker.agent;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.NetworkBinding;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Task launches as the control plane hands them to an agent. */
final class Launches {
  static final String CLUSTER = "agent-test";

  private Launches() {}

  static TaskDefinition definition(String family, NetworkMode mode, ContainerDefinition... containers) {
    return TaskDefinition.builder().family(family).networkMode(mode).addContainerDefinitions(containers).build();
  }

  static TaskDefinition definition(String family, ContainerDefinition... containers) {
    return TaskDefinition.builder().family(family).addContainerDefinitions(containers).build();
  }

  /** A launch with a fresh 32-hex task id. */
  static TaskLaunch launch(TaskDefinition definition) {
    return launch(definition, Map.of(), Map.of());
  }

  static TaskLaunch launch(TaskDefinition definition, Map<String, List<NetworkBinding>> bindings,
      Map<String, Map<String, String>> environment) {
    String taskId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    Optional<String> address = definition.networkModeOrDefault() == NetworkMode.AWSVPC
        ? Optional.of("10.0.1.23") : Optional.empty();
    return new TaskLaunch("arn:aws:ecs:us-east-1:123456789012:task/" + CLUSTER + "/" + taskId, CLUSTER,
        Optional.of("arn:aws:ecs:us-east-1:123456789012:container-instance/" + CLUSTER + "/i1"),
        Optional.of("i-0123456789abcdef0"), "us-east-1a",
        "arn:aws:ecs:us-east-1:123456789012:task-definition/" + definition.family() + ":3", definition,
        address, bindings, environment);
  }
}
