package dev.ecsdsl.api;

import dev.ecsdsl.control.daemons.DaemonTaskDefinitionQuery;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Tag;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.EcsApi;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskDefinitionStatus;
import dev.ecsdsl.runtime.TaskFilter;
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
    EcsApi api = runtime.ecs();
    List<String> parts = new ArrayList<>();
    parts.add("environment " + runtime.environment());
    parts.add("capacity providers " + api.describeCapacityProviders(r -> { }).capacityProviders());
    for (TaskDefinitionStatus status : List.of(TaskDefinitionStatus.ACTIVE, TaskDefinitionStatus.INACTIVE)) {
      for (String arn : api.listTaskDefinitions(r -> r.status(status)).taskDefinitionArns()) {
        parts.add("task definition " + api.describeTaskDefinition(r -> r.taskDefinition(arn)).taskDefinition()
            + " tags " + tags(api, arn));
      }
    }
    if (runtime instanceof InMemoryEcs ecs) {
      ecs.daemons().listDaemonTaskDefinitions(new DaemonTaskDefinitionQuery(Optional.empty(), Optional.empty(),
          Optional.empty(), false, false)).forEach(d -> parts.add("daemon task definition " + d + " tags "
              + tags(api, d.daemonTaskDefinitionArn())));
    }
    for (ClusterDescription cluster : ListAndDescribe.clusters(api)) {
      String name = cluster.clusterName();
      parts.add("cluster " + cluster + " tags " + tags(api, cluster.clusterArn()));
      for (ServiceDescription service : ListAndDescribe.services(api, name)) {
        parts.add("service " + service + " tags " + tags(api, service.serviceArn()));
      }
      for (Task task : ListAndDescribe.tasks(api, name, TaskFilter.all())) {
        parts.add("task " + task + " tags " + tags(api, task.taskArn()));
      }
      ListAndDescribe.containerInstances(api, name).forEach(i -> parts.add("instance " + i + " tags "
          + tags(api, i.containerInstanceArn())));
      parts.add("attributes " + api.listAttributes(r -> r.cluster(name)).attributes());
    }
    return new StateSnapshot(List.copyOf(parts));
  }

  private static List<Tag> tags(EcsApi api, String resourceArn) {
    return api.listTagsForResource(r -> r.resourceArn(resourceArn)).tags();
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
