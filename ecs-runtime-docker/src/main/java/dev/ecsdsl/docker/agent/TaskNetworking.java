package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Network;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.docker.endpoints.RunNetwork;
import dev.ecsdsl.docker.images.TestImages;
import dev.ecsdsl.model.NetworkMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a task's containers are on the network. Each run has one bridge network of its own,
 * {@code ecs-dsl-<runId>}, created when a task first needs it: bridge-mode containers join it directly; an
 * awsvpc task gets a pause container on it that holds the task's network namespace (the ENI, as it
 * were), and its containers join that namespace, so they share one address and reach each other on
 * localhost, as in ECS. {@code host} and {@code none} are Docker's own modes.
 */
final class TaskNetworking {
  private static final Logger LOG = LoggerFactory.getLogger(TaskNetworking.class);
  private final DockerClient docker;
  private final String runId;
  private final Map<String, String> runLabels;
  private static final String BRIDGE_NAME_OPTION = "com.docker.network.bridge.name";
  private boolean networkCreated;
  private boolean closed;

  /** Networking for run {@code runId}; {@code runLabels} go on everything it creates. */
  TaskNetworking(DockerClient docker, String runId, Map<String, String> runLabels) {
    this.docker = docker;
    this.runId = runId;
    this.runLabels = Map.copyOf(runLabels);
  }

  /** The run's network, created on first use. */
  synchronized String runNetwork() {
    String name = DockerNames.network(runId);
    if (!networkCreated) {
      if (closed) {
        throw new IllegalStateException("run " + runId + " is closed; its network is not created");
      }
      List<Network> existing = docker.listNetworksCmd().withNameFilter(name).exec();
      if (existing.stream().noneMatch(n -> name.equals(n.getName()))) {
        try {
          docker.createNetworkCmd().withName(name).withDriver("bridge")
              .withLabels(runLabels).withCheckDuplicate(true).exec();
          LOG.debug("created network {}", name);
        } catch (ConflictException e) {
          LOG.debug("network {} exists already", name);
        }
      }
      networkCreated = true;
    }
    return name;
  }

  /**
   * Creates no network from now on. Holding the same lock as {@link #runNetwork()}, it waits for a creation in
   * progress: the agent's close then sweeps after the network exists. Without it, a worker still creating the run's
   * first network when the run closed could finish after the sweep and leave the network behind.
   */
  synchronized void close() {
    closed = true;
  }

  /** The run's network (created on first use) as the host sees it: its bridge interface and gateway. */
  RunNetwork runNetworkInfo() {
    String name = runNetwork();
    Network network = docker.inspectNetworkCmd().withNetworkId(name).exec();
    String bridge = network.getOptions() == null ? null : network.getOptions().get(BRIDGE_NAME_OPTION);
    if (bridge == null || bridge.isEmpty()) {
      bridge = "br-" + network.getId().substring(0, 12);
    }
    Network.Ipam.Config ipv4 = network.getIpam().getConfig().stream()
        .filter(c -> c.getGateway() != null && c.getGateway().indexOf('.') > 0 && c.getSubnet() != null).findFirst()
        .orElseThrow(() -> new IllegalStateException("network " + name + " has no IPv4 gateway"));
    return new RunNetwork(name, bridge, ipv4.getGateway(), ipv4.getSubnet());
  }

  /** The address of a (running) container on the run network. */
  String address(String containerId) {
    String name = runNetwork();
    InspectContainerResponse inspect = docker.inspectContainerCmd(containerId).exec();
    ContainerNetwork network = inspect.getNetworkSettings() == null ? null
        : inspect.getNetworkSettings().getNetworks().get(name);
    if (network == null || network.getIpAddress() == null || network.getIpAddress().isEmpty()) {
      throw new IllegalStateException("container " + containerId + " has no address on network " + name);
    }
    return network.getIpAddress();
  }

  /** Whether the task's containers are on the run network (bridge and awsvpc tasks). */
  static boolean reachesRunNetwork(TaskLaunch task) {
    return task.networkMode() == NetworkMode.BRIDGE || task.networkMode() == NetworkMode.AWSVPC;
  }

  /** Docker's network mode for the task's containers; {@code pauseContainerId} is set for awsvpc tasks. */
  String dockerNetworkMode(TaskLaunch task, String pauseContainerId) {
    return switch (task.networkMode()) {
      case BRIDGE -> runNetwork();
      case HOST -> "host";
      case NONE -> "none";
      case AWSVPC -> {
        if (pauseContainerId == null) {
          throw new IllegalStateException("awsvpc task " + task.taskId() + " has no pause container");
        }
        yield "container:" + pauseContainerId;
      }
    };
  }

  /**
   * Creates (does not start) an awsvpc task's pause container on the run network; its hostname is the
   * one ECS gives an ENI ({@code ip-10-0-1-23}).
   */
  String createPause(TaskLaunch task) {
    Map<String, String> labels = new LinkedHashMap<>(runLabels);
    labels.putAll(ContainerConfigMapper.ownLabels(task, runId));
    labels.put(DockerLabels.ROLE, DockerLabels.PAUSE);
    CreateContainerCmd cmd = docker.createContainerCmd(TestImages.pause(docker))
        .withName(DockerNames.pause(runId, task))
        .withLabels(labels)
        .withHostConfig(HostConfig.newHostConfig().withNetworkMode(runNetwork()));
    task.privateIpv4Address().ifPresent(ip -> cmd.withHostName("ip-" + ip.replace('.', '-')));
    return cmd.exec().getId();
  }
}
