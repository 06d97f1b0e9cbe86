package dev.ecsdsl.control;

import dev.ecsdsl.cql.InstanceView;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** A container instance as the Cluster Query Language sees it, from the control plane's records. */
final class InstanceViews {
  private InstanceViews() {}

  static InstanceView of(ClusterState cluster, InstanceRecord instance) {
    Set<String> groups = new LinkedHashSet<>();
    int running = 0;
    for (TaskRecord task : cluster.tasks.values()) {
      if (task.instance.filter(i -> i == instance).isPresent() && !task.isStopping()) {
        groups.add(task.group);
        running++;
      }
    }
    int runningTasks = running;
    return new InstanceView() {
      @Override
      public Optional<String> attribute(String name) {
        return Optional.ofNullable(instance.attributes().get(name));
      }

      @Override
      public String ec2InstanceId() {
        return instance.ec2InstanceId();
      }

      @Override
      public boolean agentConnected() {
        return instance.agentConnected;
      }

      @Override
      public String agentVersion() {
        return instance.spec.agentVersion();
      }

      @Override
      public int runningTasksCount() {
        return runningTasks;
      }

      @Override
      public Instant registeredAt() {
        return instance.spec.registeredAt();
      }

      @Override
      public Set<String> taskGroups() {
        return groups;
      }
    };
  }
}
