package dev.ecsdsl.control;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.clusters.Clusters;
import dev.ecsdsl.control.iam.TaskCredentials;
import dev.ecsdsl.control.launch.RunTasks;
import dev.ecsdsl.control.serviceconnect.ProxyContainer;
import dev.ecsdsl.control.services.ServiceScheduler;
import dev.ecsdsl.control.tasks.TaskLifecycle;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.control.tasks.TaskSnapshots;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.ServiceConnectConfiguration;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.StartTaskRequest;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** ECS's task operations: RunTask, StartTask, StopTask, DescribeTasks and ListTasks, and what a task gives. */
public final class TaskOperations {
  private final Clusters clusters;
  private final TaskLifecycle lifecycle;
  private final RunTasks runTasks;
  private final ServiceScheduler scheduler;
  private final Agent agent;
  private final DeployedEnvironment environment;
  private final Function<dev.ecsdsl.control.agent.TaskLaunch, Optional<IamRole>> instanceRole;

  TaskOperations(Clusters clusters, TaskLifecycle lifecycle, RunTasks runTasks, ServiceScheduler scheduler,
      Agent agent, DeployedEnvironment environment,
      Function<dev.ecsdsl.control.agent.TaskLaunch, Optional<IamRole>> instanceRole) {
    this.clusters = clusters;
    this.lifecycle = lifecycle;
    this.runTasks = runTasks;
    this.scheduler = scheduler;
    this.agent = agent;
    this.environment = environment;
    this.instanceRole = instanceRole;
  }

  /**
   * RunTask.
   *
   * @param request the RunTask request
   * @return the tasks started and the failures, as RunTask returns them
   */
  public RunTaskResponse runTask(RunTaskRequest request) {
    environment.require();
    return runTasks.runTask(request);
  }

  /**
   * StartTask: one task on each given container instance.
   *
   * @param request the StartTask request
   * @return the tasks started and the failures
   */
  public RunTaskResponse startTask(StartTaskRequest request) {
    environment.require();
    return runTasks.startTask(request);
  }

  /**
   * StopTask.
   *
   * @param cluster the cluster's name
   * @param taskReference the task's ARN or id
   * @param reason the stopped reason the task reports
   * @return the task, now on its way to STOPPED
   */
  public Task stopTask(String cluster, String taskReference, String reason) {
    TaskRecord task = task(cluster, taskReference);
    lifecycle.stop(task, StopCode.UserInitiated, reason == null || reason.isBlank() ? "Task stopped by user" : reason);
    return TaskSnapshots.task(task);
  }

  /**
   * Fargate Spot takes the task's capacity back ("Fargate Spot termination notices"): a two-minute warning
   * as a SIGTERM to its containers (each stops within its stopTimeout, at most 120 s on Fargate), stop
   * code SpotInterruption, "Your Spot Task was interrupted."; whatever still runs two minutes later ends
   * then. A service launches the replacement at once, within its maximumPercent.
   *
   * @param cluster the cluster's name
   * @param taskReference the task's ARN or id; it must run on FARGATE_SPOT
   * @return the task, now with its interruption under way
   */
  public Task interruptSpotTask(String cluster, String taskReference) {
    TaskRecord task = task(cluster, taskReference);
    if (!task.capacityProvider().filter("FARGATE_SPOT"::equals).isPresent()) {
      throw new IllegalArgumentException("task " + task.taskId() + " runs on "
          + task.capacityProvider().orElse(task.launchType().name()) + ", not on FARGATE_SPOT");
    }
    if (task.isStopping()) {
      throw new IllegalStateException("task " + task.taskId() + " is already stopping");
    }
    lifecycle.interruptSpot(task);
    scheduler.reconcileNow();
    return TaskSnapshots.task(task);
  }

  /**
   * DescribeTasks for one task.
   *
   * @param cluster the cluster's name
   * @param taskReference the task's ARN or id
   * @return the task
   */
  public Task describeTask(String cluster, String taskReference) {
    return snapshot(task(cluster, taskReference));
  }

  /** The task as DescribeTasks shows it: with the Service Connect proxy ECS adds when its service uses it. */
  private Task snapshot(TaskRecord task) {
    Task snapshot = TaskSnapshots.task(task);
    boolean proxied = scheduler.ownerOf(task).flatMap(s -> s.service().serviceConnectConfiguration())
        .filter(ServiceConnectConfiguration::enabled).isPresent();
    return proxied ? ProxyContainer.addTo(snapshot, task) : snapshot;
  }

  /**
   * ListTasks + DescribeTasks.
   *
   * @param cluster the cluster's name
   * @param filter which tasks to list
   * @return the matching tasks, oldest first
   */
  public List<Task> listTasks(String cluster, TaskFilter filter) {
    environment.require();
    return lifecycle.store().all(clusters.require(cluster)).stream().map(this::snapshot).filter(filter)
        .toList();
  }

  /**
   * A container's output, from the agent that ran it.
   *
   * @param cluster the cluster's name
   * @param taskReference the task's ARN or id
   * @param containerName the container's name
   * @return the output lines, oldest first
   */
  public List<String> logs(String cluster, String taskReference, String containerName) {
    TaskRecord task = task(cluster, taskReference);
    if (task.container(containerName) == null) {
      throw EcsException.invalidParameter("Task " + task.taskId() + " has no container named " + containerName
          + ".");
    }
    return agent.logs(task.arn(), containerName);
  }

  /**
   * The credentials the application in a task gets from its task role (RunTask's overrides applied, e.g. a
   * taskRoleArn override).
   *
   * @param cluster the cluster's name
   * @param taskReference the task's ARN or id
   * @return what the task role allows
   * @throws IllegalStateException when the task has no task role (its containers get no application
   *     credentials) or has stopped (its credentials expired with it)
   */
  public TaskCredentials credentials(String cluster, String taskReference) {
    TaskRecord task = task(cluster, taskReference);
    if (task.lastStatus() == TaskStatus.STOPPED) {
      throw new IllegalStateException("task " + task.taskId() + " is STOPPED: its credentials ended with it");
    }
    return TaskCredentials.of(environment.get(), task.launch().taskDefinition(), task.taskId(),
        instanceRole.apply(task.launch()));
  }

  private TaskRecord task(String cluster, String reference) {
    environment.require();
    return lifecycle.store().find(clusters.require(cluster), reference).orElseThrow(() ->
        EcsException.invalidParameter("The referenced task was not found: " + reference));
  }
}
