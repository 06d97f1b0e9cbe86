package dev.ecsdsl.control.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cql.ClusterQuery;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementConstraintType;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.TransportProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The placement rules as properties over generated clusters (1-50 instances of mixed types over 1-3
 * zones), task demands and sequences of place, release, drain, agent and deregister steps. Each
 * property runs with the index shortcuts on and off, so the shortcuts are held to the same rules as
 * the plain scan. The engine's choices are checked against {@link ClusterModel}, a brute-force
 * evaluator that shares no code with it.
 */
class PlacementProperties {

  @Provide
  Arbitrary<Scenario> scenarios() {
    return ScenarioArbitraries.scenarios(ScenarioArbitraries.anyStrategies());
  }

  @Provide
  Arbitrary<Scenario> binpackOnMemoryScenarios() {
    Arbitrary<List<PlacementStrategy>> binpackFirst = Arbitraries.of(ScenarioArbitraries.STRATEGIES).list().ofMaxSize(2)
        .map(rest -> {
          List<PlacementStrategy> strategies = new ArrayList<>();
          strategies.add(PlacementStrategy.binpack("memory"));
          strategies.addAll(rest);
          return strategies;
        });
    return ScenarioArbitraries.scenarios(binpackFirst);
  }

  @Property(tries = 1000)
  void noInstanceIsEverOverCommitted(@ForAll("scenarios") Scenario scenario, @ForAll boolean shortcuts) {
    new ScenarioRun(scenario, shortcuts).run(new ScenarioRun.Checks() {
      @Override
      public void afterStep(ClusterModel model, ClusterPlacement engine) {
        assertThat(engine.instanceArns()).containsExactlyElementsOf(model.nodes.keySet());
        for (ClusterModel.Node node : model.nodes.values()) {
          String name = node.spec.ec2InstanceId();
          assertThat(node.remainingCpu()).as("CPU left on %s", name).isGreaterThanOrEqualTo(0);
          assertThat(node.remainingMemory()).as("memory left on %s", name).isGreaterThanOrEqualTo(0);
          assertThat(node.remainingEnis()).as("task ENIs left on %s", name).isGreaterThanOrEqualTo(0);
          List<Integer> tcp = node.portsHeld(TransportProtocol.TCP);
          List<Integer> udp = node.portsHeld(TransportProtocol.UDP);
          assertThat(tcp).as("tcp ports held on %s", name).doesNotHaveDuplicates();
          assertThat(udp).as("udp ports held on %s", name).doesNotHaveDuplicates();

          InstanceUsage usage = engine.usage(node.spec.containerInstanceArn());
          assertThat(usage.remainingCpu()).as("remaining CPU on %s", name).isEqualTo(node.remainingCpu());
          assertThat(usage.remainingMemory()).as("remaining memory on %s", name).isEqualTo(node.remainingMemory());
          assertThat(usage.remainingTaskEnis()).as("remaining ENIs on %s", name).isEqualTo(node.remainingEnis());
          assertThat(usage.usedTcpPorts()).as("tcp ports on %s", name).isEqualTo(new ArrayList<>(new TreeSet<>(tcp)));
          assertThat(usage.usedUdpPorts()).as("udp ports on %s", name).isEqualTo(new ArrayList<>(new TreeSet<>(udp)));
          assertThat(usage.runningTasksCount()).as("tasks on %s", name).isEqualTo(node.tasks.size());
          assertThat(usage.taskGroups()).as("groups on %s", name).isEqualTo(new TreeMap<>(node.groups()));
          for (int port : tcp) {
            if (!node.spec.reservedTcpPorts().contains(port) && isDynamic(node, port)) {
              assertThat(port).isBetween(ClusterModel.EPHEMERAL_FIRST, ClusterModel.EPHEMERAL_LAST);
            }
          }
        }
      }
    });
  }

  private static boolean isDynamic(ClusterModel.Node node, int port) {
    return node.tasks.stream().anyMatch(task -> task.dynamicTcpHostPorts().contains(port));
  }

