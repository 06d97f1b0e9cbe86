package dev.ecsdsl.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Everything the extension injects, into static and instance fields and lifecycle and test parameters. */
@EcsTest(runtime = RuntimeKind.IN_MEMORY, seed = 3)
class InjectionTest {
  @Deploy static EnvironmentBuilder small = TestEnvironments.inMemory();
  static EcsRuntime shared;
  static EcsRuntime fromBeforeAll;
  @Service("web") ServiceHandle web;
  @Cluster("prod") ClusterHandle prod;
  EcsClock clock;
  Environment environment;
  InMemoryEcs inMemory;

  @BeforeAll
  static void remember(EcsRuntime ecs) {
    fromBeforeAll = ecs;
  }

  @BeforeEach
  void steady(@Service("web") ServiceHandle service) {
    service.awaitSteady();
  }

  @Test
  void fieldsAndParametersShareTheClassRuntime(EcsRuntime ecs, InMemoryEcs sameRuntime) {
    assertThat(ecs).isSameAs(shared).isSameAs(fromBeforeAll).isSameAs(sameRuntime).isSameAs(inMemory)
        .isSameAs(web.runtime()).isSameAs(prod.runtime());
    assertThat(inMemory.seed()).isEqualTo(3);
    assertThat(environment.name()).isEqualTo("small");
    assertThat(environment).isSameAs(ecs.environment());
  }

  @Test
  void handlesSpeakForTheirServiceAndCluster() {
    assertThat(web.describe().runningCount()).isEqualTo(2);
    assertThat(web.runningTasks()).hasSize(2).allSatisfy(t -> assertThat(t.group()).isEqualTo("service:web"));
    assertThat(prod.containerInstances()).hasSize(2);
    assertThat(prod.services()).extracting(s -> s.serviceName()).containsExactly("web");

    inMemory.behaviour("job", "main", ContainerBehaviour.exitsAfter(Duration.ofSeconds(5), 3));
    Task job = prod.runTask("job", 1).tasks().get(0);
    clock.advance(Duration.ofMinutes(1));
    assertThat(prod.task(job.taskArn()).stopCode()).contains(StopCode.EssentialContainerExited);
    assertThat(prod.task(job.taskArn()).container("main").exitCode()).contains(3);
  }

  @Test
  void theClockIsTheRuntimes(EcsClock parameter) {
    Instant before = clock.now();
    parameter.advance(Duration.ofSeconds(90));
    assertThat(clock.now()).isEqualTo(before.plusSeconds(90));
    assertThat(clock.asClock().instant()).isEqualTo(shared.clock().now());
  }
}
