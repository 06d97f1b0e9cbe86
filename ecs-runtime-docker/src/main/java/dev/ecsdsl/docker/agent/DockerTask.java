package dev.ecsdsl.docker.agent;

import dev.ecsdsl.inmemory.agent.TaskLaunch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the agent knows of one task: whether it is prepared, its pause container (awsvpc), its containers'
 * current runs, and every Docker container it created, so that cleaning up finds them all. Once
 * {@linkplain #discard() discarded} (cleaned up) nothing more is registered and nothing more is reported.
 */
final class DockerTask {
  private final TaskLaunch launch;
  private final Map<String, ContainerRun> runs = new HashMap<>();
  private final Set<String> containerIds = new LinkedHashSet<>();
  private volatile boolean prepared;
  private volatile String pauseContainerId;
  private boolean discarded;

  DockerTask(TaskLaunch launch) {
    this.launch = launch;
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

  Optional<String> pauseContainerId() {
    return Optional.ofNullable(pauseContainerId);
  }

  void pauseContainer(String id) {
    pauseContainerId = id;
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
    return true;
  }

  synchronized boolean discarded() {
    return discarded;
  }

  /** Marks the task cleaned up; returns the Docker containers to remove. */
  synchronized List<String> discard() {
    discarded = true;
    return new ArrayList<>(containerIds);
  }
}
