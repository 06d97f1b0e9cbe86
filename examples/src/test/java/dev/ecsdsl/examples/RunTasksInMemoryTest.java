package dev.ecsdsl.examples;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;

import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.junit.Cluster;
import dev.ecsdsl.junit.ClusterHandle;
import dev.ecsdsl.junit.Deploy;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.runtime.ContainerOverride;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskOverride;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shop's order workers, run as standalone tasks on the in-memory runtime. */
@EcsTest(seed = 2024)
class RunTasksInMemoryTest {
  @Deploy EnvironmentBuilder shop = ShopEnvironment.description();
  @Cluster("shop-workers") ClusterHandle workers;

  @Test
  void orderWorkersSpreadOverZonesMigrateFirstAndStopWhenAsked(InMemoryEcs ecs) {
    ecs.behaviour("orders", "migrate", ContainerBehaviour.exitsAfter(Duration.ofSeconds(20), 0));

    RunTaskResponse result = workers.runTask(r -> r.taskDefinition("orders").count(6).startedBy("backfill-7")
        .addPlacementStrategy(PlacementStrategy.spread("attribute:ecs.availability-zone"))
        .addPlacementStrategy(PlacementStrategy.binpack("memory")));
    ecs.clock().advance(Duration.ofMinutes(2));

    assertThat(result).placed(6).tasksSpreadAcrossZones(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"));
    Task worker = workers.task(result.tasks().get(0).taskArn());
    assertThat(worker).isRunning().container("migrate").hasExitCode(0);
    assertThat(worker.container("worker").networkBindings()).singleElement()
        .satisfies(b -> assertThat(b.hostPort()).isGreaterThanOrEqualTo(32768));

    workers.stopTask(worker.taskArn(), "scale down after backfill");
    ecs.clock().advance(Duration.ofMinutes(1));
    assertThat(workers.task(worker.taskArn())).stoppedWith(StopCode.UserInitiated);
    assertThat(ecs.events().timeline()).contains("orders → instance/i-").contains("migrate exited with code 0")
        .contains("RUNNING → DEACTIVATING");
  }

  @Test
  void aTaskTooBigForAnyInstanceComesBackWithEcsReasonsAndTheClosestFit() {
    RunTaskResponse result = workers.runTask(r -> r.taskDefinition("orders")
        .overrides(TaskOverride.builder().addContainerOverride(ContainerOverride.builder().name("worker")
            .memoryReservation(16_000).build()).build()));

    assertThat(result).placementFailedWith("RESOURCE:MEMORY").hasExplanationContaining("closest")
        .hasExplanationContaining("MiB");
    assertThat(result.failures()).extracting(f -> f.reason()).containsOnly("RESOURCE:MEMORY");
  }
}
