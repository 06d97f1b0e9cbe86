package dev.ecsdsl.benchmarks;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.control.services.ServiceDeploymentStatus;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of a LINEAR deployment of a 1,000-task Fargate service behind an ALB (issue 15): 10 % steps with a
 * 5-minute step bake, a 30-minute bake time, under a steady load of 100 requests to the production listener every
 * 10 s of virtual time, from UpdateService to the end of CLEAN_UP (the deployment SUCCESSFUL). The first
 * deployment and its steady state are set up before each run and not timed. {@link #main} plays it with a timer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class LinearDeploymentBenchmark {
  private static final String CLUSTER = "prod";
  private static final String SERVICE = "web";
  private static final int TASKS = 1000;
  private static final Duration LOAD_INTERVAL = Duration.ofSeconds(10);
  private static final int REQUESTS_PER_INTERVAL = 100;

  private InMemoryEcs ecs;

  /** {@return the shop: web (1,000 Fargate tasks of web:1) behind web-alb, LINEAR to the alternate group green} */
  static Environment environment() {
    return Ecs.environment("linear-benchmark")
        .role("ecsTaskExecutionRole", r -> r.trustedBy(IamRole.ECS_TASKS))
        .role("ecs-infrastructure", r -> r.trustedBy(IamRole.ECS))
        .loadBalancer("web-alb", lb -> lb.subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b")
            .securityGroups("default").listener(80, l -> l.forwardTo("blue").pathRule(10, "/*", "blue")))
        .targetGroup("blue", tg -> tg.ip().port(80))
        .targetGroup("green", tg -> tg.ip().port(80))
        .cluster(CLUSTER, c -> c.fargateCapacityProviders())
        .taskDefinition("web", d -> d.fargate().cpu("256").memory("512").executionRole("ecsTaskExecutionRole")
            .container("app", c -> c.image("web:1").port(80)))
        .taskDefinition("web", d -> d.fargate().cpu("256").memory("512").executionRole("ecsTaskExecutionRole")
            .container("app", c -> c.image("web:2").port(80)))
        .service(SERVICE, s -> s.cluster(CLUSTER).taskDefinition("web:1").desiredCount(TASKS).fargate()
            .subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b").securityGroups("default")
            .loadBalancer("blue", "app", 80, a -> a.alternateTargetGroupArn("green")
                .productionListenerRule("web-alb:80:10").roleArn("ecs-infrastructure"))
            .linear(10.0, 5, 30))
        .build();
  }

  /** {@return a runtime with web steady on web:1} */
  static InMemoryEcs steady() {
    InMemoryEcs runtime = InMemoryEcs.create(42);
    runtime.deploy(environment());
    runtime.await(Conditions.serviceSteady(CLUSTER, SERVICE)).atMost(Duration.ofHours(1));
    return runtime;
  }

  /** Deploys and waits for the first steady state (not timed). */
  @Setup(Level.Iteration)
  public void setUp() {
    ecs = steady();
  }

  /** Releases the runtime. */
  @TearDown(Level.Iteration)
  public void tearDown() {
    ecs.close();
  }

  /**
   * UpdateService to web:2, then the load until the deployment is over.
   *
   * @return the deployment, SUCCESSFUL
   */
  @Benchmark
  public ServiceDeployment linearDeploymentUnderLoad() {
    return deploy(ecs);
  }

  /** UpdateService to web:2, then 100 requests every 10 virtual seconds until the deployment is over. */
  static ServiceDeployment deploy(InMemoryEcs runtime) {
    runtime.ecs().updateService(UpdateServiceRequest.builder().cluster(CLUSTER).service(SERVICE).taskDefinition("web:2")
        .build());
    ServiceDeployment deployment = runtime.serviceDeployments().list(CLUSTER, SERVICE, List.of(), Optional.empty(),
        Optional.empty()).get(0);
    for (int step = 0; step < 6 * 60 * 3 && !deployment.status().isOver(); step++) {
      runtime.elb().sendRequests(r -> r.loadBalancer("web-alb").listenerPort(80).host("web.example.com").path("/")
          .count(REQUESTS_PER_INTERVAL));
      runtime.clock().advance(LOAD_INTERVAL);
    }
    if (deployment.status() != ServiceDeploymentStatus.SUCCESSFUL) {
      throw new IllegalStateException("the LINEAR deployment did not complete: " + deployment + " "
          + deployment.lifecycleStage() + " " + deployment.statusReason());
    }
    return deployment;
  }

  /**
   * Plays the scenario {@code [runs]} times (default 5) with a timer.
   *
   * @param args {@code [runs]}
   */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    for (int run = 0; run < runs; run++) {
      try (InMemoryEcs runtime = steady()) {
        java.time.Instant start = runtime.clock().now();
        long t0 = System.nanoTime();
        ServiceDeployment deployment = deploy(runtime);
        long t1 = System.nanoTime();
        System.out.printf("run %d: %d tasks LINEAR 10%%/5 min/30 min, %s virtual to %s, %d ms wall, %,d events%n",
            run, TASKS, Duration.between(start, runtime.clock().now()), deployment.status(), (t1 - t0) / 1_000_000,
            runtime.events().size());
      }
    }
  }
}
