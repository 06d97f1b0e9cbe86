package dev.ecsdsl.docker.agent;

import dev.ecsdsl.control.agent.TaskLaunch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the agent knows of one task: whether it is prepared, its pause container (awsvpc), its volumes'
 * Docker sources, its containers' current runs, and every Docker container and volume it created, so that
 * cleaning up finds them all. Once {@linkplain #discard() discarded} (cleaned up) nothing more is registered
 * and nothing more is reported.
 */
final class DockerTask {
  private final TaskLaunch launch;
  private final Map<String, ContainerRun> runs = new HashMap<>();
  private final Set<String> containerIds = new LinkedHashSet<>();
  private final Set<String> volumeNames = new LinkedHashSet<>();
  private final Map<String, String> accessPointRoots;
  private volatile Map<String, VolumeSource> volumeSources = Map.of();
  private volatile boolean prepared;
  private volatile String pauseContainerId;
  private volatile String networkAddress;
  private boolean discarded;

  DockerTask(TaskLaunch launch) {
    this(launch, Map.of());
  }

  /** A task whose EFS volumes name access points with these root directories (by access point id). */
  DockerTask(TaskLaunch launch, Map<String, String> accessPointRoots) {
    this.launch = launch;
    this.accessPointRoots = Map.copyOf(accessPointRoots);
  }

  TaskLaunch launch() {
    return launch;
  }

  boolean prepared() {
    return prepared;
  }

  void markPrepared() {
    prepared = true;
  }

  /** The root directories of the EFS access points the task's volumes name. */
  Map<String, String> accessPointRoots() {
    return accessPointRoots;
  }

  /** The Docker source of each of the task's volumes, by volume name (set when prepared). */
  Map<String, VolumeSource> volumeSources() {
    return volumeSources;
  }

  void volumeSources(Map<String, VolumeSource> sources) {
    volumeSources = Map.copyOf(sources);
  }

  Optional<String> pauseContainerId() {
    return Optional.ofNullable(pauseContainerId);
  }

  void pauseContainer(String id) {
    pauseContainerId = id;
  }

  /** The task's address on the run network (awsvpc tasks: their pause container's), once known. */
  Optional<String> networkAddress() {
    return Optional.ofNullable(networkAddress);
  }

  void networkAddress(String address) {
    networkAddress = address;
  }

  /** The container's current run, if it was ever started. */
  synchronized Optional<ContainerRun> run(String containerName) {
    return Optional.ofNullable(runs.get(containerName));
  }

  /** Makes {@code run} the container's current run. */
  synchronized void put(ContainerRun run) {
    runs.put(run.name(), run);
  }

  /**
   * Records a Docker container created for the task. False when the task was cleaned up meanwhile: the
   * caller removes the container, which nothing else would.
   */
  synchronized boolean register(String containerId) {
    if (discarded) {
      return false;
    }
    containerIds.add(containerId);
    notifyAll();
    return true;
  }

  /**
   * Records a Docker volume made for the task alone. False when the task was cleaned up meanwhile: the
   * caller removes the volume.
   */
  synchronized boolean registerVolume(String name) {
    if (discarded) {
      return false;
    }
    volumeNames.add(name);
    return true;
  }

  /** The volumes made for the task alone (to remove once its containers are gone). */
  synchronized List<String> volumeNames() {
    return new ArrayList<>(volumeNames);
  }

  /** The Docker container of each of the task's containers that has one, by container name. */
  synchronized Map<String, String> dockerContainers() {
    Map<String, String> ids = new LinkedHashMap<>();
    runs.forEach((name, run) -> {
      if (run.containerId() != null) {
        ids.put(name, run.containerId());
      }
    });
    return ids;
  }

  /**
   * Waits until the task's container {@code containerName} has a Docker container (it is created once the
   * control plane starts it); false when it has none within {@code timeout} or the task is cleaned up.
   */
  synchronized boolean awaitDockerContainer(String containerName, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!discarded) {
      ContainerRun run = runs.get(containerName);
      if (run != null && run.containerId() != null && containerIds.contains(run.containerId())) {
        return true;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return false;
  }

  synchronized boolean discarded() {
    return discarded;
  }

  /** Marks the task cleaned up; returns the Docker containers to remove. */
  synchronized List<String> discard() {
    discarded = true;
    notifyAll();
    return new ArrayList<>(containerIds);
  }
}
