package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.TaskManagedEBSVolumeConfiguration;
import dev.ecsdsl.model.TaskVolumeConfiguration;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.TaskFilter;
import org.junit.jupiter.api.Test;

/**
 * The model holds what issue 20 adds (EBS volumes configured at launch), but the
 * runtimes do not simulate it yet: a RunTask that asks for it is refused with a clear error instead of running
 * something else, and nothing is started.
 */
class NotYetSimulatedTest {

  private static Environment environment() {
    return Ecs.environment("later")
        .cluster("prod", c -> c.instanceGroup("ec2", g -> g.instanceType("m5.large").count(1)))
        .taskDefinition("job", td -> td.container("app", a -> a.image("job:1").memory(128)))
        .build();
  }

  @Test
  void aRunTaskWithVolumeConfigurationsIsRefusedAndStartsNothing() {
    try (InMemoryEcs ecs = InMemoryEcs.create(1)) {
      ecs.deploy(environment());
      RunTaskRequest request = RunTaskRequest.builder().cluster("prod").taskDefinition("job")
          .addVolumeConfiguration(TaskVolumeConfiguration.builder().name("data")
              .managedEBSVolume(TaskManagedEBSVolumeConfiguration.builder().sizeInGiB(10)
                  .roleArn("arn:aws:iam::123456789012:role/ecsInfrastructureRole").build())
              .build())
          .build();

      assertThatThrownBy(() -> ecs.ecs().runTask(request)).isInstanceOf(EcsException.class)
          .hasMessageContaining("volumeConfigurations").hasMessageContaining("not simulated yet");
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.all())).isEmpty();
    }
  }
}
