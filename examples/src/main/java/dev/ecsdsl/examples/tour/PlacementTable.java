package dev.ecsdsl.examples.tour;

import dev.ecsdsl.examples.tour.Placement.ClusterPlacement;
import dev.ecsdsl.examples.tour.Placement.InstancePlacement;
import dev.ecsdsl.examples.tour.Placement.PlacedTask;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints a {@link Placement} as a table: one row per container instance, one per zone for Fargate tasks. */
public final class PlacementTable {
  private PlacementTable() {}

  /**
   * Prints the table to {@code out}.
   *
   * @param placement the tasks per instance and zone
   * @param out where to print
   */
  public static void print(Placement placement, PrintStream out) {
    out.printf("%-14s %-22s %-11s %-10s %-9s %s%n", "cluster", "instance", "zone", "type", "status", "tasks");
    for (ClusterPlacement cluster : placement.clusters()) {
      for (InstancePlacement i : cluster.instances()) {
        out.printf("%-14s %-22s %-11s %-10s %-9s %s%n", cluster.name(), i.ec2InstanceId(), i.zone(),
            i.instanceType(), i.status(), summary(i.tasks()));
      }
      for (Map.Entry<String, List<PlacedTask>> zone : cluster.fargate().entrySet()) {
        out.printf("%-14s %-22s %-11s %-10s %-9s %s%n", cluster.name(), "(Fargate)", zone.getKey(), "-", "-",
            summary(zone.getValue()));
      }
    }
    out.printf("%d live task%s%n", placement.taskCount(), placement.taskCount() == 1 ? "" : "s");
  }

  /** {@code 2 × orders:1, 1 × log-agent:1}: tasks counted per family and revision. */
  static String summary(List<PlacedTask> tasks) {
    if (tasks.isEmpty()) {
      return "-";
    }
    return tasks.stream().collect(Collectors.groupingBy(t -> t.family() + ":" + t.revision(), TreeMap::new,
            Collectors.counting()))
        .entrySet().stream().map(e -> e.getValue() + " x " + e.getKey()).collect(Collectors.joining(", "));
  }
}
