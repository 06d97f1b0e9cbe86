package dev.ecsdsl.api;

import dev.ecsdsl.control.daemons.DaemonTaskDefinitionQuery;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a runtime holds that an ECS call could change, described through its Java API: the environment (with
 * every registered revision, cluster and service), the daemon task definitions, each cluster with its services
 * (deployments, events), tasks
 * (stopped ones too), container instances and attributes, every resource's tags, task definition statuses and
 * capacity providers. Two snapshots are equal when nothing changed in between.
 */
record StateSnapshot(List<String> parts) {

  static StateSnapshot of(EcsRuntime runtime) {
    List<String> parts = new ArrayList<>();
    parts.add("environment " + runtime.environment());
    parts.add("capacity providers " + runtime.describeCapacityProviders());
    for (String arn : runtime.listTaskDefinitions(Optional.empty())) {
      parts.add("task definition " + runtime.describeTaskDefinition(arn) + " tags "
          + runtime.listTagsForResource(arn));
    }
    if (runtime instanceof InMemoryEcs ecs) {
      ecs.daemons().listDaemonTaskDefinitions(new DaemonTaskDefinitionQuery(Optional.empty(), Optional.empty(),
          Optional.empty(), false, false)).forEach(d -> parts.add("daemon task definition " + d + " tags "
              + runtime.listTagsForResource(d.daemonTaskDefinitionArn())));
    }
    for (ClusterDescription cluster : runtime.describeClusters()) {
      String name = cluster.clusterName();
      parts.add("cluster " + cluster + " tags " + runtime.listTagsForResource(cluster.clusterArn()));
      for (ServiceDescription service : runtime.listServices(name)) {
        parts.add("service " + service + " tags " + runtime.listTagsForResource(service.serviceArn()));
      }
      for (Task task : runtime.listTasks(name)) {
        parts.add("task " + task + " tags " + runtime.listTagsForResource(task.taskArn()));
      }
      runtime.listContainerInstances(name).forEach(i -> parts.add("instance " + i + " tags "
          + runtime.listTagsForResource(i.containerInstanceArn())));
      parts.add("attributes " + runtime.listAttributes(name));
    }
    return new StateSnapshot(List.copyOf(parts));
  }

  /** The first part that differs, for a failure message. */
  String firstDifference(StateSnapshot after) {
    for (int i = 0; i < Math.max(parts.size(), after.parts.size()); i++) {
      String before = i < parts.size() ? parts.get(i) : "(nothing)";
      String now = i < after.parts.size() ? after.parts.get(i) : "(nothing)";
      if (!before.equals(now)) {
        int at = 0;
        while (at < Math.min(before.length(), now.length()) && before.charAt(at) == now.charAt(at)) {
          at++;
        }
        return "before: " + around(before, at) + "\nafter:  " + around(now, at);
      }
    }
    return "(none)";
  }

  /** The text around the first difference, at most 1,200 characters. */
  private static String around(String text, int at) {
    int from = Math.max(0, at - 300);
    return (from > 0 ? "…" : "") + text.substring(from, Math.min(text.length(), at + 900))
        + (at + 900 < text.length() ? "…" : "");
  }
}
