package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Link;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.KeyValuePair;
import dev.ecsdsl.model.LinuxParameters;
import dev.ecsdsl.model.NetworkMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps one container of a task onto Docker's create-container request, the way the ECS agent does (each
 * field's mapping is the one the ECS API reference gives for {@code ContainerDefinition}: {@code cpu} →
 * {@code CpuShares}, {@code memory} → {@code Memory}, {@code memoryReservation} → {@code MemoryReservation},
 * {@code command} → {@code Cmd}, …).
 *
 * <p>Network modes: {@code bridge} joins the run's own bridge network and publishes its ports on
 * 127.0.0.1; {@code host} and {@code none} are Docker's; {@code awsvpc} joins the task's pause container
 * ({@code container:<pause>}), so the task's containers share one network namespace and reach each other
 * on localhost, as on an ENI.
 *
 * <p>Volumes: {@code mountPoints} and {@code volumesFrom} as {@link ContainerMounts} maps them.
 */
final class ContainerConfigMapper {
  /** Kernel bounds for CPU shares; the ECS agent raises 0, 1 and unset to 2 (its {@code dockerCPUShares}). */
  static final int MIN_CPU_SHARES = 2;
  static final int MAX_CPU_SHARES = 262_144;
  private static final long MIB = 1024L * 1024L;

  private ContainerConfigMapper() {}

  /**
   * Sets everything but the image on {@code cmd}, for a task without volumes and with only the run label.
   *
   * @param dockerNetworkMode Docker's network mode: the run network's name, {@code host}, {@code none} or
   *     {@code container:<id>}
   */
  static CreateContainerCmd configure(CreateContainerCmd cmd, TaskLaunch task, String containerName, String runId,
      String dockerNetworkMode) {
    return configure(cmd, task, containerName, runId, dockerNetworkMode, Map.of(), Map.of());
  }

  /**
   * Sets everything but the image on {@code cmd}.
   *
   * @param dockerNetworkMode Docker's network mode: the run network's name, {@code host}, {@code none} or
   *     {@code container:<id>}
   * @param runLabels labels of everything the run creates (the run and its owner)
   * @param volumes the Docker source of each of the task's volumes, by volume name
   */
  static CreateContainerCmd configure(CreateContainerCmd cmd, TaskLaunch task, String containerName, String runId,
      String dockerNetworkMode, Map<String, String> runLabels, Map<String, VolumeSource> volumes) {
    ContainerDefinition container = task.container(containerName);
    NetworkMode mode = task.networkMode();
    Map<String, String> labels = new LinkedHashMap<>(labels(task, containerName, runId));
    labels.putAll(runLabels);
    cmd.withName(DockerNames.container(runId, task, containerName))
        .withLabels(labels)
        .withEnv(environment(task, container));
    if (!container.entryPoint().isEmpty()) {
      cmd.withEntrypoint(container.entryPoint());
    }
    if (!container.command().isEmpty()) {
      cmd.withCmd(container.command());
    }
    container.workingDirectory().ifPresent(cmd::withWorkingDir);
    container.user().ifPresent(cmd::withUser);
    container.interactive().ifPresent(cmd::withStdinOpen);
    container.pseudoTerminal().ifPresent(cmd::withTty);
    container.disableNetworking().ifPresent(cmd::withNetworkDisabled);
    container.healthCheck().map(HealthChecks::toDocker).ifPresent(cmd::withHealthcheck);
    if (mode == NetworkMode.BRIDGE || mode == NetworkMode.NONE) {
      // Docker refuses a hostname in host and container network modes; ECS rejects it in awsvpc.
      container.hostname().ifPresent(cmd::withHostName);
    }
    if (mode == NetworkMode.BRIDGE && !container.portMappings().isEmpty()) {
      cmd.withExposedPorts(PortPublishing.exposedPorts(container));
    }
    return cmd.withHostConfig(ContainerMounts.apply(hostConfig(task, container, runId, dockerNetworkMode), task,
        container, runId, volumes));
  }

