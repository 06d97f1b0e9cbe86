package dev.ecsdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.runtime.Deployment;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A golden file of a scenario: its whole timeline, then each named service as DescribeServices shows it at
 * the end (counts and the deployments array) and how many tasks each cluster ran, by status. A refactoring of
 * the control plane must leave these byte for byte as they are; a fix of a wrong answer that changes one says
 * so in its commit and regenerates only that file, with {@code -Dgolden.update=true} (which writes to
 * {@code src/test/resources/golden}).
 */
final class Golden {
  private static final Path SOURCE = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /** The golden text of a run: the timeline and the end state of the given services (cluster/service). */
  static String of(InMemoryEcs ecs, List<String> services) {
    StringBuilder out = new StringBuilder(ecs.events().timeline());
    out.append("--- end state at ").append(ecs.clock().now()).append('\n');
    for (String reference : services) {
      String[] parts = reference.split("/");
      ServiceDescription service = ecs.ecs().describeServices(r -> r.cluster(parts[0]).services(parts[1])).service();
      out.append("service ").append(reference).append(' ').append(service.status()).append(" desired ")
          .append(service.desiredCount()).append(" running ").append(service.runningCount()).append(" pending ")
          .append(service.pendingCount()).append(' ').append(service.taskDefinition()).append('\n');
      for (Deployment d : service.deployments()) {
        out.append("  deployment ").append(d.id()).append(' ').append(d.status()).append(' ')
            .append(d.taskDefinition()).append(" desired ").append(d.desiredCount()).append(" pending ")
            .append(d.pendingCount()).append(" running ").append(d.runningCount()).append(" failed ")
            .append(d.failedTasks()).append(' ').append(d.rolloutState()).append(" (")
            .append(d.rolloutStateReason().orElse("")).append(") created ").append(d.createdAt())
            .append(" updated ").append(d.updatedAt()).append('\n');
      }
    }
    for (var cluster : ListAndDescribe.clusters(ecs.ecs())) {
      Map<String, Integer> byStatus = new TreeMap<>();
      for (Task task : ListAndDescribe.tasks(ecs.ecs(), cluster.clusterName(), TaskFilter.all())) {
        byStatus.merge(task.lastStatus().toString(), 1, Integer::sum);
      }
      out.append("cluster ").append(cluster.clusterName()).append(" tasks ").append(byStatus).append('\n');
    }
    return out.toString();
  }

  /** Compares with the golden file, or writes it when {@code -Dgolden.update=true}. */
  static void check(String name, String actual) throws IOException {
    String file = name + ".txt";
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(SOURCE);
      Files.writeString(SOURCE.resolve(file), actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden file " + file + " (write it with -Dgolden.update=true)").isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!expected.equals(actual)) {
      // The first differing line says more than a diff of thousands of lines.
      String[] want = expected.split("\n", -1);
      String[] got = actual.split("\n", -1);
      int line = 0;
      while (line < Math.min(want.length, got.length) && want[line].equals(got[line])) {
        line++;
      }
      assertThat(line < got.length ? got[line] : "<end of timeline>")
          .as("golden file %s differs first at line %d (of %d expected, %d actual)", file, line + 1, want.length,
              got.length)
          .isEqualTo(line < want.length ? want[line] : "<end of timeline>");
      assertThat(actual).isEqualTo(expected);
    }
  }
}
