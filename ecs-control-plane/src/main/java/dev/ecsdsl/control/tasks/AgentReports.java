package dev.ecsdsl.control.tasks;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.agent.AgentListener;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.ContainerRestartPolicy;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.NetworkBinding;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the agent reports, applied to the task it is about: a report about a task whose host's agent is
 * disconnected waits until the agent reconnects (ECS learns nothing meanwhile); a report about a task no longer
 * followed is dropped. What a report means for the task (start the next containers, stop it, restart a
 * container) is the {@link TaskLifecycle}'s to decide.
 */
final class AgentReports implements AgentListener {
  private final TaskLifecycle lifecycle;
  private final HeldAgentWork held;
  private final EventLoop loop;
  private final Agent agent;
  private final EventLog log;

  AgentReports(TaskLifecycle lifecycle, HeldAgentWork held, EventLoop loop, Agent agent, EventLog log) {
    this.lifecycle = lifecycle;
    this.held = held;
    this.loop = loop;
    this.agent = agent;
    this.log = log;
  }

  @Override
  public void taskPrepared(String taskArn) {
    TaskRecord task = lifecycle.reported(taskArn);
    if (task == null) {
      return;
    }
    held.report(task, () -> {
      task.prepared = true;
      task.pullStoppedAt = Optional.of(loop.now());
      if (task.isStopping()) {
        lifecycle.continueStopping(task);
      } else {
        lifecycle.startReadyContainers(task);
      }
    });
  }

  @Override
  public void taskPreparationFailed(String taskArn, String reason) {
    TaskRecord task = lifecycle.reported(taskArn);
    if (task == null) {
      return;
    }
    held.report(task, () -> {
      task.pullStoppedAt = Optional.of(loop.now());
      task.containers.values().forEach(c -> c.reason = Optional.of(reason));
      lifecycle.stop(task, StopCode.TaskFailedToStart, reason);
    });
  }

  @Override
  public void containerStarted(String taskArn, String containerName, List<NetworkBinding> networkBindings) {
    TaskRecord task = lifecycle.reported(taskArn);
    if (task == null) {
      return;
    }
    held.report(task, () -> {
      ContainerRecord container = task.container(containerName);
      container.state = ContainerRecord.State.RUNNING;
      container.everStarted = true;
      container.lastStartedAt = loop.now();
      container.networkBindings = List.copyOf(networkBindings);
      log.record(EventType.CONTAINER_STARTED, task.cluster.name(), task.shortId(), containerName + " started");
      if (task.isStopping()) {
        lifecycle.continueStopping(task);
        return;
      }
      lifecycle.startReadyContainers(task);
    });
  }

  @Override
  public void containerHealthChanged(String taskArn, String containerName, HealthStatus health) {
    TaskRecord task = lifecycle.reported(taskArn);
    if (task == null) {
      return;
    }
    held.report(task, () -> {
      ContainerRecord container = task.container(containerName);
      if (!container.isRunning() || container.health == health) {
        return;
      }
      container.health = health;
      log.record(EventType.CONTAINER_HEALTH_CHANGED, task.cluster.name(), task.shortId(),
          containerName + " is " + health);
      lifecycle.changed();
      if (!task.isStopping()) {
        lifecycle.startReadyContainers(task);
      }
    });
  }

  @Override
  public void containerExited(String taskArn, String containerName, int exitCode, Optional<String> reason) {
    TaskRecord task = lifecycle.reported(taskArn);
    if (task == null) {
      return;
    }
    held.report(task, () -> {
      ContainerRecord container = task.container(containerName);
      if (container.state == ContainerRecord.State.STOPPED) {
        return;
      }
      container.state = ContainerRecord.State.STOPPED;
      container.exitCode = Optional.of(exitCode);
      container.reason = reason;
      container.health = container.definition.healthCheck().isPresent() ? container.health : HealthStatus.UNKNOWN;
      log.record(EventType.CONTAINER_EXITED, task.cluster.name(), task.shortId(),
          containerName + " exited with code " + exitCode + reason.map(r -> " (" + r + ")").orElse(""));
      if (task.isStopping()) {
        lifecycle.continueStopping(task);
      } else if (restarts(container, exitCode)) {
        log.record(EventType.CONTAINER_STARTED, task.cluster.name(), task.shortId(),
            containerName + " restarting (restartPolicy)");
        container.state = ContainerRecord.State.STARTING;
        agent.startContainer(task.launch, containerName);
      } else if (container.essential()) {
        boolean beforeRunning = !task.lastStatus.isAfter(TaskStatus.ACTIVATING) && reason.isPresent();
        lifecycle.stop(task, beforeRunning ? StopCode.TaskFailedToStart : StopCode.EssentialContainerExited,
            beforeRunning ? reason.get() : "Essential container in task exited");
      } else {
        lifecycle.startReadyContainers(task);
      }
    });
  }

  /**
   * ECS's container restart policy: a container that exits is restarted in place unless its exit code is
   * ignored or it ran for less than {@code restartAttemptPeriod} since its last (re)start.
   */
  private boolean restarts(ContainerRecord container, int exitCode) {
    Optional<ContainerRestartPolicy> policy = container.definition.restartPolicy();
    if (policy.isEmpty() || !policy.get().enabled() || policy.get().ignoredExitCodes().contains(exitCode)) {
      return false;
    }
    Duration ran = Duration.between(container.lastStartedAt, loop.now());
    return ran.getSeconds() >= policy.get().restartAttemptPeriodOrDefault();
  }
}
