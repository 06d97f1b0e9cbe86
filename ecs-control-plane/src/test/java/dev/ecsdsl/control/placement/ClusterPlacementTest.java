package dev.ecsdsl.control.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.cql.CqlSyntaxException;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementConstraintType;
import dev.ecsdsl.model.PlacementStrategy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples of placement, one per rule, failure reason and explanation. */
class ClusterPlacementTest {
  private final ClusterPlacement cluster = new ClusterPlacement();
  private final SplittableRandom random = new SplittableRandom(7);

  private InstanceSpec register(InstanceTypes type, int number, String zone) {
    InstanceSpec spec = type.spec(number, zone);
    cluster.register(spec);
    return spec;
  }

  private static String arn(int number) {
    return InstanceTypes.M5_LARGE.spec(number, "us-east-1a").containerInstanceArn();
  }

  private static TaskDemand web(int cpu, int memory) {
    return TaskDemand.of(cpu, memory, "service:web");
  }

  private PlacementDecision place(TaskDemand demand) {
    return cluster.place(demand, random);
  }

  private Allocation placed(TaskDemand demand) {
    PlacementDecision decision = place(demand);
    assertThat(decision.placed()).as(decision.explanation()).isTrue();
    return decision.allocation().orElseThrow();
  }

  @Nested
  class Reservation {
    @Test
    void reservesCpuMemoryPortsAndTheGroupOnTheChosenInstance() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      TaskDemand demand = new TaskDemand(256, 512, List.of(HostPort.tcp(80)), 2, 1, false, Set.of(), "service:web",
          List.of(), List.of());

      PlacementDecision decision = place(demand);

      assertThat(decision.placed()).isTrue();
      assertThat(decision.containerInstanceArn()).contains(arn(0));
      assertThat(decision.dynamicTcpHostPorts()).containsExactly(32768, 32769);
      assertThat(decision.dynamicUdpHostPorts()).containsExactly(32768);
      assertThat(decision.failures()).isEmpty();
      assertThat(decision.explanation()).isEqualTo("placed on i-00000");
      InstanceUsage usage = cluster.usage(arn(0));
      assertThat(usage.remainingCpu()).isEqualTo(2048 - 256);
      assertThat(usage.remainingMemory()).isEqualTo(7680 - 512);
      assertThat(usage.usedTcpPorts()).containsExactly(22, 80, 2375, 2376, 32768, 32769, 51678, 51679, 51680);
      assertThat(usage.usedUdpPorts()).containsExactly(32768);
      assertThat(usage.remainingTaskEnis()).isEqualTo(2);
      assertThat(usage.runningTasksCount()).isEqualTo(1);
      assertThat(usage.taskGroups()).containsExactly(Map.entry("service:web", 1));
    }

    @Test
    void releaseGivesEverythingBackOnce() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      InstanceUsage before = cluster.usage(arn(0));
      TaskDemand demand = new TaskDemand(256, 512, List.of(HostPort.tcp(80)), 2, 0, true, Set.of(), "service:web",
          List.of(), List.of());
      Allocation allocation = placed(demand);

      cluster.release(allocation);

