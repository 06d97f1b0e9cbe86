package dev.ecsdsl.docker.agent;

import static dev.ecsdsl.docker.DockerTesting.RUNS_UNTIL_STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.docker.DockerEngineExtension;
import dev.ecsdsl.docker.DockerTesting;
import dev.ecsdsl.docker.RequiresDocker;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.DockerVolumeConfiguration;
import dev.ecsdsl.model.EfsAuthorizationConfig;
import dev.ecsdsl.model.EfsVolumeConfiguration;
import dev.ecsdsl.model.HostVolumeProperties;
import dev.ecsdsl.model.MountPoint;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Volume;
import dev.ecsdsl.model.VolumeFrom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Task volumes with real containers, driven through the Agent SPI: EFS shared by the run's tasks, its root
 * directories and access points, read-only mounts, Docker volumes of task and shared scope, host paths and
 * {@code volumesFrom}. After every test nothing of the run may be left: no container, network or volume.
 */
@RequiresDocker
class DockerVolumesTest {
  @RegisterExtension
  static final DockerEngineExtension ENGINE = new DockerEngineExtension();
  private AgentHarness agent;

  @AfterEach
  void closeAgentAndFindNothingLeft() {
    if (agent == null) {
      return;
    }
    agent.close();
    ENGINE.assertNothingLeft(agent.runId);
  }

  private static ContainerDefinition.Builder shell(String name, String script) {
    return ContainerDefinition.builder().name(name).image(ENGINE.busybox()).memory(64).addCommand("sh", "-c", script);
  }

  private static Volume efs(String name, String fileSystemId, String rootDirectory) {
    return Volume.builder().name(name).efsVolumeConfiguration(EfsVolumeConfiguration.builder()
        .fileSystemId(fileSystemId).rootDirectory(rootDirectory).build()).build();
  }

  private static TaskLaunch task(String family, List<Volume> volumes, ContainerDefinition... containers) {
    return Launches.launch(TaskDefinition.builder().family(family).addAllVolumes(volumes)
        .addContainerDefinitions(containers).build());
  }

  /** Prepares the task, runs its one container {@code app} to its end; returns its exit report. */
  private String runToEnd(TaskLaunch task) {
    agent.prepared(task);
    agent.start(task, "app");
    return agent.await(task, "app exited");
  }

  @Test
  void anEfsFileSystemIsSharedByTheTasksOfTheRunAndEveryRunStartsWithAnEmptyOne() {
    agent = new AgentHarness(ENGINE.docker());
    Volume shared = efs("shared", "fs-shared", "/");
    TaskLaunch writer = task("writer", List.of(shared), shell("app", "echo written-by-writer > /mnt/efs/greeting")
        .addMountPoints(MountPoint.of("shared", "/mnt/efs", false)).build());
    TaskLaunch reader = task("reader", List.of(shared),
        shell("app", "test \"$(cat /mnt/efs/greeting)\" = written-by-writer")
            .addMountPoints(MountPoint.of("shared", "/mnt/efs", false)).build());

    assertThat(runToEnd(writer)).isEqualTo("app exited 0");
    agent.cleanUp(writer);
    assertThat(runToEnd(reader)).as("the reader finds what the writer wrote").isEqualTo("app exited 0");

    try (AgentHarness otherRun = new AgentHarness(ENGINE.docker())) {
      TaskLaunch elsewhere = task("reader", List.of(shared), shell("app", "test ! -e /mnt/efs/greeting")
          .addMountPoints(MountPoint.of("shared", "/mnt/efs", false)).build());
      otherRun.prepared(elsewhere);
      otherRun.start(elsewhere, "app");
      assertThat(otherRun.await(elsewhere, "app exited")).as("another run's fs-shared").isEqualTo("app exited 0");
    }
  }

  @Test
  void aReadOnlyMountPointRefusesWrites() {
    agent = new AgentHarness(ENGINE.docker());
    TaskLaunch task = task("viewer", List.of(efs("shared", "fs-ro", "/")),
        shell("app", "touch /mnt/efs/attempt; test ! -e /mnt/efs/attempt")
            .addMountPoints(MountPoint.of("shared", "/mnt/efs", true)).build());

    assertThat(runToEnd(task)).isEqualTo("app exited 0");
    assertThat(agent.logs(task, "app")).singleElement().asString().contains("Read-only file system");
  }

  @Test
  void aRootDirectoryShowsOnlyItsPartOfTheFileSystem() {
    agent = new AgentHarness(ENGINE.docker());
    TaskLaunch teamA = task("team-a", List.of(efs("data", "fs-teams", "/teams/a")),
        shell("app", "echo a > /data/a.txt").addMountPoints(MountPoint.of("data", "/data", false)).build());
    TaskLaunch teamB = task("team-b", List.of(efs("data", "fs-teams", "teams/b/")),
        shell("app", "test -z \"$(ls -A /data)\" && echo b > /data/b.txt")
            .addMountPoints(MountPoint.of("data", "/data", false)).build());
    TaskLaunch whole = task("admin", List.of(efs("all", "fs-teams", "/")),
        shell("app", "test \"$(cat /efs/teams/a/a.txt)\" = a && test \"$(cat /efs/teams/b/b.txt)\" = b"
            + " && test \"$(ls /efs)\" = teams").addMountPoints(MountPoint.of("all", "/efs", false)).build());

    assertThat(runToEnd(teamA)).isEqualTo("app exited 0");
    assertThat(runToEnd(teamB)).as("team b does not see team a's directory").isEqualTo("app exited 0");
    assertThat(runToEnd(whole)).as("the root shows both directories").isEqualTo("app exited 0");
  }

