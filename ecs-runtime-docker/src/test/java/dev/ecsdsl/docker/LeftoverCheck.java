package dev.ecsdsl.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import dev.ecsdsl.docker.agent.DockerCleanup;
import dev.ecsdsl.docker.agent.DockerLabels;
import dev.ecsdsl.docker.agent.RunOwner;
import dev.ecsdsl.docker.endpoints.TaskEndpoints;
import dev.ecsdsl.docker.engine.DockerEngine;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every {@link RequiresDocker} class: whatever this JVM created on the engine and did not remove (every
 * container, network and volume carries its owner's pid and start time) is removed now, with the run's link-local
 * NAT rule, and the class fails naming it. So a test that fails half-way, or a runtime that is never closed, leaves nothing for the next run,
 * and the leak is still reported. No runtime outlives its class, so anything of this JVM found here is a leak.
 */
public final class LeftoverCheck implements AfterAllCallback {

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try (DockerClient docker = DockerEngine.connect()) {
      TreeSet<String> runs = runsOfThisJvm(docker);
      if (runs.isEmpty()) {
        return;
      }
      List<String> left = runs.stream().map(run -> run + " " + DockerCleanup.removeRun(docker, run)
          + natRules(TaskEndpoints.removeRedirectsOf(run))).toList();
      throw new AssertionError(context.getRequiredTestClass().getSimpleName() + " left Docker objects behind,"
          + " removed now: " + left);
    }
  }

  private static String natRules(int removed) {
    return removed == 0 ? "" : " and " + removed + " NAT rule" + (removed == 1 ? "" : "s");
  }

  /** The runs of this JVM that still have a container, network or volume on the engine. */
  static TreeSet<String> runsOfThisJvm(DockerClient docker) {
    Map<String, String> owner = RunOwner.current().labels();
    String pid = owner.get(DockerLabels.PID);
    String start = owner.get(DockerLabels.PID_START);
    String filter = DockerLabels.PID + "=" + pid;
    Stream<Map<String, String>> containers = docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(DockerLabels.PID, pid)).exec().stream().map(Container::getLabels);
    Stream<Map<String, String>> networks = docker.listNetworksCmd().withFilter("label", List.of(filter)).exec()
        .stream().map(Network::getLabels);
    var volumeList = docker.listVolumesCmd().withFilter("label", List.of(filter)).exec().getVolumes();
    Stream<Map<String, String>> volumes = volumeList == null ? Stream.empty()
        : volumeList.stream().map(v -> v.getLabels());
    TreeSet<String> runs = new TreeSet<>();
    Stream.of(containers, networks, volumes).flatMap(s -> s).filter(Objects::nonNull)
        .filter(labels -> start.equals(labels.getOrDefault(DockerLabels.PID_START, "")))
        .map(labels -> labels.get(DockerLabels.RUN)).filter(Objects::nonNull).forEach(runs::add);
    return runs;
  }
}
