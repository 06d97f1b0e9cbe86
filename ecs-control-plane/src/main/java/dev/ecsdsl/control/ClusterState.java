package dev.ecsdsl.control;

import dev.ecsdsl.control.placement.ClusterPlacement;
import dev.ecsdsl.model.Cluster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One cluster: its description, its container instances, its tasks and its placement state. */
final class ClusterState {
  /** The cluster's description; PutClusterCapacityProviders replaces it. */
  Cluster cluster;
  final String arn;
  final ClusterPlacement placement = new ClusterPlacement();
  final Map<String, InstanceRecord> instances = new LinkedHashMap<>();
  final Map<String, TaskRecord> tasks = new LinkedHashMap<>();
  /**
   * The tasks of each group that have not reached STOPPED, oldest first: what spread-by-group and the
   * service scheduler look at, without walking every task the cluster ever ran.
   */
  private final Map<String, Set<TaskRecord>> liveByGroup = new HashMap<>();

  ClusterState(Cluster cluster, String arn) {
    this.cluster = cluster;
    this.arn = arn;
  }

  void add(TaskRecord task) {
    tasks.put(task.arn(), task);
    liveByGroup.computeIfAbsent(task.group, g -> new LinkedHashSet<>()).add(task);
  }

  /** A task reached STOPPED. */
  void stopped(TaskRecord task) {
    Set<TaskRecord> live = liveByGroup.get(task.group);
    if (live != null) {
      live.remove(task);
    }
  }

  /** Every task that has not reached STOPPED, group by group. */
  List<TaskRecord> live() {
    List<TaskRecord> result = new ArrayList<>();
    liveByGroup.values().forEach(result::addAll);
    return result;
  }

  /** The tasks of a group whose desired status is still RUNNING, oldest first. */
  List<TaskRecord> running(String group) {
    List<TaskRecord> result = new ArrayList<>();
    for (TaskRecord task : liveByGroup.getOrDefault(group, Set.of())) {
      if (!task.isStopping()) {
        result.add(task);
      }
    }
    return result;
  }

  String name() {
    return cluster.clusterName();
  }

  /** An instance by ARN, id or EC2 instance id, deregistered ones included. */
  Optional<InstanceRecord> instance(String reference) {
    InstanceRecord byArn = instances.get(reference);
    if (byArn != null) {
      return Optional.of(byArn);
    }
    return instances.values().stream().filter(i -> i.isNamedBy(reference)).findFirst();
  }

  /** A task by ARN or id. */
  Optional<TaskRecord> task(String reference) {
    TaskRecord byArn = tasks.get(reference);
    if (byArn != null) {
      return Optional.of(byArn);
    }
    return tasks.values().stream().filter(t -> t.arn().endsWith("/" + reference)).findFirst();
  }
}