  @Test
  void aRootDirectoryOutsideTheFileSystemFailsThePreparation() {
    agent = new AgentHarness(ENGINE.docker());
    TaskLaunch task = task("escape", List.of(efs("data", "fs-escape", "/../../etc")),
        shell("app", "true").addMountPoints(MountPoint.of("data", "/data", false)).build());

    agent.prepare(task);

    assertThat(agent.await(task, "preparation failed"))
        .startsWith("preparation failed: ResourceInitializationError: EFS root directory /../../etc");
  }

  @Test
  void anAccessPointMountsItsRootDirectory() {
    agent = new AgentHarness(ENGINE.docker(), (fileSystemId, accessPointId) ->
        fileSystemId.equals("fs-ap") && accessPointId.equals("fsap-one") ? Optional.of("/apps/one") : Optional.empty());
    Volume throughAccessPoint = Volume.builder().name("app-data").efsVolumeConfiguration(EfsVolumeConfiguration
        .builder().fileSystemId("fs-ap").transitEncryption("ENABLED")
        .authorizationConfig(EfsAuthorizationConfig.builder().accessPointId("fsap-one").iam("ENABLED").build())
        .build()).build();
    TaskLaunch app = task("app", List.of(throughAccessPoint), shell("app", "echo one > /data/file")
        .addMountPoints(MountPoint.of("app-data", "/data", false)).build());
    TaskLaunch whole = task("admin", List.of(efs("all", "fs-ap", "/")),
        shell("app", "test \"$(cat /efs/apps/one/file)\" = one").addMountPoints(MountPoint.of("all", "/efs", false))
            .build());

    assertThat(runToEnd(app)).isEqualTo("app exited 0");
    assertThat(runToEnd(whole)).isEqualTo("app exited 0");
  }

  @Test
  void taskScopedVolumesAreSharedByTheTasksContainersAndRemovedWithTheTask() {
    agent = new AgentHarness(ENGINE.docker());
    Volume scratch = Volume.builder().name("scratch").dockerVolumeConfiguration(DockerVolumeConfiguration.builder()
        .scope("task").putLabel("team", "web").build()).build();
    Volume empty = Volume.builder().name("empty").host(HostVolumeProperties.builder().build()).build();
    TaskLaunch task = task("pair", List.of(scratch, empty),
        shell("writer", "echo s > /scratch/f && echo e > /empty/g")
            .addMountPoints(MountPoint.of("scratch", "/scratch", false))
            .addMountPoints(MountPoint.of("empty", "/empty", false)).build(),
        shell("reader", "test \"$(cat /s/f)\" = s && test \"$(cat /e/g)\" = e")
            .addMountPoints(MountPoint.of("scratch", "/s", true))
            .addMountPoints(MountPoint.of("empty", "/e", true)).build());

    agent.prepared(task);
    List<String> volumes = DockerTesting.volumesLabelled(ENGINE.docker(), DockerLabels.TASK + "=" + task.taskId());
    assertThat(volumes).containsExactlyInAnyOrder(DockerNames.taskVolume(agent.runId, task, "scratch"),
        DockerNames.taskVolume(agent.runId, task, "empty"));
    assertThat(ENGINE.docker().inspectVolumeCmd(DockerNames.taskVolume(agent.runId, task, "scratch")).exec().getLabels())
        .containsEntry("team", "web").containsEntry(DockerLabels.RUN, agent.runId)
        .containsEntry(DockerLabels.PID, Long.toString(ProcessHandle.current().pid()));
    agent.start(task, "writer");
    assertThat(agent.await(task, "writer exited")).isEqualTo("writer exited 0");
    agent.start(task, "reader");
    assertThat(agent.await(task, "reader exited")).isEqualTo("reader exited 0");

    agent.cleanUp(task);

    awaitTrue(() -> DockerTesting.volumesLabelled(ENGINE.docker(), DockerLabels.TASK + "=" + task.taskId()).isEmpty(),
        "the task's volumes are removed");
    assertThat(DockerTesting.volumesOf(ENGINE.docker(), agent.runId)).isEmpty();
  }

