package dev.ecsdsl.junit;

import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One service of a deployed environment, by name: what a test does with it most, without repeating its
 * cluster and name. Every call reads the runtime anew.
 */
public final class ServiceHandle {
  /** How long {@link #awaitSteady()} waits: virtual time in memory, real time on Docker. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
  private final EcsRuntime runtime;
  private final String cluster;
  private final String name;

  /**
   * The service {@code name} of {@code cluster} on {@code runtime}.
   *
   * @param runtime the runtime the service runs on
   * @param cluster the cluster's name
   * @param name the service's name
   */
  public ServiceHandle(EcsRuntime runtime, String cluster, String name) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.cluster = Objects.requireNonNull(cluster, "cluster");
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * The service's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The name of its cluster.
   *
   * @return the cluster's name
   */
  public String cluster() {
    return cluster;
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
   * DescribeServices.
   *
   * @return the service as ECS describes it now
   */
  public ServiceDescription describe() {
    return runtime.describeService(cluster, name);
  }

  /**
   * Waits up to {@link #DEFAULT_TIMEOUT} for a steady state (see {@link EcsRuntime#awaitSteadyState}).
   *
   * @return the steady service
   */
  public ServiceDescription awaitSteady() {
    return awaitSteady(DEFAULT_TIMEOUT);
  }

  /**
   * Waits up to {@code timeout} for a steady state; throws saying where the service stands when it is not.
   *
   * @param timeout the most time to wait
   * @return the steady service
   */
  public ServiceDescription awaitSteady(Duration timeout) {
    return runtime.awaitSteadyState(cluster, name, timeout);
  }

  /**
   * Its RUNNING tasks (desired status RUNNING), oldest first.
   *
   * @return the tasks
   */
  public List<Task> runningTasks() {
    return runtime.listTasks(cluster, TaskFilter.running().serviceName(name));
  }

  /**
   * All its tasks, stopped ones included, oldest first.
   *
   * @return the tasks
   */
  public List<Task> tasks() {
    return runtime.listTasks(cluster, TaskFilter.all().serviceName(name));
  }

  /**
   * UpdateService with what {@code change} sets on a request already naming this service.
   *
   * @param change sets what the request changes
   * @return the service after the update
   */
  public ServiceDescription update(UnaryOperator<UpdateServiceRequest.Builder> change) {
    UpdateServiceRequest.Builder request = UpdateServiceRequest.builder().cluster(cluster).service(name);
    return runtime.updateService(change.apply(request).build());
  }

  /**
   * UpdateService to another desired count.
   *
   * @param desiredCount the new desired count
   * @return the service after the update
   */
  public ServiceDescription scale(int desiredCount) {
    return update(r -> r.desiredCount(desiredCount));
  }

  /**
   * UpdateService to another task definition ({@code family:revision}): a rolling deployment.
   *
   * @param taskDefinition the new {@code family:revision}
   * @return the service after the update
   */
  public ServiceDescription deploy(String taskDefinition) {
    return update(r -> r.taskDefinition(taskDefinition));
  }

  @Override
  public String toString() {
    return "service " + name + " (cluster " + cluster + ")";
  }
}
