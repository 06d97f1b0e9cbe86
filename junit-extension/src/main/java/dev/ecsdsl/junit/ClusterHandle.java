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

  /** The cluster {@code name} on {@code runtime}. */
  public ClusterHandle(EcsRuntime runtime, String name) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The cluster's name. */
  public String name() {
    return name;
  }

  /** The runtime it runs on. */
  public EcsRuntime runtime() {
    return runtime;
  }

  /** DescribeClusters. */
  public ClusterDescription describe() {
    return runtime.describeCluster(name);
  }

  /** RunTask of {@code count} tasks of {@code taskDefinition} ({@code family} or {@code family:revision}). */
  public RunTaskResult runTask(String taskDefinition, int count) {
    return runTask(r -> r.taskDefinition(taskDefinition).count(count));
  }

  /** RunTask with what {@code request} sets on a request already naming this cluster. */
  public RunTaskResult runTask(UnaryOperator<RunTaskRequest.Builder> request) {
    return runtime.runTask(request.apply(RunTaskRequest.builder().cluster(name)).build());
  }

  /** StopTask. */
  public Task stopTask(String task, String reason) {
    return runtime.stopTask(name, task, reason);
  }

  /** DescribeTasks for one task (id or ARN). */
  public Task task(String task) {
    return runtime.describeTask(name, task);
  }

  /** Its tasks whose desired status is RUNNING, oldest first. */
  public List<Task> runningTasks() {
    return runtime.listTasks(name, TaskFilter.running());
  }

  /** The tasks that match {@code filter}, oldest first. */
  public List<Task> tasks(TaskFilter filter) {
    return runtime.listTasks(name, filter);
  }

  /** Its registered container instances. */
  public List<ContainerInstance> containerInstances() {
    return runtime.listContainerInstances(name);
  }

  /** Its services, in the order they were created. */
  public List<ServiceDescription> services() {
    return runtime.listServices(name);
  }

  /** A handle to one of its services. */
  public ServiceHandle service(String service) {
    return new ServiceHandle(runtime, name, service);
  }

  /** Sets a container instance (ARN, id or EC2 instance id) to DRAINING. */
  public ContainerInstance drain(String containerInstance) {
    return runtime.updateContainerInstanceState(name, containerInstance, ContainerInstanceStatus.DRAINING);
  }

  /** Sets a container instance back to ACTIVE. */
  public ContainerInstance activate(String containerInstance) {
    return runtime.updateContainerInstanceState(name, containerInstance, ContainerInstanceStatus.ACTIVE);
  }

  @Override
  public String toString() {
    return "cluster " + name;
  }
}