  @Test
  void aSharedVolumeIsAutoprovisionedOutlivesItsTaskAndGoesWithTheRunThatMadeIt() {
    agent = new AgentHarness(ENGINE.docker());
    String name = "ecs-dsl-test-shared-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    Volume shared = Volume.builder().name(name).dockerVolumeConfiguration(DockerVolumeConfiguration.builder()
        .scope("shared").autoprovision(true).build()).build();
    TaskLaunch writer = task("writer", List.of(shared), shell("app", "echo kept > /cache/f")
        .addMountPoints(MountPoint.of(name, "/cache", false)).build());
    TaskLaunch reader = task("reader", List.of(shared), shell("app", "test \"$(cat /cache/f)\" = kept")
        .addMountPoints(MountPoint.of(name, "/cache", false)).build());

    assertThat(runToEnd(writer)).isEqualTo("app exited 0");
    agent.cleanUp(writer);
    awaitTrue(() -> DockerTesting.containersOf(ENGINE.docker(), agent.runId).isEmpty(), "the writer's container is removed");
    assertThat(DockerTesting.volumesOf(ENGINE.docker(), agent.runId)).containsExactly(name);
    assertThat(runToEnd(reader)).isEqualTo("app exited 0");

    agent.close();

    assertThat(DockerTesting.volumesLabelled(ENGINE.docker(), DockerLabels.RUN + "=" + agent.runId)).isEmpty();
  }

  @Test
  void aSharedVolumeThatWasThereIsUsedAndLeftAndAMissingOneWithoutAutoprovisionFailsTheTask() {
    agent = new AgentHarness(ENGINE.docker());
    String users = "ecs-dsl-test-users-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    ENGINE.docker().createVolumeCmd().withName(users).exec();
    try {
      Volume existing = Volume.builder().name(users).dockerVolumeConfiguration(DockerVolumeConfiguration.builder()
          .scope("shared").autoprovision(false).build()).build();
      Volume missing = Volume.builder().name(users + "-missing").dockerVolumeConfiguration(
          DockerVolumeConfiguration.builder().scope("shared").autoprovision(false).build()).build();
      TaskLaunch uses = task("uses", List.of(existing), shell("app", "echo mine > /v/f")
          .addMountPoints(MountPoint.of(users, "/v", false)).build());
      TaskLaunch lacks = task("lacks", List.of(missing), shell("app", "true")
          .addMountPoints(MountPoint.of(users + "-missing", "/v", false)).build());

      assertThat(runToEnd(uses)).isEqualTo("app exited 0");
      agent.prepare(lacks);
      assertThat(agent.await(lacks, "preparation failed")).isEqualTo("preparation failed: ResourceInitializationError: "
          + "shared Docker volume " + users + "-missing does not exist and autoprovision is false; create it first, "
          + "or set autoprovision");

      agent.close();

      assertThat(ENGINE.docker().inspectVolumeCmd(users).exec().getName()).as("the user's volume stays").isEqualTo(users);
      assertThat(DockerTesting.volumesLabelled(ENGINE.docker(), DockerLabels.RUN + "=" + agent.runId)).isEmpty();
    } finally {
      ENGINE.docker().removeVolumeCmd(users).exec();
    }
  }

  @Test
  void aHostSourcePathIsBindMounted() throws IOException {
    agent = new AgentHarness(ENGINE.docker());
    Path directory = Files.createTempDirectory("ecs-dsl-host-volume");
    try {
      Files.writeString(directory.resolve("in.txt"), "from the host\n");
      Volume host = Volume.builder().name("host").host(HostVolumeProperties.builder()
          .sourcePath(directory.toString()).build()).build();
      TaskLaunch task = task("host", List.of(host), shell("app", "cat /h/in.txt > /h/out.txt")
          .addMountPoints(MountPoint.of("host", "/h", false)).build());

      assertThat(runToEnd(task)).isEqualTo("app exited 0");
      agent.cleanUp(task);

      assertThat(Files.readString(directory.resolve("out.txt"))).isEqualTo("from the host\n");
    } finally {
      try (var files = Files.list(directory)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(directory);
    }
  }

  @Test
  void volumesFromMountsTheSourceContainersVolumesReadOnlyWhenAsked() {
    agent = new AgentHarness(ENGINE.docker());
    Volume data = Volume.builder().name("data").build();
    TaskLaunch task = task("sidecar", List.of(data),
        shell("source", "echo shared > /data/f; " + RUNS_UNTIL_STOPPED)
            .addMountPoints(MountPoint.of("data", "/data", false)).build(),
        shell("reader", "for i in 1 2 3 4 5 6 7 8 9 10; do test -f /data/f && break; sleep 1; done; "
            + "test \"$(cat /data/f)\" = shared && ! touch /data/g 2>/dev/null")
            .addVolumesFrom(VolumeFrom.builder().sourceContainer("source").readOnly(true).build()).build());

    agent.prepared(task);
    agent.loop.run(() -> {
      agent.agent.startContainer(task, "reader");
      agent.agent.startContainer(task, "source");
    });

    assertThat(agent.await(task, "reader exited")).isEqualTo("reader exited 0");
    agent.stop(task, "source", Duration.ofSeconds(5));
    agent.await(task, "source exited");
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 20 s: " + what);
      }
      AgentHarness.pause(Duration.ofMillis(100));
    }
  }
}
