package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.runtime.HealthStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order and uniqueness of one run's reports, whichever thread sees what first. */
class ContainerRunTest {
  private final List<String> reports = new ArrayList<>();
  private final ContainerRun run = new ContainerRun(new DockerTask(Launches.launch(Launches.definition("web",
      ContainerDefinition.builder().name("app").image("app").build()))), "app", null);

  private void start() {
    run.running(() -> reports.add("started"), h -> reports.add(h.toString()));
  }

  @Test
  void aStopAskedForWhileStartingIsCarriedOutOnceRunning() {
    assertThat(run.requestStop(Duration.ofSeconds(5))).as("not yet").isFalse();

    assertThat(run.running(() -> reports.add("started"), h -> { })).contains(Duration.ofSeconds(5));
    assertThat(run.requestStop(Duration.ofSeconds(5))).as("already stopping").isFalse();
  }

  @Test
  void aRunningContainerIsStoppedOnce() {
    start();

    assertThat(run.requestStop(Duration.ofSeconds(5))).isTrue();
    assertThat(run.requestStop(Duration.ofSeconds(5))).isFalse();
  }

  @Test
  void theExitIsReportedOnceAndAfterTheStart() {
    assertThat(run.dieObserved()).as("noted while starting").isFalse();
    assertThat(run.exitSeenWhileStarting()).isTrue();
    start();

    assertThat(run.dieObserved()).isTrue();
    assertThat(run.exited(() -> reports.add("exited"))).isTrue();
    assertThat(run.exited(() -> reports.add("exited"))).isFalse();
    assertThat(run.dieObserved()).isFalse();
    assertThat(reports).containsExactly("started", "exited");
  }

  @Test
  void healthSeenWhileStartingFollowsTheStartAndRepeatsAreDropped() {
    run.health(HealthStatus.HEALTHY, h -> reports.add(h.toString()));
    start();
    run.health(HealthStatus.HEALTHY, h -> reports.add(h.toString()));
    run.health(HealthStatus.UNHEALTHY, h -> reports.add(h.toString()));
    run.exited(() -> reports.add("exited"));
    run.health(HealthStatus.HEALTHY, h -> reports.add(h.toString()));

    assertThat(reports).containsExactly("started", "HEALTHY", "UNHEALTHY", "exited");
  }
}
