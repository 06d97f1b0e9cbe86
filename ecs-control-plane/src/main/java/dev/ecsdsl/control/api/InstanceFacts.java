package dev.ecsdsl.control.api;

import dev.ecsdsl.cql.InstanceView;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.Task;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A described container instance and its running tasks, as a Cluster Query Language filter sees it. */
record InstanceFacts(ContainerInstance instance, Set<String> taskGroups) implements InstanceView {

  static InstanceFacts of(ContainerInstance instance, List<Task> tasks) {
    return new InstanceFacts(instance, tasks.stream().map(Task::group).collect(Collectors.toUnmodifiableSet()));
  }

  @Override
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(instance.attribute(name));
  }

  @Override
  public String ec2InstanceId() {
    return instance.ec2InstanceId();
  }

  @Override
  public boolean agentConnected() {
    return instance.agentConnected();
  }

  @Override
  public String agentVersion() {
    return instance.agentVersion();
  }

  @Override
  public int runningTasksCount() {
    return instance.runningTasksCount();
  }

  @Override
  public Instant registeredAt() {
    return instance.registeredAt();
  }
}
