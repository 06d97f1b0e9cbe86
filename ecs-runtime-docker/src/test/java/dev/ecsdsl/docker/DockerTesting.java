package dev.ecsdsl.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.Network;
import dev.ecsdsl.docker.agent.DockerLabels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What Docker tests ask the engine directly. */
public final class DockerTesting {
  /** A busybox shell script that runs until SIGTERM, then exits 0. */
  public static final String RUNS_UNTIL_STOPPED = "trap 'exit 0' TERM; while true; do sleep 1; done";

  private DockerTesting() {}

  /** Names of the containers (any state) labelled with the run. */
  public static List<String> containersOf(DockerClient docker, String runId) {
    return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(DockerLabels.RUN, runId)).exec()
        .stream().map(c -> String.join(",", c.getNames())).toList();
  }

  /** Names of the networks labelled with the run. */
  public static List<String> networksOf(DockerClient docker, String runId) {
    return docker.listNetworksCmd().withFilter("label", List.of(DockerLabels.RUN + "=" + runId)).exec()
        .stream().map(Network::getName).toList();
  }

  /** Names of the volumes labelled with the run. */
  public static List<String> volumesOf(DockerClient docker, String runId) {
    return volumesLabelled(docker, DockerLabels.RUN + "=" + runId);
  }

  /** Names of the volumes with the label ({@code key} or {@code key=value}). */
  public static List<String> volumesLabelled(DockerClient docker, String label) {
    List<InspectVolumeResponse> volumes = docker.listVolumesCmd().withFilter("label", List.of(label)).exec()
        .getVolumes();
    return volumes == null ? List.of() : volumes.stream().map(InspectVolumeResponse::getName).toList();
  }

  /** Runs a container of {@code image} to its end and returns its exit code and output; removes it. */
  public static Result run(DockerClient docker, String image, String... command) throws InterruptedException {
    String id = docker.createContainerCmd(image).withCmd(command).exec().getId();
    try {
      docker.startContainerCmd(id).exec();
      int exitCode = docker.waitContainerCmd(id).exec(new WaitContainerResultCallback())
          .awaitStatusCode(60, TimeUnit.SECONDS);
      StringBuilder output = new StringBuilder();
      docker.logContainerCmd(id).withStdOut(true).withStdErr(true).exec(new ResultCallback.Adapter<Frame>() {
        @Override
        public void onNext(Frame frame) {
          output.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
        }
      }).awaitCompletion(30, TimeUnit.SECONDS);
      return new Result(exitCode, output.toString());
    } finally {
      docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
    }
  }

  /** A finished container's exit code and output. */
  public record Result(int exitCode, String output) {}
}
