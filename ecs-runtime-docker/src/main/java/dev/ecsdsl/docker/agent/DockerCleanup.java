package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.command.ListVolumesResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what Docker agents created, found by their {@link DockerLabels#RUN} label: containers (forced,
 * with their anonymous volumes), then networks, then volumes. A runtime cleans up after itself when closed
 * or when its JVM exits ({@link #removeRun}); a new agent removes what crashed runs left
 * ({@link #removeAbandoned}); {@link #removeLeftovers} removes every run, live or not.
 *
 * <p>Nothing without the run label is touched: not the user's containers, nor a {@code shared} Docker
 * volume that existed before a run used it. Host directories of {@code host} volumes are never removed
 * (ECS leaves them too).
 */
public final class DockerCleanup {
  private static final Logger LOG = LoggerFactory.getLogger(DockerCleanup.class);
  /** How long to wait for a container removal the engine already has in progress. */
  private static final Duration REMOVAL_PATIENCE = Duration.ofSeconds(30);
  private static final int PARALLEL_REMOVALS = 8;

  private DockerCleanup() {}

  /**
   * What was removed.
   *
   * @param containers names of the removed containers
   * @param networks names of the removed networks
   * @param volumes names of the removed volumes
   */
  public record Removed(List<String> containers, List<String> networks, List<String> volumes) {
    /**
     * Copies the lists.
     *
     * @param containers the containers' names, copied
     * @param networks the networks' names, copied
     * @param volumes the volumes' names, copied
     */
    public Removed {
      containers = List.copyOf(containers);
      networks = List.copyOf(networks);
      volumes = List.copyOf(volumes);
    }

    /**
     * Whether nothing was left to remove.
     *
     * @return true when nothing was removed
     */
    public boolean isEmpty() {
      return containers.isEmpty() && networks.isEmpty() && volumes.isEmpty();
    }

    /** This and {@code other} together. */
    Removed and(Removed other) {
      List<String> c = new ArrayList<>(containers);
      c.addAll(other.containers);
      List<String> n = new ArrayList<>(networks);
      n.addAll(other.networks);
      List<String> v = new ArrayList<>(volumes);
      v.addAll(other.volumes);
      return new Removed(c, n, v);
    }
  }

  /**
   * Removes the containers, networks and volumes of every run on this engine, also of runtimes that are
   * still running, in this JVM or another: call it only when none are. {@link #removeAbandoned} is the
   * safe kind; every agent calls it when it starts.
   *
   * @param docker the engine's client
   * @return what was removed
   */
  public static Removed removeLeftovers(DockerClient docker) {
    Removed removed = remove(docker, DockerLabels.RUN);
    if (!removed.isEmpty()) {
      LOG.info("removed leftovers of earlier runs: containers {}, networks {}, volumes {}", removed.containers(),
          removed.networks(), removed.volumes());
    }
    return removed;
  }

  /**
   * Removes the runs whose owner process is {@linkplain RunOwner.Liveness#GONE gone} as seen from this
   * process: what a JVM that crashed or was killed left. Runs of live processes (this one included), of
   * other hosts or pid namespaces, and objects without owner labels are left alone.
   *
   * @param docker the engine's client
   * @return what was removed
   */
  public static Removed removeAbandoned(DockerClient docker) {
    RunOwner self = RunOwner.current();
    Removed removed = new Removed(List.of(), List.of(), List.of());
    for (String runId : AbandonedRuns.find(docker, self)) {
      removed = removed.and(removeRun(docker, runId));
    }
    if (!removed.isEmpty()) {
      LOG.info("removed what crashed runs left: containers {}, networks {}, volumes {}", removed.containers(),
          removed.networks(), removed.volumes());
    }
    return removed;
  }

  /**
   * Removes the containers, networks and volumes of one run.
   *
   * @param docker the engine's client
   * @param runId the run's id
   * @return what was removed
   */
  public static Removed removeRun(DockerClient docker, String runId) {
    return remove(docker, DockerLabels.RUN + "=" + runId);
  }

  /** Removes the containers of one run, leaving its networks and volumes. */
  static List<String> removeContainers(DockerClient docker, String runId) {
    return removeContainersLabelled(docker, DockerLabels.RUN + "=" + runId);
  }

  /**
   * Removes one container, quietly when it is gone already; when another removal of it is in progress (the
   * agent's task cleanup racing a close), waits for that one to end, so that the run's network, removed next, no
   * longer has the container attached. Returning at once there left the network behind on a slow engine.
   */
  static void removeContainer(DockerClient docker, String containerId) {
    try {
      docker.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
    } catch (NotFoundException e) {
      LOG.debug("container {} is gone already", containerId);
    } catch (ConflictException e) {
      LOG.debug("container {} is being removed already; waiting for that", containerId);
      awaitGone(docker, containerId);
    }
  }

  private static void awaitGone(DockerClient docker, String containerId) {
    long deadline = System.nanoTime() + REMOVAL_PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        docker.inspectContainerCmd(containerId).exec();
      } catch (NotFoundException e) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    LOG.warn("container {} was still being removed after {}", containerId, REMOVAL_PATIENCE);
  }

  /** Removes one volume; false when a container still uses it (or it is gone). */
  static boolean removeVolume(DockerClient docker, String name) {
    try {
      docker.removeVolumeCmd(name).exec();
      return true;
    } catch (NotFoundException e) {
      LOG.debug("volume {} is gone already", name);
      return false;
    } catch (ConflictException e) {
      LOG.debug("volume {} is in use; left: {}", name, EngineMessages.of(e));
      return false;
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
      } catch (ConflictException e) {
        LOG.warn("network {} is in use; left for the next agent's sweep: {}", network.getName(), EngineMessages.of(e));
      }
    }
    List<String> volumes = new ArrayList<>();
    for (String volume : volumesLabelled(docker, labelFilter)) {
      if (removeVolume(docker, volume)) {
        volumes.add(volume);
      }
    }
    return new Removed(containers, networks, volumes);
  }

  /** Names of the volumes with the label ({@code key} or {@code key=value}). */
  static List<String> volumesLabelled(DockerClient docker, String labelFilter) {
    return List.copyOf(volumeLabels(docker, labelFilter).keySet());
  }

  /** The labels of the volumes with the label, by volume name. */
  static Map<String, Map<String, String>> volumeLabels(DockerClient docker, String labelFilter) {
    ListVolumesResponse response = docker.listVolumesCmd().withFilter("label", List.of(labelFilter)).exec();
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    if (response.getVolumes() != null) {
      for (InspectVolumeResponse volume : response.getVolumes()) {
        labels.put(volume.getName(), volume.getLabels() == null ? Map.of() : volume.getLabels());
      }
    }
    return labels;
  }

  /**
   * Removes the containers with the label, several at once (each {@code docker rm -f} waits for its container's
   * kill), so that a killed run's watchdog and a closing run are done in about the time of one removal.
   */
  private static List<String> removeContainersLabelled(DockerClient docker, String labelFilter) {
    List<Container> containers = docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(List.of(labelFilter)).exec();
    if (containers.size() <= 1) {
      containers.forEach(c -> removeContainer(docker, c.getId()));
      return containers.stream().map(DockerCleanup::name).toList();
    }
    ExecutorService removers = Executors.newFixedThreadPool(Math.min(PARALLEL_REMOVALS, containers.size()), r -> {
      Thread thread = new Thread(r, "ecs-dsl-cleanup");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> removals = new ArrayList<>();
      for (Container container : containers) {
        removals.add(removers.submit(() -> removeContainer(docker, container.getId())));
      }
      for (Future<?> removal : removals) {
        awaitRemoval(removal);
      }
    } finally {
      removers.shutdownNow();
    }
    return containers.stream().map(DockerCleanup::name).toList();
  }

  private static void awaitRemoval(Future<?> removal) {
    try {
      removal.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while removing containers", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private static String name(Container container) {
    String[] names = container.getNames();
    return names == null || names.length == 0 ? container.getId()
        : Arrays.stream(names).map(n -> n.startsWith("/") ? n.substring(1) : n).findFirst().orElseThrow();
  }
}
