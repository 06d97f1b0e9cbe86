package dev.ecsdsl.docker.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.core.command.CreateContainerCmdImpl;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.KernelCapabilities;
import dev.ecsdsl.model.KeyValuePair;
import dev.ecsdsl.model.LinuxParameters;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.Ulimit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ECS container definition → Docker's create-container request, without an engine. */
class ContainerConfigMapperTest {
  private static final String RUN = "0a1b2c3d";

  /** A create command that is only looked at, never sent. */
  private static CreateContainerCmd map(TaskLaunch task, String container, String networkMode) {
    CreateContainerCmd.Exec noEngine = command -> {
      throw new UnsupportedOperationException("no engine in this test");
    };
    return ContainerConfigMapper.configure(new CreateContainerCmdImpl(noEngine, null, "image"), task, container,
        RUN, networkMode);
  }

  private static ContainerDefinition.Builder app() {
    return ContainerDefinition.builder().name("app").image("ecs-dsl/busybox:1.35");
  }

  @Test
  void cpuUnitsAreCpuSharesWithTheEcsAgentsFloorOfTwoAndTheKernelsCeiling() {
    assertThat(ContainerConfigMapper.cpuShares(Optional.empty())).isEqualTo(2);
    assertThat(ContainerConfigMapper.cpuShares(Optional.of(0))).isEqualTo(2);
    assertThat(ContainerConfigMapper.cpuShares(Optional.of(1))).isEqualTo(2);
    assertThat(ContainerConfigMapper.cpuShares(Optional.of(2))).isEqualTo(2);
    assertThat(ContainerConfigMapper.cpuShares(Optional.of(512))).isEqualTo(512);
    assertThat(ContainerConfigMapper.cpuShares(Optional.of(300_000))).isEqualTo(262_144);
  }

  @Test
  void memoryIsTheHardLimitAndMemoryReservationTheSoftOneInBytes() {
    TaskLaunch task = Launches.launch(Launches.definition("web",
        app().cpu(256).memory(128).memoryReservation(64).build()));

    HostConfig host = map(task, "app", "ecs-dsl-" + RUN).getHostConfig();

    assertThat(host.getCpuShares()).isEqualTo(256);
    assertThat(host.getMemory()).isEqualTo(128L * 1024 * 1024);
    assertThat(host.getMemoryReservation()).isEqualTo(64L * 1024 * 1024);
  }

  @Test
  void withoutLimitsNoneIsSet() {
    HostConfig host = map(Launches.launch(Launches.definition("web", app().build())), "app", "none").getHostConfig();

    assertThat(host.getCpuShares()).isEqualTo(2);
    assertThat(host.getMemory()).isNull();
    assertThat(host.getMemoryReservation()).isNull();
  }

  @Test
  void theHealthCheckKeepsItsCommandAndTurnsSecondsIntoNanoseconds() {
    HealthCheck check = HealthCheck.builder().addCommand("CMD-SHELL", "test -f /tmp/healthy")
        .interval(5).timeout(2).retries(3).startPeriod(10).build();
    TaskLaunch task = Launches.launch(Launches.definition("db", app().healthCheck(check).build()));

    com.github.dockerjava.api.model.HealthCheck docker = map(task, "app", "none").getHealthcheck();

    assertThat(docker.getTest()).containsExactly("CMD-SHELL", "test -f /tmp/healthy");
    assertThat(docker.getInterval()).isEqualTo(5_000_000_000L);
    assertThat(docker.getTimeout()).isEqualTo(2_000_000_000L);
    assertThat(docker.getRetries()).isEqualTo(3);
    assertThat(docker.getStartPeriod()).isEqualTo(10_000_000_000L);
  }

  @Test
  void anUnsetHealthCheckFieldTakesEcsDefault() {
    com.github.dockerjava.api.model.HealthCheck docker =
        HealthChecks.toDocker(HealthCheck.builder().addCommand("CMD", "/bin/true").build());

    assertThat(docker.getTest()).containsExactly("CMD", "/bin/true");
    assertThat(docker.getInterval()).as("30 s").isEqualTo(30_000_000_000L);
    assertThat(docker.getTimeout()).as("5 s").isEqualTo(5_000_000_000L);
    assertThat(docker.getRetries()).isEqualTo(3);
    assertThat(docker.getStartPeriod()).isZero();
  }

