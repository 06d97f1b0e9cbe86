package dev.ecsdsl.junit.jqwik;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.ContainerBuilder;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.dsl.TaskDefinitionBuilder;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for ECS descriptions. Everything valid is valid by construction and passes the
 * validator (descriptions are built with {@link Ecs}); {@link #invalidTaskDefinitions()} breaks exactly one
 * rule. Sizes are small and every choice shrinks towards the plainest case (one instance group of one
 * {@code t3.micro} in one zone, one container, no strategies), so counterexamples stay readable.
 *
 * <p>Use them directly ({@code @ForAll("clusters")} with a {@code @Provide} method), or through
 * {@link EcsDomain} ({@code @Domain(EcsDomain.class)}, then {@code @ForAll Cluster cluster}).
 */
public final class EcsArbitraries {
  /** The zones clusters and services spread over. */
  public static final List<String> ZONES = List.of("us-east-1a", "us-east-1b", "us-east-1c");
  /** Instance types, smallest first. */
  public static final List<String> INSTANCE_TYPES = List.of("t3.micro", "t3.small", "m5.large", "c5.xlarge",
      "r5.large", "m6g.large");
  /** Values of the custom instance attribute {@code stack}. */
  public static final List<String> STACKS = List.of("blue", "green");
  private static final List<int[]> FARGATE_SIZES = List.of(new int[] {256, 512}, new int[] {256, 1024},
      new int[] {512, 1024}, new int[] {512, 2048}, new int[] {1024, 2048}, new int[] {1024, 4096});
  private static final List<String> CONTAINER_NAMES = List.of("app", "sidecar", "init");

  private EcsArbitraries() {}

  // ---------------------------------------------------------------- clusters

  /** An instance group of a cluster, as the builder takes it. */
  public record InstanceGroupSpec(String instanceType, int count, List<String> zones, String stack) {}

  /**
   * Instance groups: a type, one to six instances over one to three zones, an optional {@code stack} attribute.
   *
   * @return the arbitrary
   */
  public static Arbitrary<InstanceGroupSpec> instanceGroups() {
    return Combinators.combine(Arbitraries.of(INSTANCE_TYPES), Arbitraries.integers().between(1, 6),
            Arbitraries.integers().between(1, ZONES.size()), Arbitraries.of(STACKS).injectNull(0.5))
        .as((type, count, zones, stack) -> new InstanceGroupSpec(type, count, ZONES.subList(0, zones), stack));
  }

  /**
   * Clusters named {@code prod} with one or two instance groups of EC2 container instances over zones.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Cluster> clusters() {
    return instanceGroups().list().ofMinSize(1).ofMaxSize(2)
        .map(groups -> withCluster(Ecs.environment("arbitrary"), groups).build().clusters().get(0));
  }

  private static EnvironmentBuilder withCluster(EnvironmentBuilder environment, List<InstanceGroupSpec> groups) {
    return environment.cluster("prod", c -> {
      for (int i = 0; i < groups.size(); i++) {
        InstanceGroupSpec g = groups.get(i);
        c.instanceGroup("group-" + (i + 1), b -> {
          b.instanceType(g.instanceType()).count(g.count()).zones(g.zones().toArray(String[]::new));
          if (g.stack() != null) {
            b.attribute("stack", g.stack());
          }
        });
      }
    });
  }

  // ---------------------------------------------------------------- task definitions

  /** How a task definition launches. */
  public enum Launch {
    /** EC2, bridge network mode, dynamic or static host ports. */
    EC2_BRIDGE,
    /** EC2, awsvpc network mode. */
    EC2_AWSVPC,
    /** Fargate (awsvpc, task-level size). */
    FARGATE
  }

  /** A container of a task definition: its memory reservation and whether it listens on port 8080. */
  public record ContainerSpec(int memoryReservation, boolean listens, boolean staticHostPort) {}

  /** A task definition, as the builder takes it. */
  public record TaskDefinitionSpec(String family, Launch launch, List<ContainerSpec> containers, int fargateSize) {}

  /**
   * The parts of valid task definitions, readable when a property fails.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TaskDefinitionSpec> taskDefinitionSpecs() {
    Arbitrary<ContainerSpec> container = Combinators.combine(Arbitraries.of(64, 128, 256, 512),
        Arbitraries.of(false, true), Arbitraries.of(false, true)).as(ContainerSpec::new);
    return Combinators.combine(Arbitraries.of("web", "worker", "batch"), Arbitraries.of(Launch.class),
            container.list().ofMinSize(1).ofMaxSize(CONTAINER_NAMES.size()),
            Arbitraries.integers().between(0, FARGATE_SIZES.size() - 1))
        .as(TaskDefinitionSpec::new);
  }

  /**
   * Valid task definitions: EC2 (bridge or awsvpc) or Fargate, one to three containers, the first essential.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TaskDefinition> taskDefinitions() {
    return taskDefinitionSpecs().map(spec -> Ecs.environment("arbitrary").taskDefinition(spec.family(),
        td -> describe(td, spec)).build().taskDefinitions().get(0));
  }

  static TaskDefinitionBuilder describe(TaskDefinitionBuilder td, TaskDefinitionSpec spec) {
    switch (spec.launch()) {
      case FARGATE -> {
        int[] size = FARGATE_SIZES.get(spec.fargateSize());
        td.fargate().cpu(size[0]).memory(size[1]);
      }
      case EC2_AWSVPC -> td.ec2().networkMode(NetworkMode.AWSVPC);
      case EC2_BRIDGE -> td.ec2().networkMode(NetworkMode.BRIDGE);
    }
    int port = 0;
    for (int i = 0; i < spec.containers().size(); i++) {
      ContainerSpec c = spec.containers().get(i);
      int containerPort = 8080 + port;
      boolean listens = c.listens();
      port += listens ? 1 : 0;
      td.container(CONTAINER_NAMES.get(i), b -> container(b, spec.launch(), c, containerPort, listens));
    }
    return td;
  }

  private static void container(ContainerBuilder b, Launch launch, ContainerSpec c, int port, boolean listens) {
    // Fargate's smallest task has 512 MiB for up to three containers
    b.image("example/app:1").memoryReservation(launch == Launch.FARGATE ? Math.min(c.memoryReservation(), 128)
        : c.memoryReservation());
    if (listens) {
      b.port(port, launch != Launch.EC2_BRIDGE || c.staticHostPort() ? port : 0);
    }
  }

  /** A task definition that breaks one rule of the validator, and that rule's id. */
  public record InvalidTaskDefinition(TaskDefinition taskDefinition, String rule) {
    @Override
    public String toString() {
      return "task definition " + taskDefinition.family() + " breaking " + rule;
    }
  }

  /**
   * Task definitions that are valid but for one rule, each with the id of the rule it breaks.
   *
   * @return the arbitrary
   */
  public static Arbitrary<InvalidTaskDefinition> invalidTaskDefinitions() {
    return Combinators.combine(taskDefinitions(), Arbitraries.of(Breakage.class))
        .as((td, breakage) -> new InvalidTaskDefinition(breakage.apply(td), breakage.rule()));
  }

  // ---------------------------------------------------------------- placement

  /**
   * The strategies ECS has: binpack on memory or cpu, spread over zones, instances or {@code stack}, random.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PlacementStrategy> placementStrategies() {
    return Arbitraries.of(PlacementStrategy.binpack("memory"), PlacementStrategy.spread("attribute:ecs.availability-zone"),
        PlacementStrategy.binpack("cpu"), PlacementStrategy.spread("instanceId"), PlacementStrategy.spread("attribute:stack"),
        PlacementStrategy.random());
  }

  /**
   * distinctInstance, or memberOf with a Cluster Query Language expression.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PlacementConstraint> placementConstraints() {
    return Arbitraries.oneOf(Arbitraries.just(PlacementConstraint.distinctInstance()),
        clusterQueries().map(PlacementConstraint::memberOf));
  }

  /**
   * Cluster Query Language expressions over instance attributes and fields ({@code ==}, {@code !=},
   * {@code in}, {@code =~}, {@code exists}, {@code and}, {@code or}, {@code not}), up to two levels deep.
   * They shrink to {@code attribute:stack exists}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> clusterQueries() {
    Arbitrary<String> condition = Arbitraries.oneOf(
        Arbitraries.of(STACKS).map(s -> "attribute:stack exists"),
        Arbitraries.of(STACKS).map(s -> "attribute:stack == " + s),
        Arbitraries.of(INSTANCE_TYPES).map(t -> "attribute:ecs.instance-type != " + t),
        Arbitraries.of(ZONES).list().ofMinSize(1).ofMaxSize(2).uniqueElements()
            .map(zones -> "attribute:ecs.availability-zone in [" + String.join(", ", zones) + "]"),
        Arbitraries.of("t3.*", "m5.*", "c5.*").map(p -> "attribute:ecs.instance-type =~ " + p),
        Arbitraries.integers().between(0, 5).map(n -> "runningTasksCount < " + n));
    return Arbitraries.recursive(() -> condition, inner -> Arbitraries.oneOf(
        Combinators.combine(inner, inner).as((a, b) -> "(" + a + ") and (" + b + ")"),
        Combinators.combine(inner, inner).as((a, b) -> "(" + a + ") or (" + b + ")"),
        inner.map(a -> "not(" + a + ")")), 0, 2);
  }

  // ---------------------------------------------------------------- services and environments

  /** A REPLICA service, as the builder takes it. */
  public record ServiceSpec(int desiredCount, List<PlacementStrategy> strategies, boolean distinctInstance,
      int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker) {}

  /**
   * REPLICA services of up to six tasks with placement, deployment percentages and the circuit breaker.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ServiceSpec> serviceSpecs() {
    Arbitrary<Tuple.Tuple2<Integer, Integer>> percents = Arbitraries.of(Tuple.of(100, 200), Tuple.of(50, 200),
        Tuple.of(0, 100), Tuple.of(100, 150), Tuple.of(50, 100));
    return Combinators.combine(Arbitraries.integers().between(0, 6),
            placementStrategies().list().ofMaxSize(2).uniqueElements(), Arbitraries.of(false, true), percents,
            Arbitraries.of(false, true))
        .as((count, strategies, distinct, p, breaker) -> new ServiceSpec(count, strategies, distinct, p.get1(),
            p.get2(), breaker));
  }

  /**
   * Valid environments: one EC2 cluster {@code prod}, a bridge task definition {@code web}, a service {@code web}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Environment> environments() {
    return Combinators.combine(instanceGroups().list().ofMinSize(1).ofMaxSize(2), serviceSpecs(),
            Arbitraries.of(64, 128, 256)).as(EcsArbitraries::environment);
  }

  /**
   * The environment of {@link #environments()} for these parts.
   *
   * @param groups the cluster's instance groups
   * @param service the service {@code web}'s settings
   * @param memoryReservation the memory reservation of the task definition's container, in MiB
   * @return the environment
   */
  public static Environment environment(List<InstanceGroupSpec> groups, ServiceSpec service, int memoryReservation) {
    return withCluster(Ecs.environment("arbitrary"), groups)
        .taskDefinition("web", td -> td.ec2().networkMode(NetworkMode.BRIDGE)
            .container("app", c -> c.image("example/web:1").memoryReservation(memoryReservation).port(8080, 0)))
        .taskDefinition("web", td -> td.ec2().networkMode(NetworkMode.BRIDGE)
            .container("app", c -> c.image("example/web:2").memoryReservation(memoryReservation).port(8080, 0)))
        .taskDefinition("job", td -> td.ec2().container("main", c -> c.image("example/job:1").memoryReservation(64)))
        .service("web", s -> {
          s.cluster("prod").taskDefinition("web:1").desiredCount(service.desiredCount()).ec2()
              .deployment(service.minimumHealthyPercent(), service.maximumPercent());
          if (!service.strategies().isEmpty()) {
            s.placementStrategy(service.strategies().toArray(PlacementStrategy[]::new));
          }
          if (service.distinctInstance()) {
            s.distinctInstance();
          }
          if (service.circuitBreaker()) {
            s.circuitBreaker(true);
          }
        })
        .build();
  }

  /**
   * Services of {@link #environments()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Service> services() {
    return environments().map(e -> e.services().get(0));
  }

  // ---------------------------------------------------------------- container behaviour

  /**
   * How simulated containers behave: run until stopped, exit, turn unhealthy, start or pull slowly, fail, ignore SIGTERM, OOM.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContainerBehaviour> containerBehaviours() {
    Arbitrary<Duration> time = Arbitraries.integers().between(1, 300).map(Duration::ofSeconds);
    return Arbitraries.oneOf(
        Arbitraries.just(ContainerBehaviour.runsUntilStopped()),
        Combinators.combine(time, Arbitraries.of(0, 1, 137)).as(ContainerBehaviour::exitsAfter),
        time.map(ContainerBehaviour::becomesUnhealthyAfter),
        Arbitraries.just(ContainerBehaviour.neverHealthy()),
        time.map(ContainerBehaviour::startsAfter),
        time.map(ContainerBehaviour::pullTakes),
        Arbitraries.just(ContainerBehaviour.failsToPull("manifest unknown")),
        Arbitraries.just(ContainerBehaviour.failsToStart("exec format error")),
        Arbitraries.just(ContainerBehaviour.ignoresSigterm()),
        time.map(ContainerBehaviour::outOfMemoryAfter));
  }
}
