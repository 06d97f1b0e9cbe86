package dev.ecsdsl.examples.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.junit.jqwik.EcsArbitraries;
import dev.ecsdsl.junit.jqwik.EcsRuntimePerTry;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.Task;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A team's own placement rule, checked over generated clusters rather than the one cluster it has today:
 * "payments tasks spread over zones, then over instances, and never two on one instance" (spread on
 * {@code attribute:ecs.availability-zone}, spread on {@code instanceId}, {@code distinctInstance}). jqwik
 * prints its seed and shrinks a counterexample to the smallest cluster that breaks the rule.
 */
class PaymentsPlacementRulesProperties {

  /** The team's task definition and the placement it always asks for. */
  static final TaskDefinition PAYMENTS = TaskDefinition.builder().family("payments")
      .addContainerDefinitions(dev.ecsdsl.model.ContainerDefinition.builder().name("app").image("payments:7")
          .memory(512).build())
      .build();

  static RunTaskRequest payments(int count) {
    return RunTaskRequest.builder().cluster("prod").taskDefinition("payments").count(count)
        .addPlacementStrategy(PlacementStrategy.spread("attribute:ecs.availability-zone"))
        .addPlacementStrategy(PlacementStrategy.spread("instanceId"))
        .addPlacementConstraints(PlacementConstraint.distinctInstance())
        .build();
  }

  @Provide
  Arbitrary<Cluster> clusters() {
    return EcsArbitraries.clusters();
  }

  @Property(tries = 200)
  @EcsRuntimePerTry
  void neverTwoPaymentsTasksOnOneInstanceAndAsManyPlacedAsThereAreInstances(@ForAll("clusters") Cluster cluster,
      @ForAll @IntRange(min = 1, max = 10) int count, InMemoryEcs ecs) {
    ecs.deploy(Environment.builder().name("payments").addClusters(cluster).addTaskDefinitions(PAYMENTS).build());
    int instances = ListAndDescribe.containerInstances(ecs.ecs(), "prod").size();

    RunTaskResponse result = ecs.ecs().runTask(payments(count));

    assertThat(result.tasks()).extracting(t -> t.containerInstanceArn().orElseThrow()).doesNotHaveDuplicates();
    assertThat(result.tasks()).hasSize(Math.min(count, instances));
    if (count > instances) {
      assertThat(result.failures()).isNotEmpty();
    }
  }

  @Property(tries = 200)
  @EcsRuntimePerTry
  void withRoomInEveryZoneTheTasksAreBalancedOverTheZones(@ForAll("clusters") Cluster cluster,
      @ForAll @IntRange(min = 1, max = 10) int count, InMemoryEcs ecs) {
    ecs.deploy(Environment.builder().name("payments").addClusters(cluster).addTaskDefinitions(PAYMENTS).build());
    Map<String, Long> instancesPerZone = ListAndDescribe.containerInstances(ecs.ecs(), "prod").stream()
        .collect(Collectors.groupingBy(i -> i.attribute("ecs.availability-zone"), Collectors.counting()));
    long fairShare = (count + instancesPerZone.size() - 1) / instancesPerZone.size();
    net.jqwik.api.Assume.that(instancesPerZone.values().stream().allMatch(n -> n >= fairShare));

    RunTaskResponse result = ecs.ecs().runTask(payments(count));

    Map<String, Long> tasksPerZone = result.tasks().stream()
        .collect(Collectors.groupingBy(Task::availabilityZone, Collectors.counting()));
    Collection<Long> counts = instancesPerZone.keySet().stream().map(z -> tasksPerZone.getOrDefault(z, 0L)).toList();
    assertThat(result.tasks()).hasSize(count);
    assertThat(counts.stream().mapToLong(Long::longValue).max().orElse(0)
        - counts.stream().mapToLong(Long::longValue).min().orElse(0))
        .as("tasks per zone %s over instances per zone %s", tasksPerZone, instancesPerZone).isLessThanOrEqualTo(1);
  }
}
