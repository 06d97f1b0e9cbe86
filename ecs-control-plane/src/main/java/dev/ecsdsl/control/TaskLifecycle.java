package dev.ecsdsl.control;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.agent.AgentListener;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.ContainerRestartPolicy;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.NetworkBinding;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Moves tasks through ECS's lifecycle (PROVISIONING → PENDING → ACTIVATING → RUNNING → DEACTIVATING →
 * STOPPING → DEPROVISIONING → STOPPED) and decides, from the agent's reports, which container starts
 * when ({@code dependsOn}), when a task stops (essential containers, failures) and in which order its
 * containers stop. The agent only executes.
 */
final class TaskLifecycle implements AgentListener {
  private final EventLoop loop;
  private final Agent agent;
  private final EventLog log;
  private final Timings timings;
  private final Consumer<TaskRecord> onStopped;
  private final Runnable onChange;
  private final Function<TaskRecord, Duration> deactivate;
  private final Map<String, TaskRecord> tasksByArn = new HashMap<>();

  TaskLifecycle(EventLoop loop, Agent agent, EventLog log, Timings timings, Consumer<TaskRecord> onStopped,
      Runnable onChange, Function<TaskRecord, Duration> deactivate) {
    this.onChange = onChange;
    this.deactivate = deactivate;
    this.loop = loop;
    this.agent = agent;
    this.log = log;
    this.timings = timings;
    this.onStopped = onStopped;
  }

  /** Starts the life of a freshly placed task. */
  void begin(TaskRecord task) {
    tasksByArn.put(task.arn(), task);
    if (task.lastStatus == TaskStatus.PROVISIONING) {
      Duration provisioning = task.instance.isPresent() ? timings.eniAttachment() : timings.fargateProvisioning();
      task.timers.add(loop.schedule(provisioning, () -> {
        if (!task.isStopping()) {
          moveTo(task, TaskStatus.PENDING, "ENI " + task.eni.map(TaskRecord.Eni::networkInterfaceId).orElse("")
              + " attached");
          prepare(task);
        }
      }));
    } else {
      task.timers.add(loop.schedule(Duration.ZERO, () -> prepare(task)));
    }
  }

  private void prepare(TaskRecord task) {
    if (!task.isStopping()) {
      whenReachable(task, () -> {
        task.pullStartedAt = Optional.of(loop.now());
        agent.prepareTask(task.launch);
      });
    }
  }

  // ---- agent reports ----

  @Override
  public void taskPrepared(String taskArn) {
    TaskRecord task = tasksByArn.get(taskArn);
    if (task == null) {
      return;
    }
    held(task, () -> {
      task.prepared = true;
      task.pullStoppedAt = Optional.of(loop.now());
      if (task.isStopping()) {
        continueStopping(task);
      } else {
        startReadyContainers(task);
      }
    });
  }

  @Override
  public void taskPreparationFailed(String taskArn, String reason) {
    TaskRecord task = tasksByArn.get(taskArn);
    if (task == null) {
      return;
    }
    held(task, () -> {
      task.pullStoppedAt = Optional.of(loop.now());
      task.containers.values().forEach(c -> c.reason = Optional.of(reason));
      stop(task, StopCode.TaskFailedToStart, reason);
    });
  }

  @Override
  public void containerStarted(String taskArn, String containerName, List<NetworkBinding> networkBindings) {
    TaskRecord task = tasksByArn.get(taskArn);
    if (task == null) {
      return;
    }
    held(task, () -> {
      ContainerRecord container = task.container(containerName);
      container.state = ContainerRecord.State.RUNNING;
      container.everStarted = true;
      container.lastStartedAt = loop.now();
      container.networkBindings = List.copyOf(networkBindings);
      log.record(EventType.CONTAINER_STARTED, task.cluster.name(), task.shortId(), containerName + " started");
      if (task.isStopping()) {
        continueStopping(task);
        return;
      }
      startReadyContainers(task);
    });
  }

  @Override
  public void containerHealthChanged(String taskArn, String containerName, HealthStatus health) {
    TaskRecord task = tasksByArn.get(taskArn);
    if (task == null) {
      return;
    }
    held(task, () -> {
      ContainerRecord container = task.container(containerName);
      if (!container.isRunning() || container.health == health) {
        return;
      }
      container.health = health;
      log.record(EventType.CONTAINER_HEALTH_CHANGED, task.cluster.name(), task.shortId(),
          containerName + " is " + health);
      onChange.run();
      if (!task.isStopping()) {
        startReadyContainers(task);
      }
    });
  }

