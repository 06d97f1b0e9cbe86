package dev.ecsdsl.junit;

import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One service of a deployed environment, by name: what a test does with it most, without repeating its
 * cluster and name. Every call reads the runtime anew, through its {@code ecs()} API.
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

  /** {@return the service's name} */
  public String name() {
    return name;
  }

  /** {@return the name of its cluster} */
  public String cluster() {
    return cluster;
  }

  /** {@return the runtime it runs on} */
  public EcsRuntime runtime() {
    return runtime;
  }

  /**
   * DescribeServices for this service.
   *
   * @return the service now, with its deployments and events
   * @throws IllegalStateException when the service is not found
   */
  public ServiceDescription describe() {
    return runtime.ecs().describeServices(r -> r.cluster(cluster).services(name)).service();
  }

  /**
   * Lets time pass until the service has reached a steady state ({@link Conditions#serviceSteady}), at most
   * {@link #DEFAULT_TIMEOUT}.
   *
   * @return the service, steady
   * @throws dev.ecsdsl.runtime.waiters.WaitTimeoutException when it is not steady in time, saying where it stood,
   *     with its deployments and latest events
   */
  public ServiceDescription awaitSteady() {
    return awaitSteady(DEFAULT_TIMEOUT);
  }

  /**
   * Lets time pass until the service has reached a steady state ({@link Conditions#serviceSteady}).
   *
   * @param timeout the most time to wait (virtual in memory, real on Docker)
   * @return the service, steady
   * @throws dev.ecsdsl.runtime.waiters.WaitTimeoutException when it is not steady in time, saying where it stood,
   *     with its deployments and latest events
   */
  public ServiceDescription awaitSteady(Duration timeout) {
    runtime.await(Conditions.serviceSteady(cluster, name)).atMost(timeout);
    return describe();
  }

  /** {@return the service's tasks whose desired status is RUNNING, oldest first} */
  public List<Task> runningTasks() {
    return ListAndDescribe.tasks(runtime.ecs(), cluster, TaskFilter.running().serviceName(name));
  }

  /** {@return every task the service has started, stopped ones included, oldest first} */
  public List<Task> tasks() {
    return ListAndDescribe.tasks(runtime.ecs(), cluster, TaskFilter.all().serviceName(name));
  }

  /**
   * UpdateService on this service: {@code service.update(r -> r.desiredCount(4).forceNewDeployment(true))}.
   *
   * @param change sets what changes; the cluster and service are set already
   * @return the service after the update
   */
  public ServiceDescription update(Consumer<UpdateServiceRequest.Builder> change) {
    UpdateServiceRequest.Builder request = UpdateServiceRequest.builder().cluster(cluster).service(name);
    change.accept(request);
    return runtime.ecs().updateService(request.build()).service();
  }

  /**
   * UpdateService with a new desired count.
   *
   * @param desiredCount the new desired count
   * @return the service after the update
   */
  public ServiceDescription scale(int desiredCount) {
    return update(r -> r.desiredCount(desiredCount));
  }

  /**
   * UpdateService with a new task definition revision: a new deployment.
   *
   * @param taskDefinition {@code family}, {@code family:revision} or ARN
   * @return the service after the update, with its new PRIMARY deployment
   */
  public ServiceDescription deploy(String taskDefinition) {
    return update(r -> r.taskDefinition(taskDefinition));
  }

  @Override
  public String toString() {
    return "service " + name + " (cluster " + cluster + ")";
  }
}
