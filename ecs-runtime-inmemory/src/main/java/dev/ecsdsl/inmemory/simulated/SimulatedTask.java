package dev.ecsdsl.inmemory.simulated;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.control.loop.EventLoop;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the agent knows of one task: how far its preparation is and the latest run of each container. */
final class SimulatedTask {

  /** Where the task's preparation is. */
  enum Preparation { PULLING, PREPARED, FAILED }

  private final String taskArn;
  private final TaskLaunch launch;
  private Preparation preparation = Preparation.PULLING;
  private EventLoop.Scheduled pullsDone;
  private final Map<String, SimulatedContainer> containers = new LinkedHashMap<>();

  SimulatedTask(TaskLaunch launch) {
    this.taskArn = launch.taskArn();
    this.launch = launch;
  }

  TaskLaunch launch() {
    return launch;
  }

  void awaitPulls(EventLoop.Scheduled pullsDone) {
    this.pullsDone = pullsDone;
  }

  void prepared() {
    preparation = Preparation.PREPARED;
    pullsDone = null;
  }

  void preparationFailed() {
    preparation = Preparation.FAILED;
    pullsDone = null;
  }

  Preparation preparation() {
    return preparation;
  }

  Optional<SimulatedContainer> container(String name) {
    return Optional.ofNullable(containers.get(name));
  }

  /** Keeps the run as the container's latest; a restarted container keeps its place in the order. */
  void put(String name, SimulatedContainer container) {
    containers.put(name, container);
  }

  /** Names of the containers that run now (including those stopping), in the order they first started. */
  List<String> runningContainers() {
    return containers.entrySet().stream().filter(e -> e.getValue().hasStarted()).map(Map.Entry::getKey).toList();
  }

  /** Cancels everything still scheduled for the task; nothing more is reported. */
  void discard() {
    if (pullsDone != null) {
      pullsDone.cancel();
      pullsDone = null;
    }
    containers.values().forEach(SimulatedContainer::discard);
  }

  @Override
  public String toString() {
    return "task " + taskArn + " (" + preparation + ", running " + runningContainers() + ")";
  }
}
