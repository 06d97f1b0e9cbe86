package dev.ecsdsl.junit;

import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResult;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One cluster of a deployed environment, by name: RunTask, its tasks, instances and services, draining.
 * Every call reads the runtime anew.
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

  /**
   * The cluster's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The runtime it runs on.
   *
   * @return the runtime
   */
  public EcsRuntime runtime() {
    return runtime;
  }

  /**
   * DescribeClusters.
   *
   * @return the cluster as ECS describes it now
   */
  public ClusterDescription describe() {
    return runtime.describeCluster(name);
  }

  /**
   * RunTask of {@code count} tasks of {@code taskDefinition} ({@code family} or {@code family:revision}).
   *
   * @param taskDefinition {@code family} or {@code family:revision}
   * @param count how many tasks to run
   * @return the tasks started and the failures
   */
  public RunTaskResult runTask(String taskDefinition, int count) {
    return runTask(r -> r.taskDefinition(taskDefinition).count(count));
  }

  /**
   * RunTask with what {@code request} sets on a request already naming this cluster.
   *
   * @param request sets what the request needs beyond the cluster
   * @return the tasks started and the failures
   */
  public RunTaskResult runTask(UnaryOperator<RunTaskRequest.Builder> request) {
    return runtime.runTask(request.apply(RunTaskRequest.builder().cluster(name)).build());
  }

  /**
   * StopTask.
   *
   * @param task the task's ARN or id
   * @param reason the stopped reason the task reports
   * @return the task, now on its way to STOPPED
   */
  public Task stopTask(String task, String reason) {
    return runtime.stopTask(name, task, reason);
  }

  /**
   * DescribeTasks for one task (id or ARN).
   *
   * @param task the task's ARN or id
   * @return the task
   */
  public Task task(String task) {
    return runtime.describeTask(name, task);
  }

  /**
   * Its tasks whose desired status is RUNNING, oldest first.
   *
   * @return the tasks
   */
  public List<Task> runningTasks() {
    return runtime.listTasks(name, TaskFilter.running());
  }

  /**
   * The tasks that match {@code filter}, oldest first.
   *
   * @param filter which tasks to list
   * @return the matching tasks
   */
  public List<Task> tasks(TaskFilter filter) {
    return runtime.listTasks(name, filter);
  }

  /**
   * Its registered container instances.
   *
   * @return the container instances
   */
  public List<ContainerInstance> containerInstances() {
    return runtime.listContainerInstances(name);
  }

  /**
   * Its services, in the order they were created.
   *
   * @return the services
   */
  public List<ServiceDescription> services() {
    return runtime.listServices(name);
  }

  /**
   * A handle to one of its services.
   *
   * @param service the service's name
   * @return the handle
   */
  public ServiceHandle service(String service) {
    return new ServiceHandle(runtime, name, service);
  }

  /**
   * Sets a container instance (ARN, id or EC2 instance id) to DRAINING.
   *
   * @param containerInstance the container instance's ARN, id or EC2 instance id
   * @return the container instance, now DRAINING
   */
  public ContainerInstance drain(String containerInstance) {
    return runtime.updateContainerInstanceState(name, containerInstance, ContainerInstanceStatus.DRAINING);
  }

  /**
   * Sets a container instance back to ACTIVE.
   *
   * @param containerInstance the container instance's ARN, id or EC2 instance id
   * @return the container instance, now ACTIVE
   */
  public ContainerInstance activate(String containerInstance) {
    return runtime.updateContainerInstanceState(name, containerInstance, ContainerInstanceStatus.ACTIVE);
  }

  @Override
  public String toString() {
    return "cluster " + name;
  }
}
