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
    r.string("cpu").map(v -> units(r, "cpu", v, "vcpu", 1024)).ifPresent(task::cpu);
    r.string("memory").map(v -> units(r, "memory", v, "gb", 1024)).ifPresent(task::memory);
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
    c.integer("cpu").map(v -> atLeast(c, "cpu", v, 0)).ifPresent(container::cpu);
    c.integer("memory").map(v -> atLeast(c, "memory", v, 1)).ifPresent(container::memory);
    c.integer("memoryReservation").map(v -> atLeast(c, "memoryReservation", v, 1))
        .ifPresent(container::memoryReservation);
    return container.build();
  }

  private static int atLeast(Request r, String member, int value, int min) {
    if (value < min) {
      throw ApiException.invalidParameter(r.operation() + ": '" + member + "' must be " + min + " or more; was "
          + value + ".");
    }
    return value;
  }

  /**
   * A task-level cpu or memory override as ECS takes it: a whole number of units ({@code "512"}) or, with its unit,
   * {@code "0.5 vCPU"} / {@code "2 GB"}; the value is passed on as written once it reads as a positive amount.
   */
  private static String units(Request r, String member, String value, String unit, int perUnit) {
    String text = value.strip().toLowerCase(java.util.Locale.ROOT);
    String number = text.endsWith(unit) ? text.substring(0, text.length() - unit.length()).strip() : text;
    try {
      if (new java.math.BigDecimal(number).multiply(java.math.BigDecimal.valueOf(perUnit)).signum() > 0
          && number.length() <= 12) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.invalidParameter(r.operation() + ": '" + member + "' must be a positive number of units or "
        + (unit.equals("gb") ? "GB" : "vCPU") + "; was " + Messages.quote(value) + ".");
  }
}