  @Test
  void labelsNameTheRunClusterTaskAndContainerAfterTheDefinitionsOwn() {
    TaskLaunch task = Launches.launch(Launches.definition("web",
        app().putAllDockerLabels(Map.of("team", "shop", DockerLabels.RUN, "forged")).build()));

    Map<String, String> labels = map(task, "app", "none").getLabels();

    assertThat(labels).containsEntry("team", "shop")
        .containsEntry(DockerLabels.RUN, RUN)
        .containsEntry(DockerLabels.CLUSTER, Launches.CLUSTER)
        .containsEntry(DockerLabels.TASK, task.taskId())
        .containsEntry(DockerLabels.CONTAINER, "app")
        .containsEntry(DockerLabels.ECS_TASK_ARN, task.taskArn())
        .containsEntry(DockerLabels.ECS_CLUSTER, Launches.CLUSTER)
        .containsEntry(DockerLabels.ECS_CONTAINER_NAME, "app")
        .containsEntry(DockerLabels.ECS_FAMILY, "web")
        .containsEntry(DockerLabels.ECS_REVISION, "3");
  }

  @Test
  void commandEntryPointUserAndWorkingDirectoryPassThrough() {
    TaskLaunch task = Launches.launch(Launches.definition("web", app().addEntryPoint("sh", "-c")
        .addCommand("echo hi").user("65534").workingDirectory("/tmp").build()));

    CreateContainerCmd cmd = map(task, "app", "none");

    assertThat(cmd.getEntrypoint()).containsExactly("sh", "-c");
    assertThat(cmd.getCmd()).containsExactly("echo hi");
    assertThat(cmd.getUser()).isEqualTo("65534");
    assertThat(cmd.getWorkingDir()).isEqualTo("/tmp");
    assertThat(cmd.getName()).isEqualTo("ecs-dsl-" + RUN + "-" + task.taskId() + "-app");
  }

  @Test
  void anEmptyCommandLeavesTheImagesOwn() {
    CreateContainerCmd cmd = map(Launches.launch(Launches.definition("web", app().build())), "app", "none");

    assertThat(cmd.getCmd()).isNull();
    assertThat(cmd.getEntrypoint()).isNull();
  }

  @Test
  void theEnvironmentIsTheControlPlanesResolvedOne() {
    Map<String, String> resolved = new LinkedHashMap<>();
    resolved.put("MODE", "override");
    resolved.put("DB_PASSWORD", "s3cret");
    TaskLaunch task = Launches.launch(Launches.definition("web",
        app().addEnvironment(KeyValuePair.of("MODE", "definition")).build()), Map.of(), Map.of("app", resolved));

    assertThat(map(task, "app", "none").getEnv()).containsExactly("MODE=override", "DB_PASSWORD=s3cret");
  }

  @Test
  void bridgePortsArePublishedOnLoopbackOnlyWithDynamicOnesLeftToTheEngine() {
    TaskLaunch task = Launches.launch(Launches.definition("web", NetworkMode.BRIDGE, app()
        .addPortMappings(PortMapping.of(8080), PortMapping.of(9090, 0), PortMapping.of(53, 5353)).build()));

    CreateContainerCmd cmd = map(task, "app", "ecs-dsl-" + RUN);

    assertThat(cmd.getExposedPorts()).containsExactly(ExposedPort.tcp(8080), ExposedPort.tcp(9090),
        ExposedPort.tcp(53));
    Map<ExposedPort, Ports.Binding[]> bindings = cmd.getHostConfig().getPortBindings().getBindings();
    assertThat(bindings.get(ExposedPort.tcp(8080))).containsExactly(new Ports.Binding("127.0.0.1", null));
    assertThat(bindings.get(ExposedPort.tcp(9090))).containsExactly(new Ports.Binding("127.0.0.1", null));
    assertThat(bindings.get(ExposedPort.tcp(53))).containsExactly(new Ports.Binding("127.0.0.1", "5353"));
    assertThat(cmd.getHostConfig().getNetworkMode()).isEqualTo("ecs-dsl-" + RUN);
  }

