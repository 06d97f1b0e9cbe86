package dev.ecsdsl.examples.tour;

import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.EcsApi;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the live tasks are at one moment: per cluster, the tasks on each container instance and the Fargate
 * tasks per zone (ListContainerInstances and ListTasks).
 *
 * @param clusters every cluster of the environment, in the order the runtime lists them
 */
public record Placement(List<ClusterPlacement> clusters) {

  /** One cluster's instances (in registration order) and Fargate tasks by zone (zones sorted). */
  public record ClusterPlacement(String name, List<InstancePlacement> instances, Map<String, List<PlacedTask>> fargate) {}

  /** One container instance with its tasks. */
  public record InstancePlacement(String ec2InstanceId, String zone, String instanceType, String status,
      List<PlacedTask> tasks) {}

  /**
   * One live task.
   *
   * @param id the task id
   * @param family its task definition family
   * @param revision its task definition revision
   * @param group its service ({@code service:web}) or family group
   * @param lastStatus where it is in its life
   */
  public record PlacedTask(String id, String family, int revision, String group, String lastStatus) {
    static PlacedTask of(Task t) {
      String familyRevision = t.taskDefinitionArn().substring(t.taskDefinitionArn().lastIndexOf('/') + 1);
      int colon = familyRevision.lastIndexOf(':');
      return new PlacedTask(t.taskId(), familyRevision.substring(0, colon),
          Integer.parseInt(familyRevision.substring(colon + 1)), t.group(), t.lastStatus().name());
    }
  }

  /**
   * The live tasks (desired RUNNING, not yet STOPPED) of every cluster of the runtime, now.
   *
   * @param ecs the runtime to look at
   * @return the placement
   */
  public static Placement of(EcsRuntime ecs) {
    List<ClusterPlacement> clusters = new ArrayList<>();
    EcsApi api = ecs.ecs();
    for (ClusterDescription cluster : ListAndDescribe.clusters(api)) {
      List<Task> live = ListAndDescribe.tasks(api, cluster.clusterName(), TaskFilter.running()).stream()
          .filter(t -> t.lastStatus() != TaskStatus.STOPPED).toList();
      List<InstancePlacement> instances = new ArrayList<>();
      for (ContainerInstance ci : ListAndDescribe.containerInstances(api, cluster.clusterName())) {
        List<PlacedTask> tasks = live.stream()
            .filter(t -> t.containerInstanceArn().map(ci.containerInstanceArn()::equals).orElse(false))
            .map(PlacedTask::of).toList();
        instances.add(new InstancePlacement(ci.ec2InstanceId(), ci.attribute("ecs.availability-zone"),
            ci.attribute("ecs.instance-type"), ci.status().name(), tasks));
      }
      Map<String, List<PlacedTask>> fargate = new TreeMap<>();
      live.stream().filter(t -> t.launchType() == LaunchType.FARGATE)
          .forEach(t -> fargate.computeIfAbsent(t.availabilityZone(), z -> new ArrayList<>()).add(PlacedTask.of(t)));
      clusters.add(new ClusterPlacement(cluster.clusterName(), instances, fargate));
    }
    return new Placement(clusters);
  }

  /**
   * How many live tasks it shows.
   *
   * @return the count
   */
  public int taskCount() {
    return clusters.stream().mapToInt(c -> c.instances().stream().mapToInt(i -> i.tasks().size()).sum()
        + c.fargate().values().stream().mapToInt(List::size).sum()).sum();
  }
}
