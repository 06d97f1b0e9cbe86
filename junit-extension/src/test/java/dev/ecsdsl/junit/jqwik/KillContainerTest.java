package dev.ecsdsl.junit.jqwik;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;

import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.junit.Cluster;
import dev.ecsdsl.junit.ClusterHandle;
import dev.ecsdsl.junit.Deploy;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.TestEnvironments;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The chains' "kill container": a running container killed from outside ECS ends its task as an exit would. */
@EcsTest(seed = 4)
class KillContainerTest {
  @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();
  @Cluster("prod") ClusterHandle prod;
  InMemoryEcs ecs;

  @Test
  void aKilledEssentialContainerStopsItsTaskWithItsExitCode() {
    Task job = prod.runTask("job", 1).tasks().get(0);
    ecs.advance(Duration.ofSeconds(30));

    assertThat(ecs.agent().kill(job.taskArn(), "main", 137)).isTrue();
    assertThat(prod.task(job.taskArn())).as("nothing happens until time moves").isRunning();
    ecs.advance(Duration.ofMinutes(1));

    assertThat(prod.task(job.taskArn())).isStopped().stoppedWith(StopCode.EssentialContainerExited)
        .container("main").hasExitCode(137);
  }

  @Test
  void onlyAStartedContainerCanBeKilled() {
    Task job = prod.runTask("job", 1).tasks().get(0);

    assertThat(ecs.agent().kill(job.taskArn(), "main", 137)).as("still pulling").isFalse();
    ecs.advance(Duration.ofSeconds(30));
    prod.stopTask(job.taskArn(), "done");
    ecs.advance(Duration.ofMinutes(1));
    assertThat(ecs.agent().kill(job.taskArn(), "main", 137)).as("already stopped").isFalse();
  }
}
