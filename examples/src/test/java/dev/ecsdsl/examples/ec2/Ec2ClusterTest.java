package dev.ecsdsl.examples.ec2;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.junit.Cluster;
import dev.ecsdsl.junit.ClusterHandle;
import dev.ecsdsl.junit.Deploy;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.Service;
import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An EC2 cluster across three zones: the order service binpacks on memory but only on m5.large
 * (memberOf on the instance type), a log agent runs as a DAEMON on every instance, and the cluster
 * survives an instance loss; with an Auto Scaling group capacity provider, a deployment that needs room
 * grows the group, and the emptied instances go afterwards.
 */
@EcsTest(seed = 21)
public class Ec2ClusterTest {
  private static final Duration HOUR = Duration.ofHours(1);

  /** Three m5.large and three c5.large, one of each per zone; orders (1 GiB) and a log agent. */
  static Environment workers() {
    return Ecs.environment("workers")
        .cluster("prod", c -> c
            .instanceGroup("general", g -> g.instanceType("m5.large").count(3)
                .zones("us-east-1a", "us-east-1b", "us-east-1c"))
            .instanceGroup("compute", g -> g.instanceType("c5.large").count(3)
                .zones("us-east-1a", "us-east-1b", "us-east-1c")))
        .taskDefinition("orders", td -> td.container("app", a -> a.image("shop/orders:1").memory(1024)
            .port(8080, 0)))
        .taskDefinition("log-agent", td -> td.container("fluent-bit", a -> a.image("fluent-bit:3").memory(64)))
        .service("orders", s -> s.cluster("prod").taskDefinition("orders").desiredCount(6).ec2()
            .binpack("memory").memberOf("attribute:ecs.instance-type == m5.large"))
        .service("log-agent", s -> s.cluster("prod").taskDefinition("log-agent").daemon().ec2())
        .build();
  }

  private static Map<String, Long> perInstance(ServiceHandle service) {
    return service.runningTasks().stream().collect(Collectors.groupingBy(
        t -> t.containerInstanceArn().orElseThrow(), Collectors.counting()));
  }

  @Nested
  class BinpackAndDaemon {
    @Deploy Environment workers = workers();
    @Service("orders") ServiceHandle orders;
    @Service("log-agent") ServiceHandle logAgent;
    @Cluster("prod") ClusterHandle prod;

    @Test
    void ordersBinpackOntoTheFewestM5InstancesAndTheLogAgentRunsOnEveryInstance() {
      orders.awaitSteady(HOUR);
      logAgent.awaitSteady(HOUR);

      assertThat(orders).isSteady().hasRunningCount(6);
      Map<String, String> typeOf = prod.containerInstances().stream().collect(Collectors.toMap(
          ContainerInstance::containerInstanceArn, i -> i.attributes().get("ecs.instance-type")));
      assertThat(orders.runningTasks()).allSatisfy(t ->
          assertThat(typeOf.get(t.containerInstanceArn().orElseThrow())).isEqualTo("m5.large"));
      assertThat(perInstance(orders)).as("7,985 MiB hold 7 tasks of 1 GiB: binpack fills one first")
          .hasSize(1).containsValue(6L);
      assertThat(logAgent).isSteady().hasDesiredCount(6);
      assertThat(perInstance(logAgent)).hasSize(6).allSatisfy((instance, tasks) -> assertThat(tasks).isEqualTo(1L));
    }

    @Test
    void losingTheInstanceThatHoldsTheOrdersMovesThemAndTheDaemonFollowsTheInstances(InMemoryEcs ecs) {
      orders.awaitSteady(HOUR);
      String full = perInstance(orders).keySet().iterator().next();

      ecs.faults().terminateInstance(r -> r.cluster("prod").containerInstance(full));
      orders.awaitSteady(HOUR);
      logAgent.awaitSteady(HOUR);

      assertThat(orders).isSteady().hasRunningCount(6);
      assertThat(perInstance(orders)).doesNotContainKey(full);
      assertThat(orders.tasks()).filteredOn(t -> t.stopCode().isPresent())
          .hasSize(6).allSatisfy(t -> assertThat(t.stopCode()).contains(StopCode.TerminationNotice));
      assertThat(logAgent).hasDesiredCount(5);
      assertThat(prod.containerInstances()).filteredOn(i -> i.status() == ContainerInstanceStatus.ACTIVE).hasSize(5);
    }
  }

  /**
   * Two m5.large in a group of 1–6 behind a capacity provider with managed scaling at 100%.
   *
   * @return the environment
   */
  public static Environment growing() {
    return Ecs.environment("growing")
        .cluster("prod", c -> c.instanceGroup("workers", g -> g.instanceType("m5.large").capacity(1, 2, 6)
                .zones("us-east-1a", "us-east-1b"))
            .asgCapacityProvider("workers-cp", "workers", 100, true)
            .defaultStrategy("workers-cp", 0, 1))
        .taskDefinition("orders", td -> td.container("app", a -> a.image("shop/orders:1").cpu(1024).memory(1024)))
        .taskDefinition("orders", td -> td.container("app", a -> a.image("shop/orders:2").cpu(1024).memory(1024)))
        .service("orders", s -> s.cluster("prod").taskDefinition("orders:1").desiredCount(4))
        .build();
  }

  @Nested
  class CapacityProvider {
    @Deploy Environment growing = growing();
    @Service("orders") ServiceHandle orders;
    @Cluster("prod") ClusterHandle prod;

    private long active() {
      return prod.containerInstances().stream().filter(i -> i.status() == ContainerInstanceStatus.ACTIVE).count();
    }

    @Test
    void aDeploymentThatNeedsRoomGrowsTheGroupThroughItsCapacityProvider(InMemoryEcs ecs) {
      orders.awaitSteady(HOUR);
      assertThat(active()).as("two tasks of one vCPU fill an m5.large").isEqualTo(2);

      orders.deploy("orders:2");
      orders.awaitSteady(HOUR);

      assertThat(orders).isSteady().runsTaskDefinition("orders:2").hasRunningCount(4);
      assertThat(active()).as("room for the new revision beside the old").isEqualTo(4);
      assertThat(ecs.cloudWatch().getMetricStatistics(r -> r.cluster("prod").capacityProvider("workers-cp"))
          .datapoints()).anySatisfy(p ->
          assertThat(p.value()).isGreaterThan(100));

      ecs.clock().advance(Duration.ofMinutes(20));
      assertThat(active()).as("the two emptied instances are scaled in").isEqualTo(2);
      assertThat(orders.runningTasks()).hasSize(4).allSatisfy(t -> assertThat(t.stopCode()).isEmpty());
      assertThat(prod.tasks(TaskFilter.stopped()).stream().map(Task::stopCode))
          .noneMatch(c -> c.filter(StopCode.TerminationNotice::equals).isPresent());
    }
  }
}
