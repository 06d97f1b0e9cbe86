package dev.ecsdsl.api;

import dev.ecsdsl.model.KeyValuePair;
import dev.ecsdsl.runtime.ContainerOverride;
import dev.ecsdsl.runtime.TaskOverride;
import java.util.Optional;

/**
 * RunTask's and StartTask's {@code overrides} (ECS's {@code TaskOverride}) as the runtime's
 * {@link TaskOverride}: container command, environment, cpu and memory, task cpu, memory and roles.
 */
final class Overrides {
  private Overrides() {}

  static Optional<TaskOverride> read(Request request) {
    return request.object("overrides").map(Overrides::task);
  }

  private static TaskOverride task(Request r) {
    r.refuse("ephemeralStorage", "inferenceAcceleratorOverrides");
    TaskOverride.Builder task = TaskOverride.builder();
    r.string("cpu").ifPresent(task::cpu);
    r.string("memory").ifPresent(task::memory);
    r.string("taskRoleArn").ifPresent(task::taskRoleArn);
    r.string("executionRoleArn").ifPresent(task::executionRoleArn);
    for (Request c : r.objects("containerOverrides")) {
      task.addContainerOverrides(container(c));
    }
    return task.build();
  }

  private static ContainerOverride container(Request c) {
    c.refuse("environmentFiles", "resourceRequirements");
    ContainerOverride.Builder container = ContainerOverride.builder().name(c.requiredString("name"))
        .command(c.strings("command"));
    for (Request variable : c.objects("environment")) {
      container.addEnvironment(KeyValuePair.of(variable.requiredString("name"), variable.string("value").orElse("")));
    }
    c.integer("cpu").ifPresent(container::cpu);
    c.integer("memory").ifPresent(container::memory);
    c.integer("memoryReservation").ifPresent(container::memoryReservation);
    return container.build();
  }
}
