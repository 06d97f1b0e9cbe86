package dev.ecsdsl.control.tasks;

import dev.ecsdsl.runtime.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.agent.AgentListener;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.control.clusters.InstanceRecord;
import dev.ecsdsl.control.events.EventLog;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.placement.Eni;
import dev.ecsdsl.control.placement.Placed;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
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
 * containers stop. The agent only executes. The only code that changes a task: it makes the task (into the
 * {@link TaskStore}), gives a waiting task its place, and moves its status. What follows from a change is told
 * to the listeners: {@link #onChange} after every change of status or health, {@link #onStopped} once a task
 * is STOPPED, {@link #onDeactivation} to learn how long a task's DEACTIVATING lasts.
 */
public final class TaskLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(TaskLifecycle.class);
  /** How long a Fargate Spot task has between its interruption notice and its end. */
  public static final Duration SPOT_WARNING = Duration.ofMinutes(2);

  private final EventLoop loop;
  private final Agent agent;
  private final EventLog log;
  private final Timings timings;
  private final TaskStore store;
  private final List<Runnable> changeListeners = new ArrayList<>();
  private final List<Consumer<TaskRecord>> stopListeners = new ArrayList<>();
  private final List<Function<TaskRecord, Duration>> deactivations = new ArrayList<>();
  private final Map<String, TaskRecord> tasksByArn = new HashMap<>();
  private final HeldAgentWork held = new HeldAgentWork();
  private final AgentReports reports;

  /**
   * The lifecycle of every task of a control plane.
   *
   * @param loop the clock every step runs on
   * @param agent the agent that runs the containers
   * @param log where every change is recorded
   * @param timings how long the control plane's own steps take
   */
  public TaskLifecycle(EventLoop loop, Agent agent, EventLog log, Timings timings) {
    this.loop = loop;
    this.agent = agent;
    this.log = log;
    this.timings = timings;
    this.store = new TaskStore(loop::now);
    this.reports = new AgentReports(this, held, loop, agent, log);
  }

  /** {@return the tasks} */
  public TaskStore store() {
    return store;
  }

  /** {@return where the agent reports: each report changes its task here, or waits while the agent is away} */
  public AgentListener agentListener() {
    return reports;
  }

  /**
   * An instance's agent reconnected: what it reported meanwhile reaches the control plane, then it is asked
   * what it was to be asked meanwhile.
   *
   * @param instance the instance
   */
  public void agentReconnected(InstanceRecord instance) {
    held.reconnected(instance);
  }

  /**
   * Adds a listener told after every change of a task's status or a container's health.
   *
   * @param listener the listener
   */
  public void onChange(Runnable listener) {
    changeListeners.add(listener);
  }

  /**
   * Adds a listener told when a task reaches STOPPED (listeners are told in the order they were added).
   *
   * @param listener the listener
   */
  public void onStopped(Consumer<TaskRecord> listener) {
    stopListeners.add(listener);
  }

  /**
   * Adds what DEACTIVATING waits for when a task starts it (its load balancer targets draining); the step
   * lasts as long as the longest of them, and at least ECS's own step.
   *
   * @param deactivation starts the task's deactivation and says how long it takes
   */
  public void onDeactivation(Function<TaskRecord, Duration> deactivation) {
    deactivations.add(deactivation);
  }

  // ---- making tasks ----

  /**
   * Makes a task that has its place; its life starts with {@link #begin}.
   *
   * @param task where it goes and what it runs
   * @return the task, PROVISIONING with an ENI, else PENDING
   */
  public TaskRecord create(NewTask task) {
    return store.add(task, loop.now());
  }

  /**
   * Makes a task that waits in PROVISIONING, on no instance yet, for room.
   *
   * @param task what it runs and where it is to go
   * @param why why it waits, for the timeline
   * @return the task
   */
  public TaskRecord createWaiting(NewTask task, String why) {
    TaskRecord record = store.add(task, loop.now());
    record.lastStatus = TaskStatus.PROVISIONING;
    log.record(EventType.TASK_STATUS_CHANGED, record.cluster.name(), record.shortId(), "PROVISIONING: " + why);
    return record;
  }

  /**
   * A waiting task found its place: from now on it runs there.
   *
   * @param task the waiting task
   * @param launch what the agent is told, with the host, zone, address and ports
   * @param instance its container instance
   * @param placed where placement put it
   */
  public void placed(TaskRecord task, TaskLaunch launch, Optional<InstanceRecord> instance, Placed placed) {
    task.launch = launch;
    task.instance = instance;
    task.placement = placed;
    instance.ifPresent(i -> store.placedOn(task, i));
  }

  /**
   * A task that waited starts its life where it was placed: PENDING unless it has an ENI to attach first.
   *
   * @param task the task, {@link #placed} already
   */
  public void beginAfterWaiting(TaskRecord task) {
    if (task.eni().isEmpty()) {
      task.lastStatus = TaskStatus.PENDING;
      log.record(EventType.TASK_STATUS_CHANGED, task.cluster.name(), task.shortId(), "PROVISIONING → PENDING");
    }
    begin(task);
  }

  /**
   * Starts the life of a freshly placed task.
   *
   * @param task the task
   */
  public void begin(TaskRecord task) {
    tasksByArn.put(task.arn(), task);
    if (task.lastStatus == TaskStatus.PROVISIONING) {
      Duration provisioning = task.instance.isPresent() ? timings.eniAttachment() : timings.fargateProvisioning();
      task.timers.add(loop.schedule(provisioning, () -> {
        if (!task.isStopping()) {
          moveTo(task, TaskStatus.PENDING, "ENI " + task.eni().map(Eni::networkInterfaceId).orElse("")
              + " attached");
          prepare(task);
        }
      }));
    } else {
      task.timers.add(loop.schedule(Duration.ZERO, () -> prepare(task)));
    }
  }

  /** The task of an agent report, or {@code null} when it is no longer followed (cleaned up, or unknown). */
  TaskRecord reported(String taskArn) {
    return tasksByArn.get(taskArn);
  }

  private void prepare(TaskRecord task) {
    if (!task.isStopping()) {
      held.whenReachable(task, () -> {
        task.pullStartedAt = Optional.of(loop.now());
        try {
          agent.prepareTask(task.launch);
        } catch (RuntimeException e) {
          // an agent that throws (a broken engine) fails this task to start, as a report of it would; the
          // exception never reaches the caller that moved the clock, nor another task or service
          LOG.warn("the agent could not prepare task {}", LogText.escape(task.arn()), e);
          reports.taskPreparationFailed(task.arn(), "CannotCreateContainerError: "
              + LogText.escape(String.valueOf(e.getMessage())));
        }
      });
    }
  }

  // ---- starting ----

  /** Starts every waiting container whose dependencies hold; fails the task if one can never hold. */
  void startReadyContainers(TaskRecord task) {
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
          held.whenReachable(task, () -> agent.startContainer(task.launch, container.name()));
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

  /**
   * Asks a task to stop; the first reason given wins, as in ECS.
   *
   * @param task the task
   * @param code ECS's stop code
   * @param reason the stopped reason it reports
   */
  public void stop(TaskRecord task, StopCode code, String reason) {
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
      task.timers.add(loop.schedule(deactivation(task), () -> {
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
  void continueStopping(TaskRecord task) {
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
        held.whenReachable(task, () -> agent.stopContainer(task.launch, container.name(), stopTimeout));
      }
    }
    boolean allStopped = task.containers.values().stream().allMatch(c -> c.state == ContainerRecord.State.STOPPED);
    if (allStopped) {
      task.executionStoppedAt = Optional.of(loop.now());
      if (task.eni().isPresent()) {
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
    stopped(task);
  }

  /**
   * Fargate Spot takes the task's capacity back ("Fargate Spot termination notices"): a two-minute warning
   * as a SIGTERM to its containers (each stops within its stopTimeout), stop code SpotInterruption, "Your Spot
   * Task was interrupted."; whatever still runs two minutes later ends then.
   *
   * @param task a task on FARGATE_SPOT that is not stopping
   */
  public void interruptSpot(TaskRecord task) {
    String reason = "Your Spot Task was interrupted.";
    stop(task, StopCode.SpotInterruption, reason);
    loop.schedule(SPOT_WARNING, () -> hostLost(task, reason));
  }

  /**
   * The host is gone (its EC2 instance terminated): its tasks stop at once, in the order they were made, with
   * nothing left to ask its agent, and what its agent held back is forgotten.
   *
   * @param instance the terminated instance
   * @param reason the stopped reason its tasks report
   */
  public void hostLost(InstanceRecord instance, String reason) {
    held.forget(instance);
    for (TaskRecord task : store.liveOn(instance)) {
      hostLost(task, reason);
    }
  }

  /**
   * The task's host is gone (a lost zone, the end of a Spot interruption): it stops at once, with nothing left
   * to ask the agent.
   *
   * @param task the task
   * @param reason the stopped reason it reports
   */
  public void hostLost(TaskRecord task, String reason) {
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
    stopped(task);
  }

  private void stopped(TaskRecord task) {
    tasksByArn.remove(task.arn());
    store.stopped(task);
    stopListeners.forEach(l -> l.accept(task));
  }

  private Duration deactivation(TaskRecord task) {
    Duration longest = timings.deactivation();
    for (Function<TaskRecord, Duration> deactivation : deactivations) {
      Duration d = deactivation.apply(task);
      longest = d.compareTo(longest) > 0 ? d : longest;
    }
    return longest;
  }

  void changed() {
    changeListeners.forEach(Runnable::run);
  }

  // ---- agent connectivity ----

  private void moveTo(TaskRecord task, TaskStatus status, String detail) {
    TaskStatus from = task.lastStatus;
    task.lastStatus = status;
    log.record(EventType.TASK_STATUS_CHANGED, task.cluster.name(), task.shortId(),
        from + " → " + status + (detail.isEmpty() ? "" : " (" + detail + ")"));
    changed();
  }
}
