package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.DeploymentRolloutState;
import dev.ecsdsl.runtime.DesiredStatus;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceStatus;
import dev.ecsdsl.runtime.SortOrder;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskDefinitionStatus;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.waiters.Conditions;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import dev.ecsdsl.runtime.waiters.WaiterFailureException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime's groups in the AWS SDK for Java v2's idiom: request objects and builders, enums with ECS's strings,
 * the waiters' acceptors (https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/waiters.html) and waits
 * that say what they waited for.
 */
class RuntimeApiTest {

  private static Environment shop() {
    return Ecs.environment("shop")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(2)
            .zones("us-east-1a", "us-east-1b")))
        .taskDefinition("worker", td -> td.container("app", a -> a.image("worker:1").memory(512)))
        .taskDefinition("web", td -> td.container("app", a -> a.image("web:1").memory(256).port(8080)))
        .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(2))
        .build();
  }

  private static InMemoryEcs deployed() {
    InMemoryEcs ecs = InMemoryEcs.create(7);
    ecs.deploy(shop());
    return ecs;
  }

  @Test
  void aBuilderAndARequestObjectAreTheSameCall() {
    try (InMemoryEcs one = deployed(); InMemoryEcs other = deployed()) {
      RunTaskResponse built = one.ecs().runTask(r -> r.cluster("prod").taskDefinition("worker").count(2));
      RunTaskResponse given = other.ecs().runTask(
          RunTaskRequest.builder().cluster("prod").taskDefinition("worker").count(2).build());

      assertThat(built.tasks()).extracting(Task::taskArn)
          .containsExactlyElementsOf(given.tasks().stream().map(Task::taskArn).toList());
    }
  }

  @Test
  void statusesAreEnumsWithEcsStrings() {
    try (InMemoryEcs ecs = deployed()) {
      ServiceDescription stable = ecs.waiter().waitUntilServicesStable(r -> r.cluster("prod").services("web"))
          .response().service();
      assertThat(stable.status()).isEqualTo(ServiceStatus.ACTIVE);
      assertThat(stable.runningCount()).as("services-stable: one deployment, running = desired").isEqualTo(2);

      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(Duration.ofMinutes(10));
      ServiceDescription web = ecs.ecs().describeServices(r -> r.cluster("prod").services("web")).service();
      assertThat(web.deployments()).singleElement()
          .satisfies(d -> assertThat(d.rolloutState()).isEqualTo(DeploymentRolloutState.COMPLETED));
      assertThat(DeploymentRolloutState.fromValue("IN_PROGRESS")).isEqualTo(DeploymentRolloutState.IN_PROGRESS);
      assertThat(ContainerInstanceStatus.fromValue("DRAINING")).hasToString("DRAINING");
      assertThatThrownBy(() -> TaskStatus.fromValue("running"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TaskStatus has no value running");
    }
  }

  @Test
  void tasksRunningWaiterReturnsTheTasksOnceRunningAndFailsOnAStoppedOne() {
    try (InMemoryEcs ecs = deployed()) {
      ecs.behaviour("worker", "app", ContainerBehaviour.exitsAfter(Duration.ofSeconds(30), 1));
      String arn = ecs.ecs().runTask(r -> r.cluster("prod").taskDefinition("worker")).tasks().get(0).taskArn();

      List<Task> running = ecs.waiter().waitUntilTasksRunning(r -> r.cluster("prod").tasks(arn)).response().tasks();
      assertThat(running).singleElement().satisfies(t -> assertThat(t.lastStatus()).isEqualTo(TaskStatus.RUNNING));

      ecs.waiter().waitUntilTasksStopped(r -> r.cluster("prod").tasks(arn));
      assertThatThrownBy(() -> ecs.waiter().waitUntilTasksRunning(r -> r.cluster("prod").tasks(arn)))
          .isInstanceOf(WaiterFailureException.class)
          .hasMessageContaining("tasks[].lastStatus=STOPPED")
          .hasMessageContaining("STOPPED (desired STOPPED)");
    }
  }

  @Test
  void aWaitThatTimesOutSaysWhatItAwaitedForHowLongAndWhatItSaw() {
    try (InMemoryEcs ecs = deployed()) {
      ecs.behaviourOfImage("web:1", ContainerBehaviour.failsToPull("CannotPullContainerError: not found"));

      assertThatThrownBy(() -> ecs.waiter().waitUntilServicesStable(r -> r.cluster("prod").services("web"),
          o -> o.waitTimeout(Duration.ofMinutes(3))))
          .isInstanceOf(WaitTimeoutException.class)
          .hasMessageStartingWith("waited 3m of virtual time for services [web] of cluster prod to be stable")
          .hasMessageContaining("service web: ACTIVE, desired 2, running 0")
          .hasMessageContaining("IN_PROGRESS (")
          .hasMessageContaining("event ");
      assertThat(ecs.clock().now()).isEqualTo(InMemoryEcs.DEFAULT_START.plus(Duration.ofMinutes(3)));

      WaitTimeoutException timeout = org.junit.jupiter.api.Assertions.assertThrows(WaitTimeoutException.class,
          () -> ecs.await(Conditions.serviceSteady("prod", "web")).atMost(Duration.ofMinutes(1)));
      assertThat(timeout.virtualTime()).isTrue();
      assertThat(timeout.waited()).isEqualTo(Duration.ofMinutes(1));
      assertThat(timeout.awaited()).startsWith("service web of cluster prod to reach a steady state");
      assertThat(timeout.lastSeen()).contains("desired 2, running 0");
    }
  }

  @Test
  void awaitReturnsHowLongItTookWhenTheConditionHolds() {
    try (InMemoryEcs ecs = deployed()) {
      Duration took = ecs.await("2 tasks of web running",
          r -> r.ecs().describeServices(d -> d.cluster("prod").services("web")).service().runningCount() == 2)
          .atMost(Duration.ofMinutes(5));

      assertThat(took).isPositive().isLessThan(Duration.ofMinutes(5));
      assertThat(ecs.clock().now()).isEqualTo(InMemoryEcs.DEFAULT_START.plus(took));
    }
  }

  @Test
  void listTaskDefinitionsFiltersByFamilyPrefixAndStatusAndSorts() {
    try (InMemoryEcs ecs = deployed()) {
      ecs.ecs().registerTaskDefinition(r -> r.taskDefinition(Ecs.environment("next").taskDefinition("worker",
          td -> td.container("app", a -> a.image("worker:2").memory(512))).build().taskDefinition("worker")
          .orElseThrow()));
      ecs.ecs().deregisterTaskDefinition(r -> r.taskDefinition("worker:1"));

      assertThat(ecs.ecs().listTaskDefinitions(r -> r.familyPrefix("worker")).taskDefinitionArns())
          .singleElement().asString().endsWith("task-definition/worker:2");
      assertThat(ecs.ecs().listTaskDefinitions(r -> r.familyPrefix("worker").status(TaskDefinitionStatus.INACTIVE))
          .taskDefinitionArns()).singleElement().asString().endsWith("task-definition/worker:1");
      assertThat(ecs.ecs().listTaskDefinitions(r -> r.sort(SortOrder.DESC)).taskDefinitionArns())
          .extracting(a -> a.substring(a.lastIndexOf('/') + 1)).containsExactly("worker:2", "web:1");
    }
  }

  @Test
  void listTasksIsRunningTasksUnlessAskedForStoppedOnes() {
    try (InMemoryEcs ecs = deployed()) {
      String arn = ecs.ecs().runTask(r -> r.cluster("prod").taskDefinition("worker")).tasks().get(0).taskArn();
      ecs.ecs().stopTask(r -> r.cluster("prod").task(arn).reason("done"));
      ecs.waiter().waitUntilTasksStopped(r -> r.cluster("prod").tasks(arn));

      assertThat(ecs.ecs().listTasks(r -> r.cluster("prod").family("worker")).taskArns()).isEmpty();
      assertThat(ecs.ecs().listTasks(r -> r.cluster("prod").family("worker").desiredStatus(DesiredStatus.STOPPED))
          .taskArns()).containsExactly(arn);
    }
  }

  @Test
  void faultsAndEventsAreGroupsOfTheirOwn() {
    try (InMemoryEcs ecs = deployed()) {
      ecs.waiter().waitUntilServicesStable(r -> r.cluster("prod").services("web"));
      String instance = ecs.ecs().listContainerInstances(r -> r.cluster("prod")).containerInstanceArns().get(0);

      ContainerInstance terminated = ecs.faults().terminateInstance(r -> r.cluster("prod")
          .containerInstance(instance));

      assertThat(terminated.status()).isNotEqualTo(ContainerInstanceStatus.ACTIVE);
      assertThat(ecs.events().ofType(EventType.INSTANCE_STATUS_CHANGED)).isNotEmpty()
          .allSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.INSTANCE_STATUS_CHANGED));
      assertThat(ecs.events().ofType(EventType.TASK_STOP_REQUESTED)).as("the instance's web task is stopped")
          .isNotEmpty();
    }
  }
}
