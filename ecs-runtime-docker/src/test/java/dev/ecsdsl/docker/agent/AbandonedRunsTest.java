package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.docker.DockerEngineExtension;
import dev.ecsdsl.docker.DockerTesting;
import dev.ecsdsl.docker.RequiresDocker;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.EfsVolumeConfiguration;
import dev.ecsdsl.model.MountPoint;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Volume;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a new agent removes when it starts: the runs of processes that are gone, and nothing else (not a
 * live run of this JVM, not a run of another host, not objects without owner labels, not the user's).
 */
@RequiresDocker
class AbandonedRunsTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private final List<AgentHarness> agents = new ArrayList<>();
  private final List<String> containers = new ArrayList<>();
  private final List<String> networks = new ArrayList<>();
  private final List<String> volumes = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestMade() {
    agents.forEach(AgentHarness::close);
    containers.forEach(id -> DockerCleanup.removeContainer(ENGINE.docker(), id));
    networks.forEach(name -> {
      try {
        ENGINE.docker().removeNetworkCmd(name).exec();
      } catch (NotFoundException e) {
        // removed by the agent under test
      }
    });
    volumes.forEach(name -> DockerCleanup.removeVolume(ENGINE.docker(), name));
  }

  private static String id(String prefix) {
    return prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  }

  /** A process that has ended, and whose pid nothing uses (for now). */
  private static long deadPid() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor(10, TimeUnit.SECONDS);
    long pid = process.pid();
    assertThat(ProcessHandle.of(pid)).isEmpty();
    return pid;
  }

  /** A running container, a network and a volume of run {@code runId}, all with {@code labels}. */
  private void leave(String runId, Map<String, String> labels) {
    String container = ENGINE.docker().createContainerCmd(ENGINE.busybox()).withName("ecs-dsl-" + runId + "-app")
        .withCmd("sleep", "600").withLabels(labels).exec().getId();
    containers.add(container);
    ENGINE.docker().startContainerCmd(container).exec();
    networks.add(ENGINE.docker().createNetworkCmd().withName("ecs-dsl-" + runId).withLabels(labels).exec().getId());
    volumes.add(ENGINE.docker().createVolumeCmd().withName("ecs-dsl-" + runId + "-efs-fs-1").withLabels(labels).exec()
        .getName());
  }

  private static boolean exists(String runId) {
    return !DockerTesting.containersOf(ENGINE.docker(), runId).isEmpty() && !DockerTesting.networksOf(ENGINE.docker(), runId).isEmpty()
        && !DockerTesting.volumesOf(ENGINE.docker(), runId).isEmpty();
  }

  private static boolean gone(String runId) {
    return DockerTesting.containersOf(ENGINE.docker(), runId).isEmpty() && DockerTesting.networksOf(ENGINE.docker(), runId).isEmpty()
        && DockerTesting.volumesOf(ENGINE.docker(), runId).isEmpty();
  }

  private AgentHarness agent() {
    AgentHarness agent = new AgentHarness(ENGINE.docker());
    agents.add(agent);
    return agent;
  }

  @Test
  void aNewAgentRemovesTheRunsOfDeadProcessesAndLeavesEverythingElse() throws Exception {
    RunOwner self = RunOwner.current();
    // A live run of this JVM, with a running task on an EFS volume and the run network.
    AgentHarness live = agent();
    live.agent.abandonedRunsRemoved().get(60, TimeUnit.SECONDS);
    TaskLaunch task = Launches.launch(TaskDefinition.builder().family("live")
        .addVolumes(Volume.builder().name("data").efsVolumeConfiguration(EfsVolumeConfiguration.builder()
            .fileSystemId("fs-live").build()).build())
        .addContainerDefinitions(ContainerDefinition.builder().name("app").image(ENGINE.busybox()).memory(64)
            .addCommand("sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done")
            .addMountPoints(MountPoint.of("data", "/data", false)).build()).build());
    live.prepared(task);
    live.start(task, "app");
    live.await(task, "app started");

    String crashed = id("crashed");
    leave(crashed, new RunOwner(deadPid(), Optional.of(1L), self.host(), self.bootId(), self.pidNamespace())
        .labels(crashed));
    String reusedPid = id("reused");
    leave(reusedPid, new RunOwner(self.pid(), Optional.of(self.startMillis().orElse(0L) - 60_000), self.host(),
        self.bootId(), self.pidNamespace()).labels(reusedPid));
    String otherHost = id("otherhost");
    leave(otherHost, new RunOwner(deadPid(), Optional.of(1L), "another-" + self.host(), "another-boot",
        self.pidNamespace()).labels(otherHost));
    String ownerless = id("ownerless");
    leave(ownerless, Map.of(DockerLabels.RUN, ownerless));
    String users = ENGINE.docker().createContainerCmd(ENGINE.busybox()).withName(id("users-own-")).withCmd("sleep", "600").exec().getId();
    containers.add(users);

    DockerCleanup.Removed removed = agent().agent.abandonedRunsRemoved().get(60, TimeUnit.SECONDS);

    assertThat(gone(crashed)).as("the run of a dead process").isTrue();
    assertThat(gone(reusedPid)).as("the run of an earlier process with this pid").isTrue();
    assertThat(exists(otherHost)).as("another host's run").isTrue();
    assertThat(exists(ownerless)).as("a run without owner labels").isTrue();
    assertThat(ENGINE.docker().inspectContainerCmd(users).exec().getName()).as("the user's container").isNotNull();
    assertThat(exists(live.runId)).as("this JVM's live run").isTrue();
    assertThat(live.reports(task)).doesNotContain("app exited");
    assertThat(String.join(",", removed.containers()) + String.join(",", removed.networks())
        + String.join(",", removed.volumes())).doesNotContain(live.runId, otherHost, ownerless);
  }

  @Test
  void theShutdownHookIsRegisteredWhileTheAgentIsOpenAndGoneOnceItIsClosed() {
    AgentHarness agent = new AgentHarness(ENGINE.docker());
    Thread hook = agent.agent.shutdownHook();

    assertThatThrownBy(() -> Runtime.getRuntime().addShutdownHook(hook)).as("registered already")
        .isInstanceOf(IllegalArgumentException.class);
    agent.close();

    assertThat(Runtime.getRuntime().removeShutdownHook(hook)).as("still registered after close").isFalse();
  }

  @Test
  void labelsNameTheOwnerOnEverythingTheRunCreates() {
    AgentHarness agent = agent();
    TaskLaunch task = Launches.launch(TaskDefinition.builder().family("labelled")
        .networkMode(dev.ecsdsl.model.NetworkMode.AWSVPC)
        .addVolumes(Volume.builder().name("scratch").build())
        .addContainerDefinitions(ContainerDefinition.builder().name("app").image(ENGINE.busybox()).memory(64)
            .addCommand("true").addMountPoints(MountPoint.of("scratch", "/s", false)).build()).build());

    agent.prepared(task);
    agent.start(task, "app");
    agent.await(task, "app exited");

    Map<String, String> owner = new LinkedHashMap<>(RunOwner.current().labels());
    ENGINE.docker().listContainersCmd().withShowAll(true).withLabelFilter(Map.of(DockerLabels.RUN, agent.runId)).exec()
        .forEach(c -> assertThat(c.getLabels()).as("container %s", (Object) c.getNames()).containsAllEntriesOf(owner));
    assertThat(DockerTesting.containersOf(ENGINE.docker(), agent.runId)).hasSize(2);
    ENGINE.docker().listNetworksCmd().withFilter("label", List.of(DockerLabels.RUN + "=" + agent.runId)).exec()
        .forEach(n -> assertThat(n.getLabels()).as("network %s", n.getName()).containsAllEntriesOf(owner));
    assertThat(DockerTesting.networksOf(ENGINE.docker(), agent.runId)).hasSize(1);
    assertThat(DockerTesting.volumesOf(ENGINE.docker(), agent.runId)).hasSize(1).allSatisfy(v ->
        assertThat(ENGINE.docker().inspectVolumeCmd(v).exec().getLabels()).containsAllEntriesOf(owner));
  }
}
