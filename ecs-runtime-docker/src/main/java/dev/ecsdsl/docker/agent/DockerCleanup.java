package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what Docker agents created, found by their {@link DockerLabels#RUN} label: containers (forced,
 * with their anonymous volumes), then networks. A runtime cleans up after itself when closed
 * ({@link #removeRun}); {@link #removeLeftovers} is for what a crashed JVM left behind.
 */
public final class DockerCleanup {
  private static final Logger LOG = LoggerFactory.getLogger(DockerCleanup.class);

  private DockerCleanup() {}

  /**
   * What was removed.
   *
   * @param containers names of the removed containers
   * @param networks names of the removed networks
   */
  public record Removed(List<String> containers, List<String> networks) {
    /** Copies the lists. */
    public Removed {
      containers = List.copyOf(containers);
      networks = List.copyOf(networks);
    }

    /** Whether nothing was left to remove. */
    public boolean isEmpty() {
      return containers.isEmpty() && networks.isEmpty();
    }
  }

  /**
   * Removes the containers and networks of every run on this engine, for recovery after a JVM that ran a
   * Docker runtime died without closing it (e.g. at the start of a test session). It also removes those of
   * runtimes that are still running, in this JVM or another, so call it only when none are.
   */
  public static Removed removeLeftovers(DockerClient docker) {
    Removed removed = remove(docker, DockerLabels.RUN);
    if (!removed.isEmpty()) {
      LOG.info("removed leftovers of earlier runs: containers {}, networks {}", removed.containers(),
          removed.networks());
    }
    return removed;
  }

  /** Removes the containers and networks of one run. */
  public static Removed removeRun(DockerClient docker, String runId) {
    return remove(docker, DockerLabels.RUN + "=" + runId);
  }

  /** Removes the containers of one run, leaving its networks. */
  static List<String> removeContainers(DockerClient docker, String runId) {
    return removeContainersLabelled(docker, DockerLabels.RUN + "=" + runId);
  }

  /** Removes one container, quietly when it is gone already. */
  static void removeContainer(DockerClient docker, String containerId) {
    try {
      docker.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
    } catch (NotFoundException e) {
      LOG.debug("container {} is gone already", containerId);
    } catch (ConflictException e) {
      LOG.debug("container {} is being removed already", containerId);
    }
  }

  private static Removed remove(DockerClient docker, String labelFilter) {
    List<String> containers = removeContainersLabelled(docker, labelFilter);
    List<String> networks = new ArrayList<>();
    for (Network network : docker.listNetworksCmd().withFilter("label", List.of(labelFilter)).exec()) {
      try {
        docker.removeNetworkCmd(network.getId()).exec();
        networks.add(network.getName());
      } catch (NotFoundException e) {
        LOG.debug("network {} is gone already", network.getName());
      }
    }
    return new Removed(containers, networks);
  }

  private static List<String> removeContainersLabelled(DockerClient docker, String labelFilter) {
    List<String> removed = new ArrayList<>();
    for (Container container : docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(List.of(labelFilter)).exec()) {
      removeContainer(docker, container.getId());
      removed.add(name(container));
    }
    return removed;
  }

  private static String name(Container container) {
    String[] names = container.getNames();
    return names == null || names.length == 0 ? container.getId()
        : Arrays.stream(names).map(n -> n.startsWith("/") ? n.substring(1) : n).findFirst().orElseThrow();
  }
}