  /** {@code HostConfig}: resources, network, privileges. */
  static HostConfig hostConfig(TaskLaunch task, ContainerDefinition container, String runId,
      String dockerNetworkMode) {
    NetworkMode mode = task.networkMode();
    HostConfig host = HostConfig.newHostConfig()
        .withNetworkMode(dockerNetworkMode)
        .withCpuShares(cpuShares(container.cpu()));
    container.memory().ifPresent(mib -> host.withMemory(mib * MIB));
    container.memoryReservation().ifPresent(mib -> host.withMemoryReservation(mib * MIB));
    container.privileged().ifPresent(host::withPrivileged);
    container.readonlyRootFilesystem().ifPresent(host::withReadonlyRootfs);
    if (!container.ulimits().isEmpty()) {
      host.withUlimits(container.ulimits().stream()
          .map(u -> new com.github.dockerjava.api.model.Ulimit(u.name(), (long) u.softLimit(), (long) u.hardLimit()))
          .toList());
    }
    container.linuxParameters().ifPresent(linux -> linuxParameters(host, linux));
    if (mode != NetworkMode.AWSVPC && !container.dnsServers().isEmpty()) {
      host.withDns(container.dnsServers());
    }
    if (mode == NetworkMode.BRIDGE) {
      if (!container.portMappings().isEmpty()) {
        host.withPortBindings(PortPublishing.portBindings(container));
      }
      if (!container.links().isEmpty()) {
        host.withLinks(links(task, container, runId));
      }
    }
    return host;
  }

  /**
   * CPU shares for {@code cpu} units: the units themselves, within the kernel's bounds. Unset, 0 and 1
   * become 2 as the ECS agent does on Linux (Docker would turn 0 into 1024 shares); above 262144 (256
   * vCPU) they are capped, as agents from 1.84.0 do. Source: ECS API reference, {@code
   * ContainerDefinition.cpu}; amazon-ecs-agent {@code agent/api/task/task_linux.go}, {@code dockerCPUShares}.
   */
  static int cpuShares(Optional<Integer> cpu) {
    int units = cpu.orElse(0);
    return Math.max(MIN_CPU_SHARES, Math.min(MAX_CPU_SHARES, units));
  }

  /** The container's labels: its {@code dockerLabels}, then the ECS agent's and this agent's own. */
  static Map<String, String> labels(TaskLaunch task, String containerName, String runId) {
    Map<String, String> labels = new LinkedHashMap<>(task.container(containerName).dockerLabels());
    labels.put(DockerLabels.ECS_CLUSTER, task.clusterName());
    labels.put(DockerLabels.ECS_TASK_ARN, task.taskArn());
    labels.put(DockerLabels.ECS_CONTAINER_NAME, containerName);
    labels.put(DockerLabels.ECS_FAMILY, task.taskDefinition().family());
    labels.put(DockerLabels.ECS_REVISION, revision(task.taskDefinitionArn()));
    labels.putAll(ownLabels(task, runId));
    labels.put(DockerLabels.CONTAINER, containerName);
    return labels;
  }

  /** The labels of everything the agent creates for a task. */
  static Map<String, String> ownLabels(TaskLaunch task, String runId) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(DockerLabels.RUN, runId);
    labels.put(DockerLabels.CLUSTER, task.clusterName());
    labels.put(DockerLabels.TASK, task.taskId());
    return labels;
  }

  /**
   * {@code NAME=value} pairs: the control plane's resolved environment (definition, overrides, secrets),
   * or the definition's own when it resolved none.
   */
  static List<String> environment(TaskLaunch task, ContainerDefinition container) {
    Map<String, String> resolved = task.environment().get(container.name());
    List<String> env = new ArrayList<>();
    if (resolved != null) {
      resolved.forEach((name, value) -> env.add(name + "=" + value));
    } else {
      for (KeyValuePair pair : container.environment()) {
        env.add(pair.name() + "=" + pair.value());
      }
    }
    return env;
  }

  private static void linuxParameters(HostConfig host, LinuxParameters linux) {
    linux.initProcessEnabled().ifPresent(host::withInit);
    linux.sharedMemorySize().ifPresent(mib -> host.withShmSize(mib * MIB));
    linux.capabilities().ifPresent(caps -> {
      if (!caps.add().isEmpty()) {
        host.withCapAdd(capabilities(caps.add()));
      }
      if (!caps.drop().isEmpty()) {
        host.withCapDrop(capabilities(caps.drop()));
      }
    });
  }

  private static Capability[] capabilities(List<String> names) {
    return names.stream().map(name -> Capability.valueOf(name.startsWith("CAP_") ? name.substring(4) : name))
        .toArray(Capability[]::new);
  }

  /** Legacy links {@code name[:alias]} to the task's other containers, by their Docker names. */
  private static List<Link> links(TaskLaunch task, ContainerDefinition container, String runId) {
    List<Link> links = new ArrayList<>();
    for (String link : container.links()) {
      int colon = link.indexOf(':');
      String target = colon < 0 ? link : link.substring(0, colon);
      String alias = colon < 0 ? link : link.substring(colon + 1);
      links.add(new Link(DockerNames.container(runId, task, target), alias));
    }
    return links;
  }

  private static String revision(String taskDefinitionArn) {
    return taskDefinitionArn.substring(taskDefinitionArn.lastIndexOf(':') + 1);
  }
}
