package dev.ecsdsl.inmemory.control;

import dev.ecsdsl.inmemory.placement.ClusterPlacement;
import dev.ecsdsl.model.Cluster;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One cluster: its description, its container instances, its tasks and its placement state. */
final class ClusterState {
  final Cluster cluster;
  final String arn;
  final ClusterPlacement placement = new ClusterPlacement();
  final Map<String, InstanceRecord> instances = new LinkedHashMap<>();
  final Map<String, TaskRecord> tasks = new LinkedHashMap<>();

  ClusterState(Cluster cluster, String arn) {
    this.cluster = cluster;
    this.arn = arn;
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