  @Override
  public void containerExited(String taskArn, String containerName, int exitCode, Optional<String> reason) {
    TaskRecord task = tasksByArn.get(taskArn);
    if (task == null) {
      return;
    }
    held(task, () -> {
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
        continueStopping(task);
      } else if (restarts(container, exitCode)) {
        log.record(EventType.CONTAINER_STARTED, task.cluster.name(), task.shortId(),
            containerName + " restarting (restartPolicy)");
        container.state = ContainerRecord.State.STARTING;
        agent.startContainer(task.launch, containerName);
      } else if (container.essential()) {
        boolean beforeRunning = !task.lastStatus.isAfter(TaskStatus.ACTIVATING) && reason.isPresent();
        stop(task, beforeRunning ? StopCode.TaskFailedToStart : StopCode.EssentialContainerExited,
            beforeRunning ? reason.get() : "Essential container in task exited");
      } else {
        startReadyContainers(task);
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

  // ---- starting ----

  /** Starts every waiting container whose dependencies hold; fails the task if one can never hold. */
  private void startReadyContainers(TaskRecord task) {
    if (!task.prepared || task.isStopping()) {
      return;
    }
    for (ContainerRecord container : task.containers.values()) {
      if (container.state != ContainerRecord.State.WAITING) {
        continue;
      }
      Dependencies.Verdict verdict = Dependencies.evaluate(container, task.containers);
      switch (verdict.outcome()) {
        case SATISFIED -> {
          cancel(container);
          container.state = ContainerRecord.State.STARTING;
          whenReachable(task, () -> agent.startContainer(task.launch, container.name()));
        }
        case NEVER -> {
          stop(task, StopCode.TaskFailedToStart, verdict.explanation());
          return;
        }
        case WAITING -> armStartTimeout(task, container, verdict);
      }
    }
    if (task.lastStatus == TaskStatus.PENDING && allStarted(task)) {
      moveTo(task, TaskStatus.ACTIVATING, "containers started");
      task.timers.add(loop.schedule(timings.activation(), () -> {
        if (!task.isStopping()) {
          task.startedAt = Optional.of(loop.now());
          moveTo(task, TaskStatus.RUNNING, "");
        }
      }));
    }
  }

  private static boolean allStarted(TaskRecord task) {
    return task.containers.values().stream().allMatch(c -> c.isRunning() || (c.everStarted
        && c.state == ContainerRecord.State.STOPPED));
  }

  private void armStartTimeout(TaskRecord task, ContainerRecord container, Dependencies.Verdict verdict) {
    if (container.startTimeout != null) {
      return;
    }
    Duration timeout = container.definition.startTimeout().map(s -> Duration.ofSeconds(s))
        .orElse(timings.containerStartTimeout());
    container.startTimeout = loop.schedule(timeout, () -> {
      if (!task.isStopping() && container.state == ContainerRecord.State.WAITING) {
        Dependencies.Verdict now = Dependencies.evaluate(container, task.containers);
        stop(task, StopCode.TaskFailedToStart, "Container " + container.name() + " timed out after "
            + timeout.getSeconds() + "s waiting for its dependencies: " + now.explanation());
      }
    });
    task.timers.add(container.startTimeout);
  }

  private static void cancel(ContainerRecord container) {
    if (container.startTimeout != null) {
      container.startTimeout.cancel();
      container.startTimeout = null;
    }
  }

  // ---- stopping ----

  /** Asks a task to stop; the first reason given wins, as in ECS. */
  void stop(TaskRecord task, StopCode code, String reason) {
    if (task.isStopping()) {
      return;
    }
    task.desiredStatus = TaskStatus.STOPPED;
    task.stopCode = Optional.of(code);
    task.stoppedReason = Optional.of(reason);
    task.stoppingAt = Optional.of(loop.now());
    task.timers.forEach(EventLoop.Scheduled::cancel);
    task.timers.clear();
    log.record(EventType.TASK_STOP_REQUESTED, task.cluster.name(), task.shortId(), code + ": " + reason);
    if (task.lastStatus == TaskStatus.RUNNING || task.lastStatus == TaskStatus.ACTIVATING) {
      moveTo(task, TaskStatus.DEACTIVATING, "");
      task.timers.add(loop.schedule(deactivate.apply(task), () -> {
        moveTo(task, TaskStatus.STOPPING, "");
        continueStopping(task);
      }));
    } else {
      moveTo(task, TaskStatus.STOPPING, "");
      continueStopping(task);
    }
  }

  /**
   * Stops running containers, dependents before the containers they depend on (ECS stops containers in
   * the reverse of their dependency order), and finishes the task once all have exited.
   */
  private void continueStopping(TaskRecord task) {
    if (task.lastStatus != TaskStatus.STOPPING) {
      return;
    }
    for (ContainerRecord container : task.containers.values()) {
      if (container.state == ContainerRecord.State.WAITING) {
        container.state = ContainerRecord.State.STOPPED;
      }
    }
    for (ContainerRecord container : task.containers.values()) {
      if (container.state == ContainerRecord.State.RUNNING && !hasActiveDependent(task, container)) {
        container.state = ContainerRecord.State.STOPPING;
        Duration stopTimeout = container.definition.stopTimeout().map(s -> Duration.ofSeconds(s))
            .orElse(timings.defaultStopTimeout());
        whenReachable(task, () -> agent.stopContainer(task.launch, container.name(), stopTimeout));
      }
    }
    boolean allStopped = task.containers.values().stream().allMatch(c -> c.state == ContainerRecord.State.STOPPED);
    if (allStopped) {
      task.executionStoppedAt = Optional.of(loop.now());
      if (task.eni.isPresent()) {
        moveTo(task, TaskStatus.DEPROVISIONING, "");
        task.timers.add(loop.schedule(timings.eniDetachment(), () -> finish(task)));
      } else {
        finish(task);
      }
    }
  }

  /** Whether a container that has not stopped yet depends on {@code container}. */
  private static boolean hasActiveDependent(TaskRecord task, ContainerRecord container) {
    for (ContainerRecord other : task.containers.values()) {
      boolean active = other.state == ContainerRecord.State.STARTING || other.isRunning();
      if (other != container && active && other.definition.dependsOn().stream()
          .anyMatch(d -> d.containerName().equals(container.name()))) {
        return true;
      }
    }
    return false;
  }

  private void finish(TaskRecord task) {
    if (task.lastStatus == TaskStatus.STOPPED) {
      return;
    }
    task.stoppedAt = Optional.of(loop.now());
    moveTo(task, TaskStatus.STOPPED, task.stopCode.map(Object::toString).orElse(""));
    if (task.agentReachable()) {
      agent.cleanUpTask(task.launch);
    }
    tasksByArn.remove(task.arn());
    onStopped.accept(task);
  }

  /**
   * The host is gone (its EC2 instance terminated): its tasks stop at once, with nothing left to ask the
   * agent.
   */
  void hostLost(TaskRecord task, String reason) {
    if (task.lastStatus == TaskStatus.STOPPED) {
      return;
    }
    if (!task.isStopping()) {
      task.desiredStatus = TaskStatus.STOPPED;
      task.stopCode = Optional.of(StopCode.TerminationNotice);
      task.stoppedReason = Optional.of(reason);
      task.stoppingAt = Optional.of(loop.now());
      log.record(EventType.TASK_STOP_REQUESTED, task.cluster.name(), task.shortId(), "TerminationNotice: " + reason);
    }
    task.timers.forEach(EventLoop.Scheduled::cancel);
    task.timers.clear();
    task.containers.values().forEach(c -> {
      cancel(c);
      c.state = ContainerRecord.State.STOPPED;
    });
    task.executionStoppedAt = Optional.of(loop.now());
    task.stoppedAt = Optional.of(loop.now());
    moveTo(task, TaskStatus.STOPPED, "TerminationNotice");
    agent.cleanUpTask(task.launch);
    tasksByArn.remove(task.arn());
    onStopped.accept(task);
  }

  // ---- agent connectivity ----

  /** Runs an agent call now, or when the host's agent reconnects. */
  private void whenReachable(TaskRecord task, Runnable call) {
    if (task.agentReachable()) {
      call.run();
    } else {
      task.instance.get().heldCalls.add(call);
    }
  }

  /** Delivers an agent report now, or holds it until the agent reconnects (ECS learns nothing meanwhile). */
  private void held(TaskRecord task, Runnable report) {
    if (task.agentReachable()) {
      report.run();
    } else {
      task.instance.get().heldReports.add(report);
    }
  }

  private void moveTo(TaskRecord task, TaskStatus status, String detail) {
    TaskStatus from = task.lastStatus;
    task.lastStatus = status;
    log.record(EventType.TASK_STATUS_CHANGED, task.cluster.name(), task.shortId(),
        from + " → " + status + (detail.isEmpty() ? "" : " (" + detail + ")"));
    onChange.run();
  }
}
