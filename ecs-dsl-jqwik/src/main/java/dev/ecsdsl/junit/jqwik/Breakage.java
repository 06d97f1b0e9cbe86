package dev.ecsdsl.junit.jqwik;

import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.ImmutableContainerDefinition;
import dev.ecsdsl.model.ImmutableTaskDefinition;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.TaskDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** One way to break a valid task definition, and the validator rule that catches it. */
enum Breakage {
  DUPLICATE_CONTAINER_NAME("container-name-unique", td -> containers(td, list -> {
    list.add(list.get(0));
    return list;
  })),
  NO_ESSENTIAL_CONTAINER("essential-container-required", td -> containers(td, list -> {
    list.replaceAll(c -> ImmutableContainerDefinition.copyOf(c).withEssential(false));
    return list;
  })),
  RESERVATION_ABOVE_MEMORY("memory-reservation-exceeds-memory", td -> containers(td, list -> {
    ContainerDefinition first = list.get(0);
    list.set(0, ImmutableContainerDefinition.copyOf(first).withMemoryReservation(256).withMemory(128));
    return list;
  })),
  BAD_CONTAINER_NAME("container-name-format", td -> containers(td, list -> {
    list.set(0, ImmutableContainerDefinition.copyOf(list.get(0)).withName("my app!"));
    return list;
  })),
  FARGATE_IN_BRIDGE_MODE("fargate-requires-awsvpc", td -> ImmutableTaskDefinition.copyOf(td)
      .withRequiresCompatibilities(Compatibility.FARGATE).withNetworkMode(NetworkMode.BRIDGE));

  private final String rule;
  private final UnaryOperator<TaskDefinition> breaks;

  Breakage(String rule, UnaryOperator<TaskDefinition> breaks) {
    this.rule = rule;
    this.breaks = breaks;
  }

  String rule() {
    return rule;
  }

  TaskDefinition apply(TaskDefinition valid) {
    return breaks.apply(valid);
  }

  private static TaskDefinition containers(TaskDefinition td, UnaryOperator<List<ContainerDefinition>> change) {
    return ImmutableTaskDefinition.copyOf(td).withContainerDefinitions(change.apply(new ArrayList<>(
        td.containerDefinitions())));
  }
}
