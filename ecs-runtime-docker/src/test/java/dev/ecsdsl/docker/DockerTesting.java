package dev.ecsdsl.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.Network;
import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.docker.agent.DockerLabels;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What Docker tests ask the engine directly. */
public final class DockerTesting {
  /** A busybox shell script that runs until SIGTERM, then exits 0. */
  public static final String RUNS_UNTIL_STOPPED = "trap 'exit 0' TERM; while true; do sleep 1; done";

  /**
   * Control-plane timings for tests on the wall clock: no ENI attachment, Fargate provisioning, activation,
   * deactivation or ENI detachment delays; a minute for a container to start; a 2-second default stop
   * timeout.
   */
  public static final Timings QUICK = new Timings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
      Duration.ZERO, Duration.ofMinutes(1), Duration.ofSeconds(2));

  private DockerTesting() {}

  /**
   * An environment with a VPC for a web service behind a load balancer: subnets {@code subnet-a}
   * (us-east-1a) and {@code subnet-b} (us-east-1b), {@code sg-lb} open on port 80 and {@code sg-web} open on
   * 8080 to {@code sg-lb} only.
   */
  public static EnvironmentBuilder webVpc(String name) {
    return Ecs.environment(name)
        .vpc(v -> v.cidr("10.0.0.0/16")
            .subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24")
            .securityGroup("sg-lb", sg -> sg.ingress(80, "0.0.0.0/0"))
            .securityGroup("sg-web", sg -> sg.ingressFrom(8080, "sg-lb")));
  }

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

  /** The Docker id of container {@code container} of task {@code taskId} of run {@code runId}. */
  public static String containerId(DockerClient docker, String runId, String taskId, String container) {
    return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(DockerLabels.RUN, runId,
        DockerLabels.TASK, taskId, DockerLabels.CONTAINER, container)).exec().stream()
        .map(com.github.dockerjava.api.model.Container::getId).findFirst()
        .orElseThrow(() -> new AssertionError("no container " + container + " of task " + taskId));
  }

  /** Runs {@code command} in a running container ({@code docker exec}) and returns its exit code and output. */
  public static Result exec(DockerClient docker, String containerId, String... command) throws InterruptedException {
    String execId = docker.execCreateCmd(containerId).withCmd(command).withAttachStdout(true)
        .withAttachStderr(true).exec().getId();
    StringBuilder output = new StringBuilder();
    docker.execStartCmd(execId).exec(new ResultCallback.Adapter<Frame>() {
      @Override
      public void onNext(Frame frame) {
        output.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
      }
    }).awaitCompletion(60, TimeUnit.SECONDS);
    Long exitCode = docker.inspectExecCmd(execId).exec().getExitCodeLong();
    return new Result(exitCode == null ? -1 : exitCode.intValue(), output.toString());
  }

  /** The rules of the host's NAT table ({@code iptables -t nat -S}). */
  public static String natRules() throws IOException, InterruptedException {
    Process process = new ProcessBuilder("iptables", "-w", "-t", "nat", "-S").redirectErrorStream(true).start();
    String rules = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return rules;
  }

  /**
   * Polls the engine and the NAT table until nothing of run {@code runId} is left (containers, networks,
   * volumes, its NAT rule); false if something still is after {@code patience}.
   */
  public static boolean awaitNothingLeft(DockerClient docker, String runId, Duration patience)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (containersOf(docker, runId).isEmpty() && networksOf(docker, runId).isEmpty()
          && volumesOf(docker, runId).isEmpty() && !natRules().contains(natRuleComment(runId))) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  /** The comment on the link-local NAT rule of run {@code runId}. */
  public static String natRuleComment(String runId) {
    return "ecs-dsl run " + runId;
  }

  /** A finished container's exit code and output. */
  public record Result(int exitCode, String output) {}
}
