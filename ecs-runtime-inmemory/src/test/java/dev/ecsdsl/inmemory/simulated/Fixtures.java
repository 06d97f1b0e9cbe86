package dev.ecsdsl.inmemory.simulated;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.TransportProtocol;
import dev.ecsdsl.runtime.NetworkBinding;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Task definitions and launches for the agent's tests. */
final class Fixtures {
  private Fixtures() {}

  static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  static ContainerDefinition container(String name, String image) {
    return ContainerDefinition.builder().name(name).image(image).build();
  }

  static ContainerDefinition container(String name, String image, HealthCheck healthCheck) {
    return ContainerDefinition.builder().name(name).image(image).healthCheck(healthCheck).build();
  }

  static HealthCheck healthCheck(int interval, int retries, int startPeriod) {
    return HealthCheck.builder().addCommand("CMD-SHELL", "curl -f http://localhost/ || exit 1")
        .interval(interval).retries(retries).startPeriod(startPeriod).build();
  }

  static TaskDefinition definition(String family, ContainerDefinition... containers) {
    return TaskDefinition.builder().family(family).addContainerDefinitions(containers).build();
  }

  static String arn(String taskId) {
    return "arn:aws:ecs:us-east-1:123456789012:task/default/" + taskId;
  }

  static TaskLaunch launch(String taskId, TaskDefinition definition) {
    return launch(taskId, definition, Map.of());
  }

  static TaskLaunch launch(String taskId, TaskDefinition definition, Map<String, List<NetworkBinding>> bindings) {
    return new TaskLaunch(arn(taskId), "default",
        Optional.of("arn:aws:ecs:us-east-1:123456789012:container-instance/default/i1"),
        Optional.of("i-0123456789abcdef0"), "us-east-1a",
        "arn:aws:ecs:us-east-1:123456789012:task-definition/" + definition.family() + ":1", definition,
        Optional.empty(), bindings, Map.of());
  }

  static NetworkBinding binding(int containerPort, int hostPort) {
    return NetworkBinding.of("0.0.0.0", containerPort, hostPort, TransportProtocol.TCP);
  }
}
