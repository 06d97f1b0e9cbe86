package dev.ecsdsl.junit.assertj;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.junit.ClusterHandle;
import dev.ecsdsl.junit.Cluster;
import dev.ecsdsl.junit.Deploy;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.Service;
import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.runtime.ContainerOverride;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskOverride;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The assertions pass on what ECS did, and fail saying what ECS shows. */
@EcsTest(seed = 5)
class EcsAssertionsTest {
  @Deploy dev.ecsdsl.dsl.EnvironmentBuilder rollout = RolloutEnvironment.rollout();
  @Service("web") ServiceHandle web;
  @Cluster("prod") ClusterHandle prod;
  InMemoryEcs ecs;

  @BeforeEach
  void scriptJobs() {
    ecs.behaviourOfImage("example/web:2", ContainerBehaviour.neverHealthy());
  }

  @Test
  void aSteadyServiceIsSteadySpreadAndHealthy() {
    web.awaitSteady();

    assertThat(web).isSteady().hasRunningCount(3).hasDesiredCount(3).runsTaskDefinition("web:1")
        .deploymentCompleted().tasksSpreadAcross("attribute:ecs.availability-zone").tasksSpreadAcross("instanceId")
        .allTasksHealthy();
  }

  @Test
  void aServiceThatIsNotSteadySaysWhereItStands() {
    ecs.clock().advance(Duration.ofSeconds(1));

    assertThatThrownBy(() -> assertThat(web).isSteady())
        .hasMessageContaining("expected service web to be steady (one COMPLETED deployment, running = desired)")
        .hasMessageContaining("desired 3, running 0, pending 3")
        .hasMessageContaining("PRIMARY ecs-svc/").hasMessageContaining("IN_PROGRESS web:1")
        .hasMessageContaining("event: (service web) has started 3 tasks");
    assertThatThrownBy(() -> assertThat(web).allTasksHealthy())
        .hasMessageContaining("expected every task of service web to be RUNNING and healthy, but task ")
        .hasMessageContaining(" is PENDING UNKNOWN");
  }

  @Test
  void unevenTasksAreNotSpread() {
    web.awaitSteady();
    web.scale(2);
    web.awaitSteady();
    List<Task> tasks = web.runningTasks();
    web.scale(4);
    web.awaitSteady();

    assertThat(web).tasksSpreadAcross("ecs.availability-zone");
    assertThatThrownBy(() -> assertThat(web).tasksSpreadAcross("ecs.instance-type"))
        .hasMessage("expected the 4 tasks of service web to spread evenly across ecs.instance-type, but they run"
            + " m5.large: 4");
    org.assertj.core.api.Assertions.assertThat(tasks).hasSize(2);
  }

  @Test
  void aBrokenRevisionFailsAndRollsBack() {
    web.awaitSteady();
    web.deploy("web:2");
    web.awaitSteady();

    assertThat(web).deploymentFailed().rolledBackTo("web:1").hasEventContaining("tasks failed health checks")
        .isSteady();
    assertThatThrownBy(() -> assertThat(web).runsTaskDefinition("web:2"))
        .hasMessageContaining("expected service web to run task definition web:2, but its PRIMARY deployment runs web:1");
  }

  @Test
  void aServiceThatNeverFailedSaysSo() {
    web.awaitSteady();

    assertThatThrownBy(() -> assertThat(web).deploymentFailed())
        .hasMessageContaining("expected a deployment of service web to have FAILED, but none did");
    assertThatThrownBy(() -> assertThat(web).rolledBack())
        .hasMessageContaining("to have rolled back a failed deployment, but it has not");
    assertThatThrownBy(() -> assertThat(web.describe()).allTasksHealthy())
        .hasMessageContaining("needs the service's tasks: assert on the ServiceHandle");
  }

  @Test
  void aStoppedTaskShowsItsStopCodeAndContainers() {
    ecs.behaviourOfImage("example/web:1", ContainerBehaviour.exitsAfter(Duration.ofSeconds(30), 137));
    Task task = prod.runTask("web:1", 1).tasks().get(0);
    ecs.clock().advance(Duration.ofMinutes(2));
    Task stopped = prod.task(task.taskArn());

    assertThat(stopped).isStopped().stoppedWith(StopCode.EssentialContainerExited)
        .container("app").hasExitCode(137).hasLastStatus("STOPPED");
    assertThatThrownBy(() -> assertThat(stopped).stoppedWith(StopCode.UserInitiated))
        .hasMessageContaining("expected task " + stopped.taskId() + " to have stopped with UserInitiated, but it"
            + " stopped with EssentialContainerExited")
        .hasMessageContaining("container app STOPPED exitCode 137");
    assertThatThrownBy(() -> assertThat(stopped).container("app").hasExitCode(0))
        .hasMessage("expected container app to have exited with code 0, but it exited with 137");
    assertThatThrownBy(() -> assertThat(stopped).container("sidecar"))
        .hasMessageContaining("to have a container sidecar, but its containers are app");
  }

  @Test
  void aTaskThatFitsNowhereFailsPlacementWithEcsReasons() {
    RunTaskResponse tooBig = prod.runTask(r -> r.taskDefinition("web:1").overrides(TaskOverride.builder()
        .addContainerOverride(ContainerOverride.builder().name("app").memory(64_000).build()).build()));
    RunTaskResponse spread = prod.runTask(r -> r.taskDefinition("web:1").count(6)
        .addPlacementStrategy(PlacementStrategy.spread("attribute:ecs.availability-zone")));

    assertThat(tooBig).placementFailedWith("RESOURCE:MEMORY").hasExplanationContaining("lacked")
        .hasExplanationContaining("MiB memory");
    assertThat(spread).placed(6).hasNoFailures()
        .tasksSpreadAcrossZones(List.of("us-east-1a", "us-east-1b", "us-east-1c"));
    assertThatThrownBy(() -> assertThat(spread).placementFailedWith("RESOURCE:CPU"))
        .hasMessageContaining("expected placement to fail with RESOURCE:CPU, but RunTask placed 6 tasks and reported"
            + " no failures");
    assertThatThrownBy(() -> assertThat(tooBig).placed(1))
        .hasMessageContaining("expected RunTask to place 1 tasks, but it placed 0; failures: RESOURCE:MEMORY");
  }

  @Test
  void aPartialPlacementSaysHowManyWerePlacedAndWhyTheRestWereNot() {
    RunTaskResponse halfFits = prod.runTask(r -> r.taskDefinition("web:1").count(5).overrides(TaskOverride.builder()
        .addContainerOverride(ContainerOverride.builder().name("app").memory(5_000).build()).build()));

    assertThat(halfFits).as("one 5,000 MiB task per 7,985 MiB m5.large, three instances")
        .placedAndTheRestFailedWith(3, "RESOURCE:MEMORY");
    assertThatThrownBy(() -> assertThat(halfFits).placedAndTheRestFailedWith(2, "RESOURCE:MEMORY"))
        .hasMessageContaining("expected RunTask to place 2 tasks and the rest to fail with RESOURCE:MEMORY, but it"
            + " placed 3; failures: RESOURCE:MEMORY");
    assertThatThrownBy(() -> assertThat(halfFits).placedAndTheRestFailedWith(3, "RESOURCE:CPU"))
        .hasMessageContaining("the rest to fail with RESOURCE:CPU, but it placed 3; failures: RESOURCE:MEMORY");
  }
}
