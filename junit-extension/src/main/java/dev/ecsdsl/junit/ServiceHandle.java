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

  /** The service {@code name} of {@code cluster} on {@code runtime}. */
  public ServiceHandle(EcsRuntime runtime, String cluster, String name) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.cluster = Objects.requireNonNull(cluster, "cluster");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The service's name. */
  public String name() {
    return name;
  }

  /** The name of its cluster. */
  public String cluster() {
    return cluster;
  }

  /** The runtime it runs on. */
  public EcsRuntime runtime() {
    return runtime;
  }

  /** DescribeServices. */
  public ServiceDescription describe() {
    return runtime.describeService(cluster, name);
  }

  /** Waits up to {@link #DEFAULT_TIMEOUT} for a steady state (see {@link EcsRuntime#awaitSteadyState}). */
  public ServiceDescription awaitSteady() {
    return awaitSteady(DEFAULT_TIMEOUT);
  }

  /** Waits up to {@code timeout} for a steady state; throws saying where the service stands when it is not. */
  public ServiceDescription awaitSteady(Duration timeout) {
    return runtime.awaitSteadyState(cluster, name, timeout);
  }

  /** Its RUNNING tasks (desired status RUNNING), oldest first. */
  public List<Task> runningTasks() {
    return runtime.listTasks(cluster, TaskFilter.running().serviceName(name));
  }

  /** All its tasks, stopped ones included, oldest first. */
  public List<Task> tasks() {
    return runtime.listTasks(cluster, TaskFilter.all().serviceName(name));
  }

  /** UpdateService with what {@code change} sets on a request already naming this service. */
  public ServiceDescription update(UnaryOperator<UpdateServiceRequest.Builder> change) {
    UpdateServiceRequest.Builder request = UpdateServiceRequest.builder().cluster(cluster).service(name);
    return runtime.updateService(change.apply(request).build());
  }

  /** UpdateService to another desired count. */
  public ServiceDescription scale(int desiredCount) {
    return update(r -> r.desiredCount(desiredCount));
  }

  /** UpdateService to another task definition ({@code family:revision}): a rolling deployment. */
  public ServiceDescription deploy(String taskDefinition) {
    return update(r -> r.taskDefinition(taskDefinition));
  }

  @Override
  public String toString() {
    return "service " + name + " (cluster " + cluster + ")";
  }
}