  @Test
  void awsvpcContainersJoinThePauseContainerAndPublishNothing() {
    TaskLaunch task = Launches.launch(Launches.definition("web", NetworkMode.AWSVPC,
        app().addPortMappings(PortMapping.of(8080)).addDnsServers("10.0.0.2").build()));

    CreateContainerCmd cmd = map(task, "app", "container:abc123");

    assertThat(cmd.getHostConfig().getNetworkMode()).isEqualTo("container:abc123");
    assertThat(cmd.getExposedPorts()).isNullOrEmpty();
    assertThat(cmd.getHostConfig().getPortBindings()).isNull();
    assertThat(cmd.getHostConfig().getDns()).as("Docker refuses DNS in container mode").isNull();
  }

  @Test
  void linuxSettingsPrivilegesAndUlimitsPassThrough() {
    TaskLaunch task = Launches.launch(Launches.definition("web", app().privileged(false).readonlyRootFilesystem(true)
        .addUlimits(Ulimit.builder().name("nofile").softLimit(1024).hardLimit(4096).build())
        .linuxParameters(LinuxParameters.builder().initProcessEnabled(true).sharedMemorySize(64)
            .capabilities(KernelCapabilities.builder().addAdd("SYS_PTRACE").addDrop("NET_RAW").build()).build())
        .build()));

    HostConfig host = map(task, "app", "none").getHostConfig();

    assertThat(host.getPrivileged()).isFalse();
    assertThat(host.getReadonlyRootfs()).isTrue();
    assertThat(host.getUlimits()).singleElement().satisfies(u -> {
      assertThat(u.getName()).isEqualTo("nofile");
      assertThat(u.getSoftLong()).isEqualTo(1024L);
      assertThat(u.getHardLong()).isEqualTo(4096L);
    });
    assertThat(host.getInit()).isTrue();
    assertThat(host.getShmSize()).isEqualTo(64L * 1024 * 1024);
    assertThat(host.getCapAdd()).containsExactly(Capability.SYS_PTRACE);
    assertThat(host.getCapDrop()).containsExactly(Capability.NET_RAW);
  }

  @Test
  void legacyLinksPointAtTheTasksOtherContainers() {
    TaskLaunch task = Launches.launch(Launches.definition("web", NetworkMode.BRIDGE,
        app().addLinks("db:database").build(), ContainerDefinition.builder().name("db").image("db").build()));

    HostConfig host = map(task, "app", "ecs-dsl-" + RUN).getHostConfig();

    assertThat(host.getLinks()).singleElement().satisfies(link -> {
      assertThat(link.getName()).isEqualTo("ecs-dsl-" + RUN + "-" + task.taskId() + "-db");
      assertThat(link.getAlias()).isEqualTo("database");
    });
  }

  @Test
  void theStopTimeoutRoundsUpToWholeSeconds() {
    assertThat(DockerAgent.seconds(java.time.Duration.ZERO)).isZero();
    assertThat(DockerAgent.seconds(java.time.Duration.ofMillis(1))).isEqualTo(1);
    assertThat(DockerAgent.seconds(java.time.Duration.ofSeconds(30))).isEqualTo(30);
    assertThat(DockerAgent.seconds(java.time.Duration.ofMillis(2500))).isEqualTo(3);
  }

  @Test
  void namesOfContainersAndTheirPauseContainerCannotClash() {
    TaskLaunch task = Launches.launch(Launches.definition("web", app().build()));

    assertThat(List.of(DockerNames.container(RUN, task, "pause"), DockerNames.pause(RUN, task)))
        .doesNotHaveDuplicates();
    assertThat(DockerNames.network(RUN)).isEqualTo("ecs-dsl-0a1b2c3d");
  }
}
