package dev.ecsdsl.benchmarks;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.waiters.Conditions;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How long a 10-task service behind an application load balancer takes to reach a steady state on {@link
 * DockerEcs}: from {@code deploy} until every task is RUNNING, every target is healthy (real HTTP checks of
 * {@code /health}: interval 5 s, healthy after 2 passes, ELB's minimums), the service is steady, and the
 * local ALB has answered from all 10 tasks. Each round is a fresh runtime (closed afterwards); prints each
 * phase's median, min and max over the rounds.
 *
 * <p>The control plane's virtual steps ({@link Timings}: activation, ENI attachment, Fargate provisioning)
 * are zero, as in {@link DockerStartLatency}: they stand for ECS's work, not Docker's.
 *
 * <pre>
 * mvn -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.ecsdsl.benchmarks.DockerServiceSteadyState [rounds]
 * </pre>
 */
public final class DockerServiceSteadyState {
  private static final String CLUSTER = "bench";
  private static final int TASKS = 10;
  private static final Duration PATIENCE = Duration.ofMinutes(5);
  private static final Timings ZERO = new Timings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
      Duration.ZERO, Duration.ofMinutes(1), Duration.ofSeconds(5));

  private DockerServiceSteadyState() {}

  /** Runs the rounds; argument: rounds (default 3). */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    String[] phases = {"all 10 tasks RUNNING", "all 10 targets healthy", "service steady",
        "ALB answered from all 10 tasks"};
    List<List<Long>> millis = new ArrayList<>();
    for (String ignored : phases) {
      millis.add(new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      long[] sample = round();
      for (int p = 0; p < phases.length; p++) {
        millis.get(p).add(sample[p]);
      }
      System.out.printf(Locale.ROOT, "round %d: running %d ms, healthy %d ms, steady %d ms, answered %d ms%n",
          round + 1, sample[0], sample[1], sample[2], sample[3]);
    }
    for (int p = 0; p < phases.length; p++) {
      List<Long> sorted = millis.get(p).stream().sorted().toList();
      System.out.printf(Locale.ROOT, "deploy -> %-32s median %6d ms   min %6d ms   max %6d ms%n", phases[p],
          sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }
  }

  private static long[] round() throws IOException {
    try (DockerEcs ecs = DockerEcs.create(1, ZERO)) {
      Environment environment = environment(TestImages.busybox(ecs.docker()));
      long start = System.nanoTime();
      ecs.deploy(environment);
      long running = await(ecs, start, "tasks running",
          r -> ListAndDescribe.tasks(r.ecs(), CLUSTER, TaskFilter.running().serviceName("web")).stream()
              .filter(t -> t.lastStatus() == TaskStatus.RUNNING).count() == TASKS);
      long healthy = await(ecs, start, "targets healthy",
          r -> r.elb().describeTargetHealth(d -> d.targetGroupArn("web")).targetHealthDescriptions().stream()
              .filter(t -> t.isHealthy()).count() == TASKS);
      ecs.await(Conditions.serviceSteady(CLUSTER, "web")).atMost(PATIENCE);
      long steady = (System.nanoTime() - start) / 1_000_000;
      InetSocketAddress alb = ecs.endpoint("alb", 80);
      Set<String> answered = new HashSet<>();
      while (answered.size() < TASKS) {
        answered.add(get(URI.create("http://" + alb.getHostString() + ":" + alb.getPort() + "/")));
        requireWithin(start, "the ALB answers from every task");
      }
      long served = (System.nanoTime() - start) / 1_000_000;
      return new long[] {running, healthy, steady, served};
    }
  }

  private static long await(DockerEcs ecs, long start, String what, Predicate<EcsRuntime> condition) {
    try {
      ecs.await(what, condition).atMost(PATIENCE);
    } catch (WaitTimeoutException e) {
      throw new IllegalStateException(e.getMessage() + "\n" + ecs.events().timeline(), e);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void requireWithin(long start, String what) {
    if (System.nanoTime() - start > PATIENCE.toNanos()) {
      throw new IllegalStateException("not reached within " + PATIENCE + ": " + what);
    }
  }

  private static String get(URI uri) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    try {
      int status = connection.getResponseCode();
      if (status != 200) {
        throw new IllegalStateException("the ALB answered " + status);
      }
      try (InputStream in = connection.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
    } finally {
      connection.disconnect();
    }
  }

  private static Environment environment(String image) {
    return Ecs.environment("bench")
        .vpc(v -> v.cidr("10.0.0.0/16")
            .subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24")
            .securityGroup("sg-lb", sg -> sg.ingress(80, "0.0.0.0/0"))
            .securityGroup("sg-web", sg -> sg.ingressFrom(8080, "sg-lb")))
        .loadBalancer("alb", lb -> lb.application().subnets("subnet-a", "subnet-b").securityGroups("sg-lb")
            .listener(80, l -> l.forwardTo("web")))
        .targetGroup("web", tg -> tg.ip().port(8080).deregistrationDelay(5).healthCheck(h -> h.path("/health")
            .intervalSeconds(5).timeoutSeconds(2).healthyThresholdCount(2).unhealthyThresholdCount(2)))
        .cluster(CLUSTER, c -> c.fargateCapacityProviders())
        .taskDefinition("web", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image(image).memory(64).port(8080).command("sh", "-c",
                "mkdir -p /www && hostname > /www/index.html && echo ok > /www/health"
                    + " && trap 'exit 0' TERM; httpd -f -p 8080 -h /www & wait")))
        .service("web", s -> s.cluster(CLUSTER).taskDefinition("web").desiredCount(TASKS).fargate()
            .subnets("subnet-a", "subnet-b").securityGroups("sg-web").loadBalancer("web", "app", 8080))
        .build();
  }
}
