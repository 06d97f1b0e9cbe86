package dev.ecsdsl.benchmarks;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of a rolling deployment of a big REPLICA service on the in-memory runtime: {@code tasks}
 * tasks of {@code web:1} (256 CPU units, 512 MiB, a container health check every 30 s) steady on
 * m5.large instances over three Availability Zones, enough of them for the default maximumPercent of 200
 * (8 tasks per instance, so {@code tasks / 4} instances), then UpdateService to {@code web:2} and one hour
 * of virtual time from that call on.
 *
 * <p>{@link #rollingDeploymentThroughOneHour} measures the update, {@code awaitSteadyState} (which
 * checks the service after every event, as a test would) and the rest of the hour;
 * {@link #rollingDeploymentThroughOneHourUnwatched} the update and the hour without that check. The
 * deployment and the first steady state are set up before each measured run and not timed;
 * {@link #deployToSteadyState} measures that setup on its own, for information.
 *
 * <p>Single-shot JMH runs: each operation is a whole scenario (about a second or more), so what matters
 * is its wall time in a warmed-up, forked JVM, not throughput of a hot loop. {@link #main} plays one
 * scenario with a timer per phase instead (see BENCHMARKS.md), for profiling.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class ServiceRolloutBenchmark {
  private static final String CLUSTER = "prod";
  private static final String SERVICE = "web";
  private static final Duration ONE_HOUR = Duration.ofHours(1);
  private static final int TASKS_PER_INSTANCE = 8;

  /** The service's desired count. */
  @Param({"1000", "5000"})
  public int tasks;

  private InMemoryEcs ecs;

  /** The environment: {@code tasks} tasks of web:1, room for twice as many, web:2 registered. */
  static Environment environment(int tasks) {
    int instances = (2 * tasks + TASKS_PER_INSTANCE - 1) / TASKS_PER_INSTANCE;
    return Ecs.environment("rollout-benchmark")
        .cluster(CLUSTER, c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(instances)
            .zones("us-east-1a", "us-east-1b", "us-east-1c")))
        .taskDefinition("web", td -> td.container("app", a -> a.image("web:1").cpu(256).memory(512)
            .healthCheck("curl -f http://localhost:8080/health",
                hc -> hc.interval(30).timeout(5).retries(3).startPeriod(0))))
        .taskDefinition("web", td -> td.container("app", a -> a.image("web:2").cpu(256).memory(512)
            .healthCheck("curl -f http://localhost:8080/health",
                hc -> hc.interval(30).timeout(5).retries(3).startPeriod(0))))
        .service(SERVICE, s -> s.cluster(CLUSTER).taskDefinition("web:1").desiredCount(tasks).ec2())
        .build();
  }

  /** A runtime with the service steady on web:1. */
  static InMemoryEcs steady(Environment environment) {
    InMemoryEcs runtime = InMemoryEcs.create(42);
    runtime.deploy(environment);
    runtime.await(Conditions.serviceSteady(CLUSTER, SERVICE)).atMost(ONE_HOUR);
    return runtime;
  }

  /** Deploys and waits for the first steady state (not timed). */
  @Setup(Level.Iteration)
  public void setUp() {
    ecs = steady(environment(tasks));
  }

  /** Releases the runtime. */
  @TearDown(Level.Iteration)
  public void tearDown() {
    ecs.close();
  }

  /** UpdateService to web:2, wait for the steady state, then run to one hour after the update. */
  @Benchmark
  public ServiceDescription rollingDeploymentThroughOneHour() {
    return rollOut(ecs);
  }

  /**
   * UpdateService to web:2, then one hour without checking anything on the way: the simulation's own cost,
   * without {@code awaitSteadyState}'s DescribeServices after every event.
   */
  @Benchmark
  public ServiceDescription rollingDeploymentThroughOneHourUnwatched() {
    Instant updated = ecs.clock().now();
    ecs.ecs().updateService(UpdateServiceRequest.builder().cluster(CLUSTER).service(SERVICE).taskDefinition("web:2")
        .build());
    ecs.clock().advance(ONE_HOUR);
    return completed(describe(ecs), updated);
  }

  /** Deploy the environment and wait until the service is steady (for information). */
  @Benchmark
  public ServiceDescription deployToSteadyState() {
    try (InMemoryEcs runtime = steady(environment(tasks))) {
      return describe(runtime);
    }
  }

  private static ServiceDescription rollOut(InMemoryEcs runtime) {
    Instant updated = runtime.clock().now();
    runtime.ecs().updateService(UpdateServiceRequest.builder().cluster(CLUSTER).service(SERVICE)
        .taskDefinition("web:2").build());
    runtime.await(Conditions.serviceSteady(CLUSTER, SERVICE)).atMost(ONE_HOUR);
    runtime.clock().advance(Duration.between(runtime.clock().now(), updated.plus(ONE_HOUR)));
    return completed(describe(runtime), updated);
  }

  private static ServiceDescription completed(ServiceDescription service, Instant updated) {
    if (!service.isSteady() || !service.taskDefinition().endsWith("/web:2")) {
      throw new IllegalStateException("the rollout started at " + updated + " did not complete: " + service);
    }
    return service;
  }

  /**
   * Plays the scenario with a timer per phase: {@code [tasks [warm-ups [runs [await|waiter|advance]]]]},
   * defaults 1000, 2, 3, await. {@code waiter} waits with the SDK-style {@code
   * waiter().waitUntilServicesStable} instead of {@code awaitSteadyState}; {@code advance} skips the wait and
   * only lets the hour pass, which shows what the simulation costs without a check after every event. Prints one line per run, with the
   * CPU time of the measured part next to its wall time (on a loaded machine the thread waits for a core).
   */
  public static void main(String[] args) {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String mode = args.length > 3 ? args[3] : "await";
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int run = 0; run < warmups + runs; run++) {
      long t0 = System.nanoTime();
      Environment environment = environment(tasks);
      long t1 = System.nanoTime();
      try (InMemoryEcs runtime = steady(environment)) {
        long t2 = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        Instant updated = runtime.clock().now();
        runtime.ecs().updateService(UpdateServiceRequest.builder().cluster(CLUSTER).service(SERVICE)
            .taskDefinition("web:2").build());
        long t3 = System.nanoTime();
        if (mode.equals("await")) {
          runtime.await(Conditions.serviceSteady(CLUSTER, SERVICE)).atMost(ONE_HOUR);
        } else if (mode.equals("waiter")) {
          runtime.waiter().waitUntilServicesStable(r -> r.cluster(CLUSTER).services(SERVICE),
              o -> o.waitTimeout(ONE_HOUR));
        }
        Duration rollout = Duration.between(updated, runtime.clock().now());
        long t4 = System.nanoTime();
        runtime.clock().advance(Duration.between(runtime.clock().now(), updated.plus(ONE_HOUR)));
        long t5 = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        completed(describe(runtime), updated);
        System.out.printf("%s %d tasks (%s): build %d ms, deploy to steady %d ms, update call %d ms, rollout to"
                + " steady %d ms (%s virtual), rest of the hour %d ms; measured part %d ms (CPU %d ms); %,d events%n",
            run < warmups ? "warm-up" : "run", tasks, mode, ms(t1 - t0), ms(t2 - t1),
            ms(t3 - t2), ms(t4 - t3), rollout, ms(t5 - t4), ms(t5 - t2), ms(cpu), runtime.events().size());
      }
    }
  }

  private static ServiceDescription describe(InMemoryEcs runtime) {
    return runtime.ecs().describeServices(r -> r.cluster(CLUSTER).services(SERVICE)).service();
  }

  private static long ms(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }
}
