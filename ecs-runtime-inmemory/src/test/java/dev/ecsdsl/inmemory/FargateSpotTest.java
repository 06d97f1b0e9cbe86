package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fargate Spot interruptions ("How do I handle Spot termination notices in AWS Fargate Spot tasks?"). */
class FargateSpotTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  /** Workers: one task on FARGATE (base 1), the rest on FARGATE_SPOT. */
  private static Environment workers() {
    return Ecs.environment("spot")
        .vpc(v -> v.cidr("10.0.0.0/16").subnet("subnet-a", "us-east-1a", "10.0.1.0/24"))
        .role("execution", r -> r.trustedBy(IamRole.ECS_TASKS).managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY))
        .cluster("prod", c -> c.fargateCapacityProviders())
        .taskDefinition("worker", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
            .container("app", a -> a.image("worker:1").stopTimeout(120)))
        .service("workers", s -> s.cluster("prod").taskDefinition("worker").desiredCount(3)
            .capacityProvider("FARGATE", 1, 1).capacityProvider("FARGATE_SPOT", 0, 3).subnets("subnet-a"))
        .build();
  }

  private static InMemoryEcs steady() {
    InMemoryEcs ecs = InMemoryEcs.create(9);
    ecs.deploy(workers());
    ecs.await(Conditions.serviceSteady("prod", "workers")).atMost(TEN_MINUTES);
    return ecs;
  }

  private static List<Task> onSpot(InMemoryEcs ecs) {
    return ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("workers")).stream()
        .filter(t -> t.capacityProviderName().filter("FARGATE_SPOT"::equals).isPresent()).toList();
  }

  @Test
  void anInterruptedSpotTaskGetsSigtermStopsWithTheSpotStopCodeAndIsReplaced() {
    try (InMemoryEcs ecs = steady()) {
      Task victim = onSpot(ecs).get(0);

      Task notice = ecs.faults().interruptSpotTask(q -> q.cluster("prod").task(victim.taskArn()));
      assertThat(notice.desiredStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(notice.stopCode()).contains(StopCode.SpotInterruption);
      ecs.await(Conditions.serviceSteady("prod", "workers")).atMost(TEN_MINUTES);

      Task stopped = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(victim.taskArn())).task();
      assertThat(stopped.stoppedReason()).contains("Your Spot Task was interrupted.");
      assertThat(stopped.containers().get(0).exitCode()).as("a container that exits on SIGTERM").contains(143);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("workers"))).hasSize(3);
    }
  }

  @Test
  void aContainerThatIgnoresSigtermEndsWhenTheTwoMinutesAreUp() {
    try (InMemoryEcs ecs = InMemoryEcs.create(9)) {
      ecs.behaviourOfImage("worker:1", ContainerBehaviour.ignoresSigterm());
      ecs.deploy(workers());
      ecs.await(Conditions.serviceSteady("prod", "workers")).atMost(TEN_MINUTES);
      Task victim = onSpot(ecs).get(0);

      ecs.faults().interruptSpotTask(q -> q.cluster("prod").task(victim.taskArn()));
      ecs.await("the interrupted task stopped", r -> r.ecs().describeTasks(q -> q.cluster("prod").tasks(victim
          .taskArn())).task().lastStatus() == TaskStatus.STOPPED).atMost(TEN_MINUTES);

      Task stopped = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(victim.taskArn())).task();
      assertThat(Duration.between(stopped.stoppingAt().orElseThrow(), stopped.stoppedAt().orElseThrow()))
          .isLessThanOrEqualTo(Duration.ofMinutes(2));
      assertThat(stopped.stopCode()).contains(StopCode.SpotInterruption);
    }
  }

  @Test
  void onlyFargateSpotTasksCanBeInterrupted() {
    try (InMemoryEcs ecs = steady()) {
      Task onDemand = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("workers")).stream()
          .filter(t -> t.capacityProviderName().filter("FARGATE"::equals).isPresent()).findFirst().orElseThrow();
      assertThatThrownBy(() -> ecs.faults().interruptSpotTask(q -> q.cluster("prod").task(onDemand.taskArn())))
          .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("runs on FARGATE, not on FARGATE_SPOT");
    }
  }
}
