package dev.ecsdsl.benchmarks;

import dev.ecsdsl.control.placement.Allocation;
import dev.ecsdsl.control.placement.ClusterPlacement;
import dev.ecsdsl.control.placement.InstanceSpec;
import dev.ecsdsl.control.placement.PlacementDecision;
import dev.ecsdsl.control.placement.TaskDemand;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Task placement throughput at steady state. The cluster is filled to half its capacity for the task
 * shape, then every operation places one task and releases the task placed {@code window} operations
 * earlier, so occupancy stays at half and every operation does one full placement (filter, strategies,
 * pick, reservation) plus one release. One operation = one placement.
 *
 * <p>Instances: 60% m5.large (2048 CPU units, 7680 MiB), 20% m5.xlarge, 10% c5.large, 10% r5.large,
 * round-robin over three Availability Zones. Task: 256 CPU units, 512 MiB, one dynamic TCP host port,
 * group {@code service:web}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PlacementBenchmark {
  private static final String ZONE = "ecs.availability-zone";
  private static final String[] ZONES = {"us-east-1a", "us-east-1b", "us-east-1c"};
  private static final int TASK_CPU = 256;
  private static final int TASK_MEMORY = 512;

  /** Container instances in the cluster. */
  @Param({"50", "500", "5000"})
  public int instances;

  /**
   * {@code binpack}: binpack(memory); {@code spreadBinpack}: spread(attribute:ecs.availability-zone)
   * then binpack(memory); {@code memberOfBinpack}: binpack(memory) with memberOf(attribute:
   * ecs.instance-type =~ m5.*); {@code random}: no strategy (RunTask's default);
   * {@code spreadSpread}: spread over zones then instanceId; {@code scan}: spread over instance
   * types then zones, a shape without a shortcut, which takes the plain scan of every instance.
   */
  @Param({"binpack", "spreadBinpack", "memberOfBinpack"})
  public String scenario;

  /**
   * {@code false}: one {@link TaskDemand} object for every task, as a service reconciler would keep
   * per deployment (placement then parses it once); {@code true}: a new, equal one for every task, so
   * every placement also pays for checking and parsing the demand.
   */
  @Param({"false"})
  public boolean newDemandEachTask;

  private ClusterPlacement cluster;
  private TaskDemand demand;
  private SplittableRandom random;
  private Allocation[] window;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    cluster = new ClusterPlacement();
    int capacity = 0;
    for (int i = 0; i < instances; i++) {
      InstanceSpec spec = instance(i);
      cluster.register(spec);
      boolean eligible = !scenario.equals("memberOfBinpack") || spec.attributes().get("ecs.instance-type").startsWith("m5.");
      if (eligible) {
        capacity += Math.min(spec.cpu() / TASK_CPU, spec.memory() / TASK_MEMORY);
      }
    }
    demand = demand(scenario);
    random = new SplittableRandom(42);
    window = new Allocation[Math.max(1, capacity / 2)];
    for (int i = 0; i < window.length; i++) {
      window[i] = placed(cluster.place(demand, random));
    }
    next = 0;
  }

  /** Places one task and releases the oldest one. */
  @Benchmark
  public Allocation placeAndRelease() {
    TaskDemand task = newDemandEachTask ? copy(demand) : demand;
    Allocation allocation = placed(cluster.place(task, random));
    cluster.release(window[next]);
    window[next] = allocation;
    next = next + 1 == window.length ? 0 : next + 1;
    return allocation;
  }

  private static Allocation placed(PlacementDecision decision) {
    return decision.allocation().orElseThrow(() -> new IllegalStateException(decision.explanation()));
  }

  private static TaskDemand copy(TaskDemand d) {
    return new TaskDemand(d.cpu(), d.memory(), d.staticHostPorts(), d.dynamicTcpHostPorts(), d.dynamicUdpHostPorts(),
        d.needsEni(), d.allowedZones(), d.group(), d.constraints(), d.strategies());
  }

  static TaskDemand demand(String scenario) {
    List<PlacementConstraint> constraints = List.of();
    List<PlacementStrategy> strategies;
    switch (scenario) {
      case "binpack":
        strategies = List.of(PlacementStrategy.binpack("memory"));
        break;
      case "spreadBinpack":
        strategies = List.of(PlacementStrategy.spread("attribute:" + ZONE), PlacementStrategy.binpack("memory"));
        break;
      case "memberOfBinpack":
        strategies = List.of(PlacementStrategy.binpack("memory"));
        constraints = List.of(PlacementConstraint.memberOf("attribute:ecs.instance-type =~ m5.*"));
        break;
      case "random":
        strategies = List.of();
        break;
      case "spreadSpread":
        strategies = List.of(PlacementStrategy.spread("attribute:" + ZONE), PlacementStrategy.spread("instanceId"));
        break;
      case "scan":
        strategies = List.of(PlacementStrategy.spread("attribute:ecs.instance-type"), PlacementStrategy.spread("attribute:" + ZONE));
        break;
      default:
        throw new IllegalArgumentException("unknown scenario " + scenario);
    }
    return new TaskDemand(TASK_CPU, TASK_MEMORY, List.of(), 1, 0, false, Set.of(), "service:web", constraints, strategies);
  }

  static InstanceSpec instance(int i) {
    String type;
    int cpu;
    int memory;
    switch (i % 10) {
      case 6:
      case 7:
        type = "m5.xlarge";
        cpu = 4096;
        memory = 15576;
        break;
      case 8:
        type = "c5.large";
        cpu = 2048;
        memory = 3704;
        break;
      case 9:
        type = "r5.large";
        cpu = 2048;
        memory = 15824;
        break;
      default:
        type = "m5.large";
        cpu = 2048;
        memory = 7680;
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put(ZONE, ZONES[i % ZONES.length]);
    attributes.put("ecs.instance-type", type);
    attributes.put("ecs.os-type", "linux");
    attributes.put("ecs.cpu-architecture", "x86_64");
    return new InstanceSpec(
        "arn:aws:ecs:us-east-1:123456789012:container-instance/bench/" + i,
        String.format("i-%08x", i),
        cpu,
        memory,
        2,
        Set.of(22, 2375, 2376, 51678, 51679, 51680),
        Set.of(),
        attributes,
        "1.87.0",
        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i));
  }
}
