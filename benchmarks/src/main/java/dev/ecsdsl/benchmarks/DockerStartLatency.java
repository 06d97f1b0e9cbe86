package dev.ecsdsl.benchmarks;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.HostConfig;
import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.agent.DockerLabels;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RuntimeEvent;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * How much later a task's container runs on {@link DockerEcs} than the same container started straight
 * with Docker, on the same engine, in one run: RunTask until the task is RUNNING, against {@code docker
 * run -d} (create and start through docker-java) of the same image, command and memory limit on a
 * user-defined bridge network like the runtime's. Rounds alternate which goes first; a few warm-up
 * rounds are dropped. Prints median, p90 and the ratio of the medians (the goal is at most 1.3).
 *
 * <p>The control plane's own virtual steps ({@link Timings}: activation 1 s by default, ENI attachment,
 * …) are set to zero: they stand for ECS's work, not Docker's, and would swamp the comparison.
 *
 * <pre>
 * mvn -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.ecsdsl.benchmarks.DockerStartLatency [rounds] [warm-up rounds]
 * </pre>
 */
public final class DockerStartLatency {
  private static final String CLUSTER = "bench";
  private static final String FAMILY = "sleeper";
  private static final long MEMORY_MIB = 64;
  private static final List<String> COMMAND = List.of("sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait");
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String BENCHMARK_LABEL = "dev.ecsdsl.benchmark";

  private DockerStartLatency() {}

  /** Runs the comparison; arguments: rounds (default 30), warm-up rounds (default 3). */
  public static void main(String[] args) throws InterruptedException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Timings zero = new Timings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
        Duration.ofMinutes(1), Duration.ofSeconds(5));
    try (DockerEcs ecs = DockerEcs.create(1, zero)) {
      DockerClient docker = ecs.docker();
      String image = TestImages.busybox(docker);
      ecs.deploy(environment(image));
      String network = "ecs-dsl-bench-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
      docker.createNetworkCmd().withName(network).withDriver("bridge").withLabels(Map.of(BENCHMARK_LABEL, "true"))
          .exec();
      try {
        run(ecs, docker, image, network, rounds, warmUp);
      } finally {
        docker.removeNetworkCmd(network).exec();
      }
    }
  }

  private static void run(DockerEcs ecs, DockerClient docker, String image, String network, int rounds, int warmUp)
      throws InterruptedException {
    List<Long> ecsNanos = new ArrayList<>();
    List<Long> dockerNanos = new ArrayList<>();
    List<Long> agentNanos = new ArrayList<>();
    for (int round = 0; round < warmUp + rounds; round++) {
      boolean measured = round >= warmUp;
      long[] ecsSample;
      long dockerSample;
      if (round % 2 == 0) {
        ecsSample = ecsRound(ecs);
        dockerSample = dockerRound(docker, image, network);
      } else {
        dockerSample = dockerRound(docker, image, network);
        ecsSample = ecsRound(ecs);
      }
      if (measured) {
        ecsNanos.add(ecsSample[0]);
        agentNanos.add(ecsSample[1]);
        dockerNanos.add(dockerSample);
      }
    }
    System.out.printf(Locale.ROOT, "%d rounds (after %d warm-up rounds), busybox %s, Docker %s%n", rounds, warmUp,
        image, docker.versionCmd().exec().getVersion());
    print("DockerEcs: RunTask -> RUNNING", ecsNanos);
    print("  of which RunTask -> container started reported", agentNanos);
    print("docker run -d (create + start)", dockerNanos);
    System.out.printf(Locale.ROOT, "ratio of medians %.2f, of p90s %.2f (goal <= 1.3)%n",
        (double) percentile(ecsNanos, 50) / percentile(dockerNanos, 50),
        (double) percentile(ecsNanos, 90) / percentile(dockerNanos, 90));
  }

  private static Task describe(DockerEcs ecs, Task task) {
    return ecs.ecs().describeTasks(r -> r.cluster(CLUSTER).tasks(task.taskArn())).task();
  }

  /** One task: nanoseconds from RunTask to RUNNING, and from RunTask to the agent's start report. */
  private static long[] ecsRound(DockerEcs ecs) throws InterruptedException {
    Instant before = Instant.now();
    long start = System.nanoTime();
    Task task = ecs.ecs().runTask(RunTaskRequest.of(CLUSTER, FAMILY, 1)).tasks().get(0);
    while (describe(ecs, task).lastStatus() != TaskStatus.RUNNING) {
      requireTime(start, "task " + task.taskId() + " to run");
      LockSupport.parkNanos(100_000);
    }
    long running = System.nanoTime() - start;
    long started = startedReport(ecs, task, before);
    ecs.ecs().stopTask(r -> r.cluster(CLUSTER).task(task.taskArn()).reason("benchmark round done"));
    long stopping = System.nanoTime();
    while (!(describe(ecs, task).lastStatus() == TaskStatus.STOPPED
        && ecs.docker().listContainersCmd().withShowAll(true)
            .withLabelFilter(Map.of(DockerLabels.TASK, task.taskId())).exec().isEmpty())) {
      requireTime(stopping, "task " + task.taskId() + " to be stopped and removed");
      Thread.sleep(10);
    }
    return new long[] {running, started};
  }

  /** The time from {@code before} (just before RunTask) to the task's CONTAINER_STARTED event. */
  private static long startedReport(DockerEcs ecs, Task task, Instant before) {
    String shortId = task.taskId().substring(0, 8);
    for (RuntimeEvent event : ecs.events()) {
      if (event.type() == EventType.CONTAINER_STARTED && event.subject().contains(shortId)
          && !event.at().isBefore(before)) {
        return Duration.between(before, event.at()).toNanos();
      }
    }
    throw new IllegalStateException("no CONTAINER_STARTED event of task " + task.taskId());
  }

  /** One {@code docker run -d}: nanoseconds from create until start returned; the container is then removed. */
  private static long dockerRound(DockerClient docker, String image, String network) {
    long start = System.nanoTime();
    String id = docker.createContainerCmd(image).withCmd(COMMAND)
        .withLabels(Map.of(BENCHMARK_LABEL, "true"))
        .withHostConfig(HostConfig.newHostConfig().withNetworkMode(network).withMemory(MEMORY_MIB * 1024 * 1024))
        .exec().getId();
    docker.startContainerCmd(id).exec();
    long elapsed = System.nanoTime() - start;
    docker.removeContainerCmd(id).withForce(true).exec();
    return elapsed;
  }

  private static Environment environment(String image) {
    return Ecs.environment("start-latency")
        .cluster(CLUSTER, c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1).zones("us-east-1a")))
        .taskDefinition(FAMILY, td -> td.container("app", a -> a.image(image).memory((int) MEMORY_MIB)
            .command(COMMAND.toArray(String[]::new))))
        .build();
  }

  private static void requireTime(long since, String what) {
    if (System.nanoTime() - since > PATIENCE.toNanos()) {
      throw new IllegalStateException("waited " + PATIENCE.toSeconds() + " s for " + what);
    }
  }

  private static void print(String what, List<Long> nanos) {
    System.out.printf(Locale.ROOT, "%-48s median %7.1f ms   p90 %7.1f ms   min %7.1f ms   max %7.1f ms%n", what,
        percentile(nanos, 50) / 1e6, percentile(nanos, 90) / 1e6, percentile(nanos, 0) / 1e6,
        percentile(nanos, 100) / 1e6);
  }

  /** The nearest-rank percentile. */
  private static long percentile(List<Long> values, int percent) {
    List<Long> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