  @Property(tries = 1000)
  void constraintsAreHonoured(@ForAll("scenarios") Scenario scenario, @ForAll boolean shortcuts) {
    new ScenarioRun(scenario, shortcuts).run(ScenarioRun.Checks.afterEachPlace((model, demand, decision) -> {
      if (!decision.placed()) {
        return;
      }
      ClusterModel.Node chosen = model.node(decision.containerInstanceArn().orElseThrow());
      for (PlacementConstraint constraint : demand.constraints()) {
        if (constraint.type() == PlacementConstraintType.DISTINCT_INSTANCE) {
          assertThat(chosen.groups()).as("distinctInstance: %s already ran %s", chosen.spec.ec2InstanceId(), demand.group())
              .doesNotContainKey(demand.group());
        } else {
          String expression = constraint.expression().orElseThrow();
          assertThat(ClusterQuery.parse(expression).matches(chosen.view()))
              .as("memberOf(%s) on %s", expression, chosen.spec.ec2InstanceId())
              .isTrue();
        }
      }
    }));
  }

  @Property(tries = 1000)
  void choiceIsAmongTheBestRankedInstancesThatFit(@ForAll("scenarios") Scenario scenario, @ForAll boolean shortcuts) {
    new ScenarioRun(scenario, shortcuts).run(ScenarioRun.Checks.afterEachPlace((model, demand, decision) -> {
      if (decision.placed()) {
        assertThat(model.optimal(demand)).contains(decision.containerInstanceArn().orElseThrow());
      }
    }));
  }

  /** ECS: binpack leaves the least amount of the resource unused. */
  @Property(tries = 1000)
  void binpackOnMemoryPicksAnInstanceWithTheLeastRemainingMemory(
      @ForAll("binpackOnMemoryScenarios") Scenario scenario, @ForAll boolean shortcuts) {
    new ScenarioRun(scenario, shortcuts).run(ScenarioRun.Checks.afterEachPlace((model, demand, decision) -> {
      if (decision.placed()) {
        int least = model.feasible(demand).stream().mapToInt(ClusterModel.Node::remainingMemory).min().orElseThrow();
        assertThat(model.node(decision.containerInstanceArn().orElseThrow()).remainingMemory()).isEqualTo(least);
      }
    }));
  }

  @Property(tries = 1000)
  void placementFailsOnlyWhenNoInstanceCouldTakeTheTask(@ForAll("scenarios") Scenario scenario, @ForAll boolean shortcuts) {
    new ScenarioRun(scenario, shortcuts).run(ScenarioRun.Checks.afterEachPlace((model, demand, decision) -> {
      if (decision.placed()) {
        assertThat(decision.failures()).isEmpty();
        return;
      }
      assertThat(model.feasible(demand)).extracting(n -> n.spec.ec2InstanceId()).isEmpty();
      Map<String, String> expected = model.nodes.values().stream()
          .filter(n -> !n.draining)
          .collect(Collectors.toMap(n -> n.spec.containerInstanceArn(), n -> model.firstFailure(n, demand),
              (a, b) -> a, java.util.LinkedHashMap::new));
      Map<String, String> actual = decision.failures().stream()
          .collect(Collectors.toMap(PlacementFailure::containerInstanceArn, PlacementFailure::reason,
              (a, b) -> a, java.util.LinkedHashMap::new));
      assertThat(actual).containsExactlyEntriesOf(expected);
      assertThat(decision.explanation()).startsWith(model.nodes.isEmpty()
          ? "no container instances are registered"
          : "no container instance met all requirements: ");
    }));
  }

  @Property(tries = 1000)
  void sameSeedGivesTheSamePlacements(@ForAll("scenarios") Scenario scenario, @ForAll boolean shortcuts) {
    List<PlacementDecision> first = new ScenarioRun(scenario, shortcuts).run(new ScenarioRun.Checks() {}).decisions;
    List<PlacementDecision> second = new ScenarioRun(scenario, shortcuts).run(new ScenarioRun.Checks() {}).decisions;
    assertThat(second).extracting(PlacementProperties::summary).containsExactlyElementsOf(
        first.stream().map(PlacementProperties::summary).collect(Collectors.toList()));
  }

  private static String summary(PlacementDecision decision) {
    return decision.containerInstanceArn() + " " + decision.dynamicTcpHostPorts() + " " + decision.dynamicUdpHostPorts()
        + " " + decision.failures() + " " + decision.explanation();
  }
}
