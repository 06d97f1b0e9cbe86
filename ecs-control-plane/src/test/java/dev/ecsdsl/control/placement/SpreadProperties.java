package dev.ecsdsl.control.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.PlacementStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@code spread} over Availability Zones keeps zones within one task of each other while capacity allows. */
class SpreadProperties {

  /** Instances big enough that every zone can take every task of a run. */
  record BigCluster(int zones, List<Scenario.Machine> machines) {}

  @Provide
  Arbitrary<BigCluster> bigClusters() {
    Arbitrary<Scenario.Machine> big = Combinators.combine(
            Arbitraries.of(InstanceTypes.M5_LARGE, InstanceTypes.M5_XLARGE, InstanceTypes.R5_LARGE),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of("blue", "green").injectNull(0.4),
            Arbitraries.just("1.87.0"))
        .as(Scenario.Machine::new);
    return Arbitraries.integers().between(1, 3).flatMap(zones ->
        big.list().ofMinSize(1).ofMaxSize(50)
            // every zone gets at least one instance
            .map(machines -> {
              List<Scenario.Machine> all = new ArrayList<>();
              for (int zone = 0; zone < zones; zone++) {
                all.add(new Scenario.Machine(InstanceTypes.M5_LARGE, zone, null, "1.87.0"));
              }
              all.addAll(machines);
              return new BigCluster(zones, all);
            }));
  }

  @Provide
  Arbitrary<List<PlacementStrategy>> afterSpread() {
    return Arbitraries.of(
        List.<PlacementStrategy>of(),
        List.of(PlacementStrategy.binpack("memory")),
        List.of(PlacementStrategy.binpack("cpu")),
        List.of(PlacementStrategy.spread("instanceId")),
        List.of(PlacementStrategy.random()));
  }

  @Property(tries = 1000)
  void spreadOverZonesKeepsZoneCountsWithinOne(
      @ForAll("bigClusters") BigCluster cluster,
      @ForAll("afterSpread") List<PlacementStrategy> then,
      @ForAll @IntRange(min = 1, max = 30) int tasks,
      @ForAll boolean shortcuts,
      @ForAll long seed) {
    ClusterPlacement engine = new ClusterPlacement();
    engine.useIndexShortcuts(shortcuts);
    Scenario scenario = new Scenario(cluster.zones(), cluster.machines(), List.of(), List.of(), seed);
    List<InstanceSpec> specs = scenario.specs();
    Map<String, String> zoneOf = specs.stream()
        .collect(Collectors.toMap(InstanceSpec::containerInstanceArn, InstanceSpec::availabilityZone));
    specs.forEach(engine::register);
    List<PlacementStrategy> strategies = new ArrayList<>();
    strategies.add(PlacementStrategy.spread("attribute:ecs.availability-zone"));
    strategies.addAll(then);
    TaskDemand demand = TaskDemand.of(64, 128, "service:web").withStrategies(strategies);
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Integer> perZone = new java.util.TreeMap<>();
    InstanceTypes.ZONES.subList(0, cluster.zones()).forEach(zone -> perZone.put(zone, 0));
    for (int i = 0; i < tasks; i++) {
      PlacementDecision decision = engine.place(demand, random);
      assertThat(decision.placed()).as(decision.explanation()).isTrue();
      perZone.merge(zoneOf.get(decision.containerInstanceArn().orElseThrow()), 1, Integer::sum);
      int max = perZone.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
      int min = perZone.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
      assertThat(max - min).as("tasks per zone after %d placements: %s", i + 1, perZone).isLessThanOrEqualTo(1);
    }
  }
}
