package dev.ecsdsl.control.placement;

import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for clusters, task demands and operation sequences; they shrink towards small, plain cases. */
final class ScenarioArbitraries {
  static final List<String> GROUPS = List.of("service:web", "service:api", "family:batch");

  static final List<String> EXPRESSIONS = List.of(
      "attribute:ecs.instance-type =~ m5.*",
      "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
      "attribute:stack == blue",
      "attribute:stack !exists",
      "runningTasksCount < 3",
      "not(task:group == service:api)",
      "agentVersion >= 1.60.0",
      "ec2InstanceId != i-00000",
      "attribute:ecs.instance-type in [t3.micro, c5.large] or attribute:stack == green");

  static final List<PlacementStrategy> STRATEGIES = List.of(
      PlacementStrategy.binpack("memory"),
      PlacementStrategy.binpack("cpu"),
      PlacementStrategy.spread("attribute:ecs.availability-zone"),
      PlacementStrategy.spread("instanceId"),
      PlacementStrategy.spread("host"),
      PlacementStrategy.spread("attribute:stack"),
      PlacementStrategy.random());

  private ScenarioArbitraries() {}

  static Arbitrary<Scenario.Machine> machines() {
    return Combinators.combine(
            Arbitraries.of(InstanceTypes.ALL),
            Arbitraries.frequencyOf(Tuple.of(15, Arbitraries.integers().between(0, 2)), Tuple.of(1, Arbitraries.just(-1))),
            Arbitraries.of("blue", "green").injectNull(0.4),
            Arbitraries.of("1.87.0", "1.50.2"))
        .as(Scenario.Machine::new);
  }

  static Arbitrary<HostPort> staticPorts() {
    // a small pool so that tasks collide; 32768 is in the ephemeral range, 51678 is reserved
    return Combinators.combine(
            Arbitraries.of(80, 80, 443, 8080, 32768, 51678), Arbitraries.of(true, true, true, false))
        .as((port, tcp) -> tcp ? HostPort.tcp(port) : HostPort.udp(port));
  }

  static Arbitrary<PlacementConstraint> constraints() {
    return Arbitraries.oneOf(
        Arbitraries.just(PlacementConstraint.distinctInstance()),
        Arbitraries.of(EXPRESSIONS).map(PlacementConstraint::memberOf));
  }

  static Arbitrary<TaskDemand> demands(Arbitrary<List<PlacementStrategy>> strategies) {
    Arbitrary<Integer> cpu = Arbitraries.of(0, 128, 256, 512, 1024, 2048);
    Arbitrary<Integer> memory = Arbitraries.of(0, 128, 256, 512, 1024, 2048, 4096);
    Arbitrary<List<HostPort>> ports = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(List.<HostPort>of())),
        Tuple.of(1, staticPorts().list().ofMinSize(1).ofMaxSize(2)));
    Arbitrary<Integer> dynamicTcp = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> dynamicUdp = Arbitraries.integers().between(0, 1);
    Arbitrary<Boolean> eni = Arbitraries.of(false, false, true);
    Arbitrary<Set<String>> zones = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.just(Set.<String>of())),
        Tuple.of(1, Arbitraries.of(InstanceTypes.ZONES).set().ofMinSize(1).ofMaxSize(2)));
    Arbitrary<String> group = Arbitraries.of(GROUPS);
    Arbitrary<List<PlacementConstraint>> constraints = constraints().list().ofMaxSize(2);
    return Combinators.combine(cpu, memory, ports, dynamicTcp, dynamicUdp, eni, zones, group)
        .as((c, m, p, dt, du, e, z, g) -> new TaskDemand(c, m, p, dt, du, e, z, g, List.of(), List.of()))
        .flatMap(d -> Combinators.combine(constraints, strategies)
            .as((cs, ss) -> d.withConstraints(cs).withStrategies(ss)));
  }

  static Arbitrary<List<PlacementStrategy>> anyStrategies() {
    return Arbitraries.of(STRATEGIES).list().ofMaxSize(3);
  }

  static Arbitrary<Scenario.Op> ops() {
    Arbitrary<Integer> index = Arbitraries.integers().between(0, 49);
    return Arbitraries.frequencyOf(
        Tuple.of(10, index.map(Scenario.Place::new)),
        Tuple.of(4, index.map(Scenario.Release::new)),
        Tuple.of(1, Combinators.combine(index, Arbitraries.of(true, false)).as(Scenario.Drain::new)),
        Tuple.of(1, Combinators.combine(index, Arbitraries.of(false, true)).as(Scenario.Agent::new)),
        Tuple.of(1, index.map(Scenario.Deregister::new)));
  }

  static Arbitrary<Scenario> scenarios(Arbitrary<List<PlacementStrategy>> strategies) {
    return Combinators.combine(
            Arbitraries.integers().between(1, 3),
            machines().list().ofMinSize(1).ofMaxSize(50),
            demands(strategies).list().ofMinSize(1).ofMaxSize(4),
            ops().list().ofMaxSize(60),
            Arbitraries.longs())
        .as(Scenario::new);
  }
}
