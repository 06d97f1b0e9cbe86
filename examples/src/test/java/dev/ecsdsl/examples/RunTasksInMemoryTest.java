package dev.ecsdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.runtime.ContainerOverride;
import dev.ecsdsl.runtime.Failure;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResult;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskOverride;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shop's order workers, run as standalone tasks on the in-memory runtime. */
class RunTasksInMemoryTest {

  @Test
  void orderWorkersSpreadOverZonesMigrateFirstAndStopWhenAsked() {
    try (InMemoryEcs ecs = InMemoryEcs.create(2024)) {
      ecs.deploy(ShopEnvironment.build());
      ecs.behaviour("orders", "migrate", ContainerBehaviour.exitsAfter(Duration.ofSeconds(20), 0));

      RunTaskResult result = ecs.runTask(RunTaskRequest.builder().cluster("shop-workers").taskDefinition("orders")
          .count(6).startedBy("backfill-7")
          .addPlacementStrategy(PlacementStrategy.spread("attribute:ecs.availability-zone"))
          .addPlacementStrategy(PlacementStrategy.binpack("memory"))
          .build());
      ecs.advance(Duration.ofMinutes(2));

      Map<String, Long> perZone = result.tasks().stream()
          .collect(Collectors.groupingBy(Task::availabilityZone, Collectors.counting()));
      assertThat(perZone).containsOnly(Map.entry("eu-west-1a", 2L), Map.entry("eu-west-1b", 2L),
          Map.entry("eu-west-1c", 2L));
      Task worker = ecs.describeTask("shop-workers", result.tasks().get(0).taskArn());
      assertThat(worker.lastStatus()).isEqualTo(TaskStatus.RUNNING);
      assertThat(worker.container("migrate").exitCode()).contains(0);
      assertThat(worker.container("worker").networkBindings()).singleElement()
          .satisfies(b -> assertThat(b.hostPort()).isGreaterThanOrEqualTo(32768));

      ecs.stopTask("shop-workers", worker.taskArn(), "scale down after backfill");
      ecs.advance(Duration.ofMinutes(1));
      assertThat(ecs.describeTask("shop-workers", worker.taskArn()).stopCode()).contains(StopCode.UserInitiated);
      assertThat(ecs.timeline()).contains("orders → instance/i-").contains("migrate exited with code 0")
          .contains("RUNNING → DEACTIVATING");
    }
  }

  @Test
  void aTaskTooBigForAnyInstanceComesBackWithEcsReasonsAndTheClosestFit() {
    try (InMemoryEcs ecs = InMemoryEcs.create(2024)) {
      ecs.deploy(ShopEnvironment.build());

      RunTaskResult result = ecs.runTask(RunTaskRequest.builder().cluster("shop-workers").taskDefinition("orders")
          .overrides(TaskOverride.builder().addContainerOverride(ContainerOverride.builder().name("worker")
              .memoryReservation(16_000).build()).build())
          .build());

      assertThat(result.tasks()).isEmpty();
      assertThat(result.failures()).extracting(Failure::reason).containsOnly("RESOURCE:MEMORY");
      assertThat(result.explanations()).singleElement().asString().contains("closest").contains("MiB");
    }
  }
}