      assertThat(cluster.usage(arn(0))).isEqualTo(before);
      assertThat(allocation.released()).isTrue();
      assertThatThrownBy(() -> cluster.release(allocation))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already released");
    }

    @Test
    void releaseByDescriptionChecksWhatIsGivenBackBeforeChangingAnything() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      TaskDemand demand = new TaskDemand(256, 512, List.of(), 1, 0, false, Set.of(), "service:web", List.of(), List.of());
      Allocation allocation = placed(demand);
      InstanceUsage held = cluster.usage(arn(0));

      assertThatThrownBy(() -> cluster.release(arn(0), demand, List.of(40000), List.of()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("cannot release from i-00000: host port 40000/tcp is not held by a task");
      assertThatThrownBy(() -> cluster.release(arn(0), web(4096, 512), List.of(), List.of()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("cannot release from i-00000: only 256 CPU units are reserved, 4096 given back");
      assertThatThrownBy(() -> cluster.release(arn(0), TaskDemand.of(0, 0, "service:api"), List.of(), List.of()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("cannot release from i-00000: it runs no task of group service:api");
      assertThat(cluster.usage(arn(0))).isEqualTo(held);

      cluster.release(arn(0), demand, allocation.dynamicTcpHostPorts(), List.of());
      assertThat(cluster.usage(arn(0)).remainingMemory()).isEqualTo(7680);
      assertThatThrownBy(() -> cluster.release("arn:unknown", demand, List.of(), List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void releasingAfterDeregistrationDoesNothingEvenIfTheArnComesBack() {
      InstanceSpec spec = register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      Allocation allocation = placed(web(256, 512));
      cluster.deregister(spec.containerInstanceArn());
      cluster.register(spec);
      Allocation fresh = placed(web(128, 128));

      cluster.release(allocation);

      assertThat(cluster.usage(spec.containerInstanceArn()).remainingMemory()).isEqualTo(7680 - 128);
      cluster.release(fresh);
      assertThat(cluster.usage(spec.containerInstanceArn()).remainingMemory()).isEqualTo(7680);
    }

    @Test
    void releasingByDescriptionOnADeregisteredInstanceDoesNothing() {
      InstanceSpec spec = register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      placed(web(256, 512));
      cluster.deregister(spec.containerInstanceArn());
      cluster.release(spec.containerInstanceArn(), web(256, 512), List.of(), List.of());
      assertThat(cluster.instanceArns()).isEmpty();
    }

    @Test
    void reserveOnChecksTheNamedInstanceOnly() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      register(InstanceTypes.M5_LARGE, 1, "us-east-1a");

      PlacementDecision decision = cluster.reserveOn(arn(1), web(256, 512));
      assertThat(decision.containerInstanceArn()).contains(arn(1));
      assertThat(cluster.usage(arn(1)).runningTasksCount()).isEqualTo(1);

      cluster.setDraining(arn(0), true);
      PlacementDecision refused = cluster.reserveOn(arn(0), web(256, 512));
      assertThat(refused.placed()).isFalse();
      assertThat(refused.failures()).containsExactly(
          new PlacementFailure(arn(0), "DRAINING", "the container instance is DRAINING"));
      assertThat(refused.explanation())
          .isEqualTo("container instance i-00000 cannot take the task (DRAINING): the container instance is DRAINING");
    }

    @Test
    void instancesAreListedInRegistrationOrder() {
      register(InstanceTypes.M5_LARGE, 2, "us-east-1a");
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      register(InstanceTypes.M5_LARGE, 1, "us-east-1a");
      cluster.deregister(arn(0));
      assertThat(cluster.instanceArns()).containsExactly(arn(2), arn(1));
      assertThat(cluster.isRegistered(arn(0))).isFalse();
      assertThatThrownBy(() -> cluster.usage(arn(0))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> cluster.register(InstanceTypes.M5_LARGE.spec(1, "us-east-1a")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("already registered");
    }
  }

  @Nested
  class DynamicHostPorts {
    private InstanceSpec instanceReserving(Set<Integer> tcp) {
      InstanceSpec spec = new InstanceSpec("arn:ports", "i-ports", 2048, 7680, 2, tcp, Set.of(),
          Map.of("ecs.availability-zone", "us-east-1a"), "1.87.0", Instant.EPOCH);
      cluster.register(spec);
      return spec;
    }

    @Test
    void comeFromTheEphemeralRangeSkippingReservedPorts() {
      instanceReserving(Set.of(32768, 32770));
      TaskDemand demand = new TaskDemand(0, 0, List.of(), 2, 0, false, Set.of(), "g", List.of(), List.of());
      assertThat(place(demand).dynamicTcpHostPorts()).containsExactly(32769, 32771);
    }

    @Test
    void areHandedOutRoundRobinSoAPortJustGivenBackIsNotReusedAtOnce() {
      instanceReserving(Set.of());
      TaskDemand demand = new TaskDemand(0, 0, List.of(), 1, 0, false, Set.of(), "g", List.of(), List.of());
      Allocation first = placed(demand);
      cluster.release(first);
      assertThat(first.dynamicTcpHostPorts()).containsExactly(32768);
      assertThat(placed(demand).dynamicTcpHostPorts()).containsExactly(32769);
    }

    @Test
    void aStaticPortInTheEphemeralRangeCountsAgainstIt() {
      instanceReserving(Set.of(51678, 51679, 51680));
      int free = 60999 - 32768 + 1 - 3;
      TaskDemand fits = new TaskDemand(0, 0, List.of(), free, 0, false, Set.of(), "g", List.of(), List.of());
      TaskDemand tooMany = new TaskDemand(0, 0, List.of(HostPort.tcp(40000)), free, 0, false, Set.of(), "g",
          List.of(), List.of());

      PlacementDecision refused = place(tooMany);
      assertThat(refused.failures()).containsExactly(new PlacementFailure("arn:ports", "RESOURCE:PORTS",
          "needs " + free + " dynamic tcp host ports, " + free + " free in 32768-60999"));
      assertThat(refused.explanation()).isEqualTo("no container instance met all requirements: 1 lacked host ports; "
          + "closest instance i-ports lacked 1 free dynamic tcp host port");
      assertThat(place(fits).dynamicTcpHostPorts()).hasSize(free).doesNotContain(51678, 51679, 51680);
    }
  }

  @Nested
  class FailureReasons {
    private PlacementFailure onlyFailure(PlacementDecision decision) {
      assertThat(decision.placed()).isFalse();
      assertThat(decision.allocation()).isEmpty();
      assertThat(decision.failures()).hasSize(1);
      return decision.failures().get(0);
    }

    @Test
    void nothingRegistered() {
      PlacementDecision decision = place(web(256, 512));
      assertThat(decision.failures()).isEmpty();
      assertThat(decision.explanation()).isEqualTo("no container instances are registered in the cluster");
    }

    @Test
    void drainingInstancesAreNotReportedButCounted() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      cluster.setDraining(arn(0), true);
      PlacementDecision decision = place(web(256, 512));
      assertThat(decision.placed()).isFalse();
      assertThat(decision.failures()).isEmpty();
      assertThat(decision.explanation()).isEqualTo("no container instance met all requirements: 1 was DRAINING");

      cluster.setDraining(arn(0), false);
      assertThat(place(web(256, 512)).placed()).isTrue();
    }

    @Test
    void agent() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      cluster.setAgentConnected(arn(0), false);
      PlacementDecision decision = place(web(256, 512));
      assertThat(onlyFailure(decision)).isEqualTo(new PlacementFailure(arn(0), "AGENT", "the container agent is disconnected"));
      assertThat(decision.explanation())
          .isEqualTo("no container instance met all requirements: 1 had its agent disconnected");
    }

    @Test
    void location() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      TaskDemand awsvpc = new TaskDemand(256, 512, List.of(), 0, 0, true, Set.of("us-east-1b", "us-east-1c"),
          "service:web", List.of(), List.of());
      PlacementDecision decision = place(awsvpc);
      assertThat(onlyFailure(decision)).isEqualTo(new PlacementFailure(arn(0), "LOCATION",
          "the container instance is in us-east-1a; the task's subnets are in us-east-1b, us-east-1c"));
      assertThat(decision.explanation())
          .isEqualTo("no container instance met all requirements: 1 was outside the task's Availability Zones");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void locationOfAnInstanceWithoutAZone(boolean shortcuts) {
      cluster.useIndexShortcuts(shortcuts);
      cluster.register(new InstanceSpec("arn:nozone", "i-nozone", 2048, 4096, 2, Set.of(), Set.of(), Map.of(), null, null));
      TaskDemand awsvpc = new TaskDemand(256, 512, List.of(), 0, 0, true, Set.of("us-east-1a"), "service:web",
          List.of(), List.of(PlacementStrategy.spread("attribute:ecs.availability-zone"), PlacementStrategy.binpack("cpu")));
      assertThat(onlyFailure(place(awsvpc))).isEqualTo(new PlacementFailure("arn:nozone", "LOCATION",
          "the container instance has no ecs.availability-zone attribute; the task's subnets are in us-east-1a"));
      assertThat(place(awsvpc.withStrategies(List.of())).placed()).isFalse();
      assertThat(place(awsvpc.withStrategies(List.of(PlacementStrategy.binpack("memory")))).placed()).isFalse();
    }

    @Test
    void cpu() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      PlacementDecision decision = place(web(4096, 512));
      assertThat(onlyFailure(decision))
          .isEqualTo(new PlacementFailure(arn(0), "RESOURCE:CPU", "needs 4096 CPU units, 2048 remaining"));
      assertThat(decision.explanation()).isEqualTo(
          "no container instance met all requirements: 1 lacked CPU; closest instance i-00000 lacked 2048 CPU units");
    }

    @Test
    void memory() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      PlacementDecision decision = place(web(256, 8192));
      assertThat(onlyFailure(decision))
          .isEqualTo(new PlacementFailure(arn(0), "RESOURCE:MEMORY", "needs 8192 MiB memory, 7680 MiB remaining"));
      assertThat(decision.explanation()).isEqualTo(
          "no container instance met all requirements: 1 lacked memory; closest instance i-00000 lacked 512 MiB memory");
    }

    @Test
    void staticPortInUseOrReserved() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      TaskDemand port80 = new TaskDemand(0, 0, List.of(HostPort.tcp(80)), 0, 0, false, Set.of(), "a", List.of(), List.of());
      placed(port80);
      PlacementDecision decision = place(port80);
      assertThat(onlyFailure(decision))
          .isEqualTo(new PlacementFailure(arn(0), "RESOURCE:PORTS", "host port 80/tcp is in use"));
      assertThat(decision.explanation()).isEqualTo(
          "no container instance met all requirements: 1 lacked host ports; closest instance i-00000 had host port 80/tcp in use");

      TaskDemand ssh = new TaskDemand(0, 0, List.of(HostPort.tcp(22)), 0, 0, false, Set.of(), "a", List.of(), List.of());
      assertThat(onlyFailure(place(ssh)).detail()).isEqualTo("host port 22/tcp is reserved");

      TaskDemand udp80 = new TaskDemand(0, 0, List.of(HostPort.udp(80)), 0, 0, false, Set.of(), "a", List.of(), List.of());
      assertThat(place(udp80).placed()).as("80/udp is another port than 80/tcp").isTrue();
    }

    @Test
    void eni() {
      register(InstanceTypes.T3_MICRO, 0, "us-east-1a");
      TaskDemand awsvpc = new TaskDemand(256, 256, List.of(), 0, 0, true, Set.of(), "service:web", List.of(), List.of());
      placed(awsvpc);
      PlacementDecision decision = place(awsvpc);
      assertThat(onlyFailure(decision))
          .isEqualTo(new PlacementFailure(arn(0), "RESOURCE:ENI", "its only task ENI is in use"));
      assertThat(decision.explanation()).isEqualTo(
          "no container instance met all requirements: 1 had no free ENI; closest instance i-00000 had no free task ENI");
    }

    @Test
    void memberOf() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      TaskDemand demand = web(256, 512).withConstraints(List.of(PlacementConstraint.memberOf("attribute:ecs.instance-type =~ c5.*")));
      PlacementDecision decision = place(demand);
      assertThat(onlyFailure(decision)).isEqualTo(new PlacementFailure(arn(0), "MemberOf placement constraint unsatisfied.",
          "does not satisfy memberOf(attribute:ecs.instance-type =~ c5.*)"));
      assertThat(decision.explanation()).as("an instance the task may never run on is not the closest one")
          .isEqualTo("no container instance met all requirements: 1 did not satisfy memberOf("
              + "attribute:ecs.instance-type =~ c5.*)");
    }

    /**
     * Issue 14, wrong answer 3: the closest instance was one the task's memberOf excludes, because it lacked
     * nothing else, while the instance the task could use (lacking memory) went unnamed.
     */
    @Test
    void theClosestInstanceIsNeverOneAConstraintExcludes() {
      register(InstanceTypes.C5_LARGE, 0, "us-east-1a");
      register(InstanceTypes.M5_LARGE, 1, "us-east-1a");
      assertThat(cluster.reserveOn(arn(1), web(0, 7680 - 200)).placed()).isTrue();
      TaskDemand demand = web(256, 400).withConstraints(
          List.of(PlacementConstraint.memberOf("attribute:ecs.instance-type == m5.large")));

      PlacementDecision decision = place(demand);

      assertThat(decision.explanation()).isEqualTo("no container instance met all requirements: 1 lacked memory, 1 did"
          + " not satisfy memberOf(attribute:ecs.instance-type == m5.large); closest instance i-00001 lacked 200 MiB"
          + " memory");
    }

    @Test
    void distinctInstance() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      TaskDemand demand = web(256, 512).withConstraints(List.of(PlacementConstraint.distinctInstance()));
      placed(demand);
      PlacementDecision decision = place(demand);
      assertThat(onlyFailure(decision)).isEqualTo(new PlacementFailure(arn(0),
          "DistinctInstance placement constraint unsatisfied.", "already runs 1 task of group service:web"));
      assertThat(decision.explanation()).isEqualTo(
          "no container instance met all requirements: 1 already ran a task of group service:web (distinctInstance); "
              + "closest instance i-00000 already ran a task of group service:web (distinctInstance)");
      assertThat(place(TaskDemand.of(256, 512, "service:api").withConstraints(demand.constraints())).placed()).isTrue();
    }

    @Test
    void explanationCountsReasonsAndNamesTheClosestInstance() {
      for (int i = 0; i < 4; i++) {
        register(InstanceTypes.M5_LARGE, i, "us-east-1a");
      }
      // leave 768, 256 and 512 MiB on instances 0-2, drain instance 3
      cluster.reserveOn(arn(0), TaskDemand.of(0, 7680 - 768, "other"));
      cluster.reserveOn(arn(1), TaskDemand.of(0, 7680 - 256, "other"));
      cluster.reserveOn(arn(2), TaskDemand.of(0, 7680 - 512, "other"));
      cluster.setDraining(arn(3), true);

      PlacementDecision decision = place(web(256, 1024));

      assertThat(decision.failures()).extracting(PlacementFailure::reason).containsExactly(
          "RESOURCE:MEMORY", "RESOURCE:MEMORY", "RESOURCE:MEMORY");
      assertThat(decision.explanation()).isEqualTo(
          "no container instance met all requirements: 3 lacked memory, 1 was DRAINING; "
              + "closest instance i-00000 lacked 256 MiB memory");
    }

    @Test
    void theClosestInstanceLacksTheFewestThings() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      register(InstanceTypes.T3_MICRO, 1, "us-east-1a");
      cluster.reserveOn(arn(0), TaskDemand.of(2048, 7680 - 100, "other"));
      // instance 0 lacks CPU and memory, instance 1 only memory
      PlacementDecision decision = place(web(256, 1024));
      assertThat(decision.explanation()).isEqualTo(
          "no container instance met all requirements: 1 lacked CPU, 1 lacked memory; "
              + "closest instance i-00001 lacked 81 MiB memory");
    }
  }

  @Nested
  class Strategies {
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void binpackPicksTheTightestFit(boolean shortcuts) {
      cluster.useIndexShortcuts(shortcuts);
      for (int i = 0; i < 3; i++) {
        register(InstanceTypes.M5_LARGE, i, "us-east-1a");
      }
      cluster.reserveOn(arn(0), TaskDemand.of(0, 7680 - 1000, "other"));
      cluster.reserveOn(arn(1), TaskDemand.of(0, 7680 - 600, "other"));
      TaskDemand demand = web(256, 500).withStrategies(List.of(PlacementStrategy.binpack("memory")));
      assertThat(place(demand).containerInstanceArn()).contains(arn(1));
      // 100 MiB left on instance 1 now: the next one goes to instance 0
      assertThat(place(demand).containerInstanceArn()).contains(arn(0));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void binpackOnCpuSkipsInstancesWithoutTheMemory(boolean shortcuts) {
      cluster.useIndexShortcuts(shortcuts);
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      register(InstanceTypes.M5_LARGE, 1, "us-east-1a");
      cluster.reserveOn(arn(0), TaskDemand.of(1024, 7680, "other"));
      TaskDemand demand = web(256, 512).withStrategies(List.of(PlacementStrategy.binpack("cpu")));
      assertThat(place(demand).containerInstanceArn()).contains(arn(1));
    }

    /** Instances without the attribute form a value of their own. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void spreadOverAnAttributeTreatsInstancesWithoutItAsOneMoreValue(boolean shortcuts) {
      cluster.useIndexShortcuts(shortcuts);
      cluster.register(InstanceTypes.M5_LARGE.spec(0, "us-east-1a", Map.of("stack", "blue"), "1.87.0"));
      cluster.register(InstanceTypes.M5_LARGE.spec(1, "us-east-1a", Map.of("stack", "blue"), "1.87.0"));
      cluster.register(InstanceTypes.M5_LARGE.spec(2, "us-east-1a"));
      TaskDemand demand = web(256, 512).withStrategies(List.of(PlacementStrategy.spread("attribute:stack")));
      Map<String, Integer> placements = new HashMap<>();
      for (int i = 0; i < 4; i++) {
        placements.merge(place(demand).containerInstanceArn().orElseThrow(), 1, Integer::sum);
      }
      assertThat(placements.get(arn(2))).isEqualTo(2);
      assertThat(placements.getOrDefault(arn(0), 0) + placements.getOrDefault(arn(1), 0)).isEqualTo(2);
    }

    /** Tasks on a DRAINING instance still count for spread: they run in that zone until they stop. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void spreadCountsTheGroupOnEveryInstanceOfAValueNotOnlyOnCandidates(boolean shortcuts) {
      cluster.useIndexShortcuts(shortcuts);
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      register(InstanceTypes.M5_LARGE, 1, "us-east-1a");
      register(InstanceTypes.M5_LARGE, 2, "us-east-1b");
      TaskDemand demand = web(256, 512).withStrategies(List.of(
          PlacementStrategy.spread("attribute:ecs.availability-zone"), PlacementStrategy.spread("instanceId")));
      cluster.reserveOn(arn(0), demand);
      cluster.reserveOn(arn(0), demand);
      cluster.reserveOn(arn(2), demand);
      cluster.setDraining(arn(0), true);
      // us-east-1a runs 2 tasks of the group (on the draining instance), us-east-1b 1
      assertThat(place(demand).containerInstanceArn()).contains(arn(2));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void spreadOverInstancesThenBinpack(boolean shortcuts) {
      cluster.useIndexShortcuts(shortcuts);
      for (int i = 0; i < 3; i++) {
        register(InstanceTypes.M5_LARGE, i, "us-east-1a");
      }
      cluster.reserveOn(arn(0), web(0, 0));
      cluster.reserveOn(arn(1), TaskDemand.of(0, 4000, "other"));
      TaskDemand demand = web(256, 512).withStrategies(List.of(PlacementStrategy.spread("host"), PlacementStrategy.binpack("memory")));
      assertThat(place(demand).containerInstanceArn()).contains(arn(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"binpack", "random", "spread"})
    void equallyRankedInstancesAreChosenUniformly(String strategy) {
      for (int i = 0; i < 4; i++) {
        register(InstanceTypes.M5_LARGE, i, "us-east-1a");
      }
      List<PlacementStrategy> strategies = switch (strategy) {
        case "binpack" -> List.of(PlacementStrategy.binpack("memory"));
        case "spread" -> List.of(PlacementStrategy.spread("attribute:ecs.availability-zone"), PlacementStrategy.spread("instanceId"));
        default -> List.of();
      };
      TaskDemand demand = web(256, 512).withStrategies(strategies);
      Map<String, Integer> chosen = new HashMap<>();
      for (int i = 0; i < 4000; i++) {
        Allocation allocation = placed(demand);
        chosen.merge(allocation.containerInstanceArn(), 1, Integer::sum);
        cluster.release(allocation);
      }
      assertThat(chosen).hasSize(4);
      // 1000 expected each; 150 is more than 5 standard deviations (about 27)
      assertThat(chosen.values()).allSatisfy(count -> assertThat(count).isBetween(850, 1150));
    }

    @Test
    void aMemberOfThatReadsRunningTasksIsEvaluatedAfterEveryPlacement() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      register(InstanceTypes.M5_LARGE, 1, "us-east-1a");
      TaskDemand demand = web(256, 512).withConstraints(List.of(PlacementConstraint.memberOf("runningTasksCount == 0")))
          .withStrategies(List.of(PlacementStrategy.binpack("memory")));
      assertThat(placed(demand).containerInstanceArn()).isNotEqualTo(placed(demand).containerInstanceArn());
      assertThat(place(demand).failures()).extracting(PlacementFailure::reason)
          .containsOnly("MemberOf placement constraint unsatisfied.");
    }

    @Test
    void manyDifferentConstraintsStillPlaceCorrectlyBeyondTheIndexLimit() {
      for (int i = 0; i < 10; i++) {
        register(InstanceTypes.M5_LARGE, i, "us-east-1a");
      }
      for (int n = 0; n < InstanceRegistry.MAX_INDEXES + 8; n++) {
        String excluded = String.format("i-%05d", n % 10);
        TaskDemand demand = web(0, 0)
            .withConstraints(List.of(PlacementConstraint.memberOf("ec2InstanceId != " + excluded + " and attribute:n" + n + " !exists")))
            .withStrategies(List.of(PlacementStrategy.binpack("memory")));
        PlacementDecision decision = place(demand);
        assertThat(decision.placed()).isTrue();
        assertThat(cluster.usage(decision.containerInstanceArn().orElseThrow()).containerInstanceArn())
            .isNotEqualTo(arn(n % 10));
      }
    }
  }

  @Nested
  class MalformedDemands {
    @Test
    void binpackOnAnUnknownResource() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      assertThatThrownBy(() -> place(web(1, 1).withStrategies(List.of(PlacementStrategy.binpack("disk")))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("binpack placement strategy field must be cpu or memory, found disk");
    }

    @Test
    void spreadOnAnUnknownField() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      assertThatThrownBy(() -> place(web(1, 1).withStrategies(List.of(PlacementStrategy.spread("zone")))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("instanceId, host or attribute:<name>");
    }

    @Test
    void memberOfThatIsNotClusterQueryLanguage() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      assertThatThrownBy(() -> place(web(1, 1).withConstraints(List.of(PlacementConstraint.memberOf("attribute:x ==")))))
          .isInstanceOf(CqlSyntaxException.class);
    }

    @Test
    void distinctInstanceWithAnExpression() {
      register(InstanceTypes.M5_LARGE, 0, "us-east-1a");
      PlacementConstraint odd = new PlacementConstraint() {
        @Override
        public PlacementConstraintType type() {
          return PlacementConstraintType.DISTINCT_INSTANCE;
        }

        @Override
        public Optional<String> expression() {
          return Optional.of("runningTasksCount > 1");
        }
      };
      assertThatThrownBy(() -> place(web(1, 1).withConstraints(List.of(odd))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("takes no expression");
    }
  }
}
