package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.MetricDatapoint;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Managed scaling of an Auto Scaling group capacity provider. */
class CapacityProviderScalingTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  /** Two m5.large (room for two 1-vCPU tasks each) in a group of 1 to 6, four tasks of orders:1. */
  private static Environment workers(boolean terminationProtection) {
    return Ecs.environment("capacity")
        .cluster("prod", c -> c.instanceGroup("workers", g -> g.instanceType("m5.large").capacity(1, 2, 6)
                .zones("us-east-1a", "us-east-1b"))
            .asgCapacityProvider("workers-cp", "workers", 100, terminationProtection)
            .defaultStrategy("workers-cp", 0, 1))
        .taskDefinition("orders", td -> td.container("app", a -> a.image("orders:1").cpu(1024).memory(1024)))
        .taskDefinition("orders", td -> td.container("app", a -> a.image("orders:2").cpu(1024).memory(1024)))
        .service("orders", s -> s.cluster("prod").taskDefinition("orders:1").desiredCount(4))
        .build();
  }

  private static long active(InMemoryEcs ecs) {
    return ListAndDescribe.containerInstances(ecs.ecs(), "prod").stream()
        .filter(i -> i.status() == ContainerInstanceStatus.ACTIVE)
        .count();
  }

  @Test
  void aDeploymentThatNeedsRoomGrowsTheGroupAndTheEmptiedInstancesGoAfterwards() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.deploy(workers(true));
      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);
      assertThat(active(ecs)).isEqualTo(2);

      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("orders")
          .taskDefinition("orders:2")
          .build());
      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);

      assertThat(active(ecs)).as("M = 2 + 4 tasks / 2 per instance = 4, at 100% target capacity").isEqualTo(4);
      List<MetricDatapoint> reservation = ecs.cloudWatch().getMetricStatistics(q -> q.cluster("prod")
          .capacityProvider("workers-cp")).datapoints();
      assertThat(reservation).extracting(MetricDatapoint::value).contains(200.0);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("orders")))
          .hasSize(4).allSatisfy(t -> assertThat(t.taskDefinitionArn()).endsWith("orders:2"));

      ecs.clock().advance(Duration.ofMinutes(20));
      assertThat(active(ecs)).as("15 minutes at 50%: the two emptied instances go").isEqualTo(2);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("orders"))).hasSize(4);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.stopped().serviceName("orders")))
          .as("managed termination protection: no running task lost its instance")
          .noneMatch(t -> t.stopCode().filter(c -> c == StopCode.TerminationNotice).isPresent());
    }
  }

  @Test
  void anIdleGroupStaysAtItsSizeWhenEveryInstanceRunsATask() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.deploy(workers(true));
      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);
      ecs.clock().advance(Duration.ofMinutes(30));

      assertThat(active(ecs)).isEqualTo(2);
      assertThat(ecs.cloudWatch().getMetricStatistics(q -> q.cluster("prod").capacityProvider("workers-cp"))
          .datapoints()).extracting(MetricDatapoint::value)
          .containsOnly(100.0);
      List<Task> running = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("orders"));
      assertThat(running).hasSize(4);
    }
  }

  /**
   * Developer guide, "Amazon ECS managed scaling behavior": tasks of the provider that find no room wait in
   * PROVISIONING (no container instance yet) until the group has grown, then start; RunTask returns them
   * as tasks, not as failures, and StopTask ends one that is still waiting.
   */
  @Test
  void tasksThatFindNoRoomWaitInProvisioningUntilTheGroupHasGrown() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.deploy(workers(true));
      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);

      var result = ecs.ecs().runTask(dev.ecsdsl.runtime.RunTaskRequest.of("prod", "orders:2", 3));

      assertThat(result.failures()).isEmpty();
      assertThat(result.tasks()).hasSize(3).allSatisfy(t -> {
        assertThat(t.lastStatus()).isEqualTo(dev.ecsdsl.runtime.TaskStatus.PROVISIONING);
        assertThat(t.containerInstanceArn()).isEmpty();
      });
      ecs.ecs().stopTask(q -> q.cluster("prod").task(result.tasks().get(2).taskArn()).reason("not needed after all"))
          .task();
      ecs.clock().advance(Duration.ofMinutes(5));

      assertThat(active(ecs)).isEqualTo(3);
      assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(result.tasks().get(0).taskArn())).task()
          .lastStatus())
          .isEqualTo(dev.ecsdsl.runtime.TaskStatus.RUNNING);
      assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(result.tasks().get(1).taskArn())).task()
          .containerInstanceArn()).isPresent();
      assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(result.tasks().get(2).taskArn())).task()
          .lastStatus())
          .isEqualTo(dev.ecsdsl.runtime.TaskStatus.STOPPED);
    }
  }

  /** Scale from zero: a group with no instance yet grows for the tasks that wait (CapacityProviderReservation 200). */
  @Test
  void anEmptyGroupGrowsFromZeroForTheTasksThatWait() {
    Environment fromZero = Ecs.environment("zero")
        .cluster("prod", c -> c.instanceGroup("workers", g -> g.instanceType("m5.large").capacity(0, 0, 4)
                .zones("us-east-1a", "us-east-1b"))
            .asgCapacityProvider("workers-cp", "workers", 100, true)
            .defaultStrategy("workers-cp", 0, 1))
        .taskDefinition("orders", td -> td.container("app", a -> a.image("shop/orders:1").cpu(1024).memory(1024)))
        .service("orders", s -> s.cluster("prod").taskDefinition("orders").desiredCount(2))
        .build();
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.deploy(fromZero);

      ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(TEN_MINUTES);

      assertThat(active(ecs)).isEqualTo(1);
      assertThat(ecs.cloudWatch().getMetricStatistics(q -> q.cluster("prod").capacityProvider("workers-cp"))
          .datapoints()).extracting(MetricDatapoint::value)
          .first().isEqualTo(200.0);
    }
  }
}
