package dev.ecsdsl.control.launch;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.ImmutableContainerDefinition;
import dev.ecsdsl.model.ImmutableTaskDefinition;
import dev.ecsdsl.model.KeyValuePair;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.ContainerOverride;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.TaskOverride;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applies RunTask's overrides to a task definition, the way ECS merges them. */
final class EffectiveTaskDefinition {
  private EffectiveTaskDefinition() {}

  static TaskDefinition apply(TaskDefinition definition, Optional<TaskOverride> overrides) {
    if (overrides.isEmpty()) {
      return definition;
    }
    TaskOverride override = overrides.get();
    Map<String, ContainerOverride> byName = new LinkedHashMap<>();
    for (ContainerOverride c : override.containerOverrides()) {
      if (definition.container(c.name()).isEmpty()) {
        throw EcsException.invalidParameter("Override for container named " + c.name()
            + " is not a container in the TaskDefinition.");
      }
      byName.put(c.name(), c);
    }
    List<ContainerDefinition> containers = new ArrayList<>();
    for (ContainerDefinition container : definition.containerDefinitions()) {
      ContainerOverride c = byName.get(container.name());
      containers.add(c == null ? container : apply(container, c));
    }
    ImmutableTaskDefinition result = ImmutableTaskDefinition.copyOf(definition).withContainerDefinitions(containers);
    if (override.cpu().isPresent()) {
      result = result.withCpu(override.cpu().get());
    }
    if (override.memory().isPresent()) {
      result = result.withMemory(override.memory().get());
    }
    if (override.taskRoleArn().isPresent()) {
      result = result.withTaskRoleArn(override.taskRoleArn().get());
    }
    if (override.executionRoleArn().isPresent()) {
      result = result.withExecutionRoleArn(override.executionRoleArn().get());
    }
    return result;
  }

  private static ContainerDefinition apply(ContainerDefinition container, ContainerOverride c) {
    ImmutableContainerDefinition result = ImmutableContainerDefinition.copyOf(container);
    if (!c.command().isEmpty()) {
      result = result.withCommand(c.command());
    }
    if (!c.environment().isEmpty()) {
      Map<String, String> merged = new LinkedHashMap<>();
      container.environment().forEach(kv -> merged.put(kv.name(), kv.value()));
      c.environment().forEach(kv -> merged.put(kv.name(), kv.value()));
      List<KeyValuePair> pairs = new ArrayList<>();
      merged.forEach((k, v) -> pairs.add(KeyValuePair.of(k, v)));
      result = result.withEnvironment(pairs);
    }
    if (c.cpu().isPresent()) {
      result = result.withCpu(c.cpu().get());
    }
    if (c.memory().isPresent()) {
      result = result.withMemory(c.memory().get());
    }
    if (c.memoryReservation().isPresent()) {
      result = result.withMemoryReservation(c.memoryReservation().get());
    }
    return result;
  }
}
