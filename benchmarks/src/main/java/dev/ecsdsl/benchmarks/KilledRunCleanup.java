package dev.ecsdsl.benchmarks;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.agent.DockerLabels;
import dev.ecsdsl.docker.engine.DockerEngine;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long after a JVM running a Docker runtime is killed with SIGKILL its containers, networks, volumes and
 * NAT rule are gone, with no other run started: the watchdog's work. Each round starts a JVM of its own
 * ({@code child}) that runs 4 bridge tasks and 2 awsvpc tasks (8 containers: 6 task containers and 2 pause
 * containers, the run network, an EFS volume, the link-local NAT rule), kills it as soon as every task runs,
 * and polls the engine and {@code iptables -t nat -S} every 50 ms until nothing of the run is left.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.ecsdsl.benchmarks.KilledRunCleanup [rounds]</pre>
 */
public final class KilledRunCleanup {
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  private KilledRunCleanup() {}

  /** {@code [rounds]}, or {@code child} for the JVM that is killed. */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child();
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    try (DockerClient docker = DockerEngine.connect()) {
      for (int round = 1; round <= rounds; round++) {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), KilledRunCleanup.class.getName(), "child")
            .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String runId = null;
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
          if (line.startsWith("run ")) {
            runId = line.substring(4);
          }
        }
        if (runId == null || line == null) {
          throw new IllegalStateException("the child did not get ready");
        }
        int containers = containers(docker, runId);
        child.destroyForcibly().waitFor();
        long killed = System.nanoTime();
        long deadline = killed + PATIENCE.toNanos();
        while (!nothingLeft(docker, runId) && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - killed) / 1e9;
        System.out.printf(Locale.ROOT, "round %d: run %s with %d containers killed; %s %.2f s after the kill%n", round,
            runId, containers, nothingLeft(docker, runId) ? "nothing left" : "STILL THERE", seconds);
      }
    }
  }

  private static void child() throws Exception {
    Timings quick = new Timings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
        Duration.ofMinutes(1), Duration.ofSeconds(2));
    DockerEcs ecs = DockerEcs.create(3, quick);
    String busybox = TestImages.busybox(ecs.docker());
    String[] loop = {"sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"};
    ecs.deploy(Ecs.environment("killed")
        .efs("fs-killed")
        .cluster("killed", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.xlarge").count(1).zones("us-east-1a")))
        .taskDefinition("bridge", td -> td.efsVolume("data", "fs-killed")
            .container("app", a -> a.image(busybox).memory(32).mount("data", "/data").command(loop)))
        .taskDefinition("vpc", td -> td.networkMode(NetworkMode.AWSVPC).cpu(256).memory(128)
            .container("app", a -> a.image(busybox).memory(32).command(loop)))
        .build());
    List<Task> tasks = new ArrayList<>(ecs.ecs().runTask(RunTaskRequest.of("killed", "bridge", 4)).tasks());
    tasks.addAll(ecs.ecs().runTask(RunTaskRequest.builder().cluster("killed").taskDefinition("vpc").count(2)
        .networkConfiguration(NetworkConfiguration.of(List.of("subnet-default-us-east-1a"), List.of("default")))
        .build()).tasks());
    System.out.println("run " + ecs.runId());
    for (Task task : tasks) {
      try {
        ecs.await("task " + task.taskArn() + " RUNNING", r -> r.ecs().describeTasks(d -> d.cluster("killed")
            .tasks(task.taskArn())).task().lastStatus() == TaskStatus.RUNNING).atMost(PATIENCE);
      } catch (WaitTimeoutException e) {
        System.out.println("not running: " + e.getMessage());
        System.exit(2);
      }
    }
    System.out.println("ready");
    Thread.sleep(PATIENCE.toMillis());
  }

  private static int containers(DockerClient docker, String runId) {
    return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(DockerLabels.RUN, runId)).exec().size();
  }

  private static boolean nothingLeft(DockerClient docker, String runId) throws Exception {
    List<InspectVolumeResponse> volumes = docker.listVolumesCmd()
        .withFilter("label", List.of(DockerLabels.RUN + "=" + runId)).exec().getVolumes();
    return containers(docker, runId) == 0
        && docker.listNetworksCmd().withFilter("label", List.of(DockerLabels.RUN + "=" + runId)).exec().isEmpty()
        && (volumes == null || volumes.isEmpty())
        && !natRules().contains("ecs-dsl run " + runId);
  }

  private static String natRules() throws Exception {
    Process process = new ProcessBuilder("iptables", "-w", "-t", "nat", "-S").redirectErrorStream(true).start();
    String rules = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return rules;
  }
}
