package dev.ecsdsl.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.agent.DockerLabels;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The extension on the Docker runtime: real containers while the test runs, none left after it, and a
 * description whose images the engine lacks is skipped rather than pulled. Skipped without an engine
 * (outside CI), like every {@code @EcsTest(runtime = DOCKER)} class.
 */
@EcsTest(runtime = RuntimeKind.DOCKER)
class DockerRuntimeTest {

  @Test
  void aServiceRunsOnRealContainersAndNothingIsLeftAfterTheTest(DockerEcs ecs) {
    DockerClient docker = ecs.docker();
    OnDocker.image = TestImages.busybox(docker);
    OnDocker.runIds.clear();

    Samples.run(OnDocker.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));

    assertThat(OnDocker.runIds).singleElement();
    assertThat(docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(DockerLabels.RUN, OnDocker.runIds.get(0))).exec()).isEmpty();
  }

  @Test
  void aTestThatFailsHalfWayLeavesNothingOfItsRunBehind(DockerEcs ecs) {
    DockerClient docker = ecs.docker();
    FailsHalfWay.image = TestImages.busybox(docker);
    FailsHalfWay.runIds.clear();

    var results = Samples.run(FailsHalfWay.class);

    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    assertThat(Samples.failure(results)).hasMessage(FailsHalfWay.FAILURE);
    assertThat(FailsHalfWay.runIds).hasSize(1);
    String runId = FailsHalfWay.runIds.get(0);
    String label = DockerLabels.RUN + "=" + runId;
    assertThat(docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(DockerLabels.RUN, runId)).exec())
        .as("containers of the failed test's run").isEmpty();
    assertThat(docker.listNetworksCmd().withFilter("label", List.of(label)).exec())
        .as("networks of the failed test's run").isEmpty();
    assertThat(docker.listVolumesCmd().withFilter("label", List.of(label)).exec().getVolumes())
        .as("volumes of the failed test's run").isNullOrEmpty();
  }

  @Test
  void aDescriptionWithImagesTheEngineLacksIsSkippedNotPulled() {
    var results = Samples.run(MissingImage.class);

    results.testEvents().assertStatistics(s -> s.aborted(1).failed(0));
    assertThat(results.testEvents().aborted().stream().findFirst().orElseThrow().getPayload().orElseThrow())
        .asString().contains("the Docker engine lacks [example/app:1] and @EcsTest does not pull images");
  }

  @Test
  void aClassWhoseStaticDescriptionLacksImagesIsSkippedAsAWhole() {
    var results = Samples.run(MissingImageForTheClass.class);

    results.allEvents().assertStatistics(s -> s.failed(0).skipped(1));
    assertThat(Samples.skipReasons(results)).singleElement().asString()
        .isEqualTo("the Docker engine lacks [111122223333.dkr.ecr.eu-west-1.amazonaws.com/ecs-dsl/none:1 (local tag"
            + " ecs-dsl/none:1), example/app:1] and @EcsTest does not pull images (tag local images with these names, or set"
            + " @EcsTest(pullImages = true))");
  }

  @EcsTest(runtime = RuntimeKind.DOCKER)
  static class OnDocker {
    static String image;
    static final List<String> runIds = new CopyOnWriteArrayList<>();
    @Deploy EnvironmentBuilder small = TestEnvironments.with(image);

    @Test
    void runs(DockerEcs ecs, @Service("web") ServiceHandle web, @Cluster("prod") ClusterHandle prod) {
      runIds.add(ecs.runId());
      ServiceDescription steady = web.awaitSteady(Duration.ofMinutes(2));
      assertThat(steady.runningCount()).isEqualTo(2);
      assertThat(ecs.docker().listContainersCmd().withLabelFilter(Map.of(DockerLabels.RUN, ecs.runId())).exec())
          .hasSize(2);

      Task job = prod.runTask("job", 1).tasks().get(0);
      ecs.await("job " + job.taskArn() + " to stop", r -> prod.task(job.taskArn()).stopCode().isPresent())
          .atMost(Duration.ofMinutes(1));
      assertThat(prod.task(job.taskArn()).stopCode()).contains(StopCode.EssentialContainerExited);
      assertThat(prod.task(job.taskArn()).container("main").exitCode()).contains(3);
    }
  }

  /** A test that fails while its service's two containers run on their run's network. */
  @EcsTest(runtime = RuntimeKind.DOCKER)
  static class FailsHalfWay {
    static final String FAILURE = "failed half-way, with the service's containers running";
    static String image;
    static final List<String> runIds = new CopyOnWriteArrayList<>();
    @Deploy EnvironmentBuilder small = TestEnvironments.with(image);

    @Test
    void failsWhileItsTasksRun(DockerEcs ecs, @Service("web") ServiceHandle web) {
      runIds.add(ecs.runId());
      web.awaitSteady(Duration.ofMinutes(2));
      assertThat(ecs.docker().listContainersCmd().withLabelFilter(Map.of(DockerLabels.RUN, ecs.runId())).exec())
          .hasSize(2);
      assertThat(ecs.docker().listNetworksCmd().withFilter("label", List.of(DockerLabels.RUN + "=" + ecs.runId()))
          .exec()).isNotEmpty();
      throw new IllegalStateException(FAILURE);
    }
  }

  @EcsTest(runtime = RuntimeKind.DOCKER)
  static class MissingImageForTheClass {
    @Deploy static EnvironmentBuilder small = TestEnvironments.inMemory()
        .taskDefinition("private", td -> td.ec2().container("app", a -> a.memory(64)
            .image("111122223333.dkr.ecr.eu-west-1.amazonaws.com/ecs-dsl/none:1")));

    @Test
    void neverRuns() {}
  }

  @EcsTest(runtime = RuntimeKind.DOCKER)
  static class MissingImage {
    @Deploy EnvironmentBuilder small = TestEnvironments.inMemory();

    @Test
    void neverRuns() {}
  }
}
