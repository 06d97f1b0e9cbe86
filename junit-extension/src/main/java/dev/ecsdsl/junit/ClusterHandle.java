package dev.ecsdsl.junit;

import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One cluster of a deployed environment, by name: RunTask, its tasks, instances and services, draining.
 * Every call reads the runtime anew, through its {@code ecs()} API.
 */
public final class ClusterHandle {
  private final EcsRuntime runtime;
  private final String name;

  /**
   * The cluster {@code name} on {@code runtime}.
   *
   * @param runtime the runtime the cluster runs on
   * @param name the cluster's name
   */
  public ClusterHandle(EcsRuntime runtime, String name) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** {@return the cluster's name} */
  public String name() {
    return name;
  }

  /** {@return the runtime it runs on} */
  public EcsRuntime runtime() {
    return runtime;
  }

  /** {@return the cluster as ECS describes it now} */
  public ClusterDescription describe() {
    return runtime.ecs().describeClusters(r -> r.clusters(name)).cluster();
  }

  /**
   * RunTask on this cluster with everything else default.
   *
   * @param taskDefinition {@code family}, {@code family:revision} or ARN
   * @param count how many tasks to run
   * @return the tasks started and the failures
   */
  public RunTaskResponse runTask(String taskDefinition, int count) {
    return runTask(r -> r.taskDefinition(taskDefinition).count(count));
  }

  /**
   * RunTask on this cluster: {@code cluster.runTask(r -> r.taskDefinition("worker").count(3))}.
   *
   * @param request sets what the request needs beyond the cluster
   * @return the tasks started and the failures
   */
  public RunTaskResponse runTask(Consumer<RunTaskRequest.Builder> request) {
    RunTaskRequest.Builder builder = RunTaskRequest.builder().cluster(name);
    request.accept(builder);
    return runtime.ecs().runTask(builder.build());
  }

  /**
   * StopTask.
   *
   * @param task the task's ARN or id
   * @param reason the stopped reason the task reports
   * @return the task, now on its way to STOPPED
   */
  public Task stopTask(String task, String reason) {
    return runtime.ecs().stopTask(r -> r.cluster(name).task(task).reason(reason)).task();
  }

  /**
   * DescribeTasks for one task.
   *
   * @param task the task's ARN or id
   * @return the task
   * @throws IllegalStateException when the task is not found
   */
  public Task task(String task) {
    return runtime.ecs().describeTasks(r -> r.cluster(name).tasks(task)).task();
  }

  /** {@return the tasks whose desired status is RUNNING, oldest first} */
  public List<Task> runningTasks() {
    return tasks(TaskFilter.running());
  }

  /**
   * The tasks that match a filter, oldest first (see {@link ListAndDescribe#tasks}).
   *
   * @param filter which tasks to list
   * @return the matching tasks
   */
  public List<Task> tasks(TaskFilter filter) {
    return ListAndDescribe.tasks(runtime.ecs(), name, filter);
  }

  /** {@return the registered container instances, in registration order} */
  public List<ContainerInstance> containerInstances() {
    return ListAndDescribe.containerInstances(runtime.ecs(), name);
  }

  /** {@return the services, in the order they were created} */
  public List<ServiceDescription> services() {
    return ListAndDescribe.services(runtime.ecs(), name);
  }

  /**
   * A handle to one service of this cluster.
   *
   * @param service the service's name
   * @return the handle
   */
  public ServiceHandle service(String service) {
    return new ServiceHandle(runtime, name, service);
  }

  /**
   * UpdateContainerInstancesState to DRAINING: its service tasks move elsewhere.
   *
   * @param containerInstance the container instance's ARN, id or EC2 instance id
   * @return the container instance, now DRAINING
   */
  public ContainerInstance drain(String containerInstance) {
    return state(containerInstance, ContainerInstanceStatus.DRAINING);
  }

  /**
   * UpdateContainerInstancesState back to ACTIVE.
   *
   * @param containerInstance the container instance's ARN, id or EC2 instance id
   * @return the container instance, now ACTIVE
   */
  public ContainerInstance activate(String containerInstance) {
    return state(containerInstance, ContainerInstanceStatus.ACTIVE);
  }

  private ContainerInstance state(String containerInstance, ContainerInstanceStatus status) {
    List<ContainerInstance> updated = runtime.ecs().updateContainerInstancesState(r -> r.cluster(name)
        .containerInstances(containerInstance).status(status)).containerInstances();
    if (updated.isEmpty()) {
      throw new IllegalStateException("cluster " + name + " has no container instance " + containerInstance);
    }
    return updated.get(0);
  }

  @Override
  public String toString() {
    return "cluster " + name;
  }
}
