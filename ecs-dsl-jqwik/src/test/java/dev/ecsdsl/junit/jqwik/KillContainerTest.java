package dev.ecsdsl.junit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.junit.Deploy;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.jqwik.EcsArbitraries.InstanceGroupSpec;
import dev.ecsdsl.junit.jqwik.EcsArbitraries.ServiceSpec;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;
import org.junit.jupiter.api.Test;

/** The chains' "kill container" step: only for RUNNING tasks, and it ends one as a killed essential container does. */
@EcsTest(seed = 4)
class KillContainerTest {
  @Deploy Environment oneHost = EcsArbitraries.environment(
      List.of(new InstanceGroupSpec("m5.large", 1, List.of("us-east-1a"), null)),
      new ServiceSpec(0, List.of(), false, 100, 200, false), 64);
  InMemoryEcs ecs;

  @Test
  void killsAContainerOfARunningTaskWhichThenStopsWithExitCode137() {
    EcsSystem system = EcsSystem.of(ecs);
    Action<EcsSystem> kill = EcsActions.killContainer();
    Task job = ecs.ecs().runTask(RunTaskRequest.of("prod", "job", 1)).tasks().get(0);
    assertThat(kill.precondition(system)).as("nothing RUNNING yet").isFalse();
    ecs.clock().advance(Duration.ofSeconds(30));
    assertThat(kill.precondition(system)).isTrue();

    Transformer<EcsSystem> step = ((Action.Dependent<EcsSystem>) kill).transformer(system).sample();
    step.apply(system);
    ecs.clock().advance(Duration.ofMinutes(1));

    assertThat(step.transformation()).isEqualTo("kill container main of task " + job.taskId());
    Task stopped = ecs.ecs().describeTasks(r -> r.cluster("prod").tasks(job.taskArn())).task();
    assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
    assertThat(stopped.stopCode()).contains(StopCode.EssentialContainerExited);
    assertThat(stopped.container("main").exitCode()).contains(137);
  }
}
