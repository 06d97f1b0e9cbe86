package dev.ecsdsl.runtime;

import dev.ecsdsl.cql.InstanceView;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A described container instance as a Cluster Query Language expression sees it (ListContainerInstances' filter). */
record ContainerInstanceQueryView(ContainerInstance instance, Supplier<Set<String>> groups) implements InstanceView {

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

  @Override
  public Set<String> taskGroups() {
    return groups.get();
  }
}
