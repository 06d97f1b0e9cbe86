package dev.ecsdsl.docker;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.docker.agent.DockerAgent;
import dev.ecsdsl.docker.agent.EfsAccessPoints;
import dev.ecsdsl.docker.engine.DockerEngine;
import dev.ecsdsl.inmemory.control.ControlPlane;
import dev.ecsdsl.inmemory.control.Timings;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.RegisteredTaskDefinition;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResult;
import dev.ecsdsl.runtime.RuntimeEvent;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * ECS on Docker: the same control plane as {@code InMemoryEcs}, on the wall clock, with an agent that runs
 * every task's containers as real Docker containers. Placement, the task lifecycle and every decision are
 * the in-memory runtime's; only the agent and the clock differ.
 *
 * <p>Calls may come from any thread: each one runs on the control plane's own thread. {@link #close()}
 * removes every container, network and volume this runtime created; so does a JVM shutdown hook if the
 * runtime is never closed, and a later runtime on the same engine removes what a crashed run left
 * (everything is labelled with its run and owning process).
 */
public final class DockerEcs implements EcsRuntime {
  private static final Duration POLL = Duration.ofMillis(50);
  private final WallClockEventLoop loop;
  private final DockerClient docker;
  private final ControlPlane controlPlane;
  private final String runId;
  private boolean closed;

  private DockerEcs(DockerClient docker, long seed, Timings timings) {
    this.docker = docker;
    this.runId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    this.loop = new WallClockEventLoop();
    DockerAgent agent = new DockerAgent(docker, runId, EfsAccessPoints.of(this::deployedEnvironment));
    this.controlPlane = loop.call(() -> new ControlPlane(loop, agent, seed, timings));
  }

  /**
   * A runtime on the local Docker engine (DOCKER_HOST or the default socket).
   *
   * @throws dev.ecsdsl.docker.engine.DockerUnavailableException when no engine answers, saying how to start one
   */
  public static DockerEcs create() {
    return create(ThreadLocalRandom.current().nextLong());
  }

  /** A runtime whose ids and placement choices derive from {@code seed}. */
  public static DockerEcs create(long seed) {
    return new DockerEcs(DockerEngine.connect(), seed, Timings.defaults());
  }

  /** A runtime with control-plane timings of its own (e.g. short ones for tests). */
  public static DockerEcs create(long seed, Timings timings) {
    return new DockerEcs(DockerEngine.connect(), seed, timings);
  }

  /** The deployed description, read by the agent (on the loop thread) to resolve EFS access points. */
  private Environment deployedEnvironment() {
    return controlPlane.environment();
  }

  /** The id that labels everything this runtime creates in Docker ({@code dev.ecsdsl.run}). */
  public String runId() {
    return runId;
  }

  /** The Docker client this runtime uses. */
  public DockerClient docker() {
    return docker;
  }

  @Override
  public void deploy(Environment environment) {
    loop.run(() -> controlPlane.deploy(environment));
  }

  @Override
  public Environment environment() {
    return loop.call(controlPlane::environment);
  }

  @Override
  public String registerTaskDefinition(TaskDefinition taskDefinition) {
    return loop.call(() -> controlPlane.registerTaskDefinition(taskDefinition));
  }

  @Override
  public RegisteredTaskDefinition describeTaskDefinition(String taskDefinition) {
    return loop.call(() -> controlPlane.describeTaskDefinition(taskDefinition));
  }

  @Override
  public List<String> listTaskDefinitions(Optional<String> family) {
    return loop.call(() -> controlPlane.listTaskDefinitions(family));
  }

  @Override
  public ClusterDescription createCluster(String clusterName, List<dev.ecsdsl.model.Tag> tags) {
    return loop.call(() -> controlPlane.createCluster(clusterName, tags));
  }

  @Override
  public RegisteredTaskDefinition deregisterTaskDefinition(String taskDefinition) {
    return loop.call(() -> controlPlane.deregisterTaskDefinition(taskDefinition));
  }

  @Override
  public ClusterDescription deleteCluster(String cluster) {
    return loop.call(() -> controlPlane.deleteCluster(cluster));
  }

  @Override
  public RunTaskResult startTask(dev.ecsdsl.runtime.StartTaskRequest request) {
    return loop.call(() -> controlPlane.startTask(request));
  }

  @Override
  public void tagResource(String resourceArn, List<dev.ecsdsl.model.Tag> tags) {
    loop.run(() -> controlPlane.tagResource(resourceArn, tags));
  }

  @Override
  public void untagResource(String resourceArn, List<String> tagKeys) {
    loop.run(() -> controlPlane.untagResource(resourceArn, tagKeys));
  }

  @Override
  public List<dev.ecsdsl.runtime.Attribute> putAttributes(String cluster, List<dev.ecsdsl.runtime.Attribute> attributes) {
    return loop.call(() -> controlPlane.putAttributes(cluster, attributes));
  }

  @Override
  public List<dev.ecsdsl.runtime.Attribute> deleteAttributes(String cluster, List<dev.ecsdsl.runtime.Attribute> attributes) {
    return loop.call(() -> controlPlane.deleteAttributes(cluster, attributes));
  }

  @Override
  public List<dev.ecsdsl.runtime.Attribute> listAttributes(String cluster) {
    return loop.call(() -> controlPlane.listAttributes(cluster));
  }

  @Override
  public List<dev.ecsdsl.model.CapacityProvider> describeCapacityProviders() {
    return loop.call(() -> controlPlane.describeCapacityProviders());
  }

  @Override
  public ClusterDescription putClusterCapacityProviders(String cluster, List<String> capacityProviders,
      List<dev.ecsdsl.model.CapacityProviderStrategyItem> defaultCapacityProviderStrategy) {
    return loop.call(() -> controlPlane.putClusterCapacityProviders(cluster, capacityProviders, defaultCapacityProviderStrategy));
  }

  @Override
  public List<dev.ecsdsl.model.Tag> listTagsForResource(String resourceArn) {
    return loop.call(() -> controlPlane.listTagsForResource(resourceArn));
  }

  @Override
  public ServiceDescription createService(Service service) {
    return loop.call(() -> controlPlane.createService(service));
  }

  @Override
  public ServiceDescription deleteService(String cluster, String service, boolean force) {
    return loop.call(() -> controlPlane.deleteService(cluster, service, force));
  }

  @Override
  public RunTaskResult runTask(RunTaskRequest request) {
    return loop.call(() -> controlPlane.runTask(request));
  }

  @Override
  public Task stopTask(String cluster, String task, String reason) {
    return loop.call(() -> controlPlane.stopTask(cluster, task, reason));
  }

  @Override
  public Task describeTask(String cluster, String task) {
    return loop.call(() -> controlPlane.describeTask(cluster, task));
  }

  @Override
  public List<Task> listTasks(String cluster, TaskFilter filter) {
    return loop.call(() -> controlPlane.listTasks(cluster, filter));
  }

  @Override
  public List<String> logs(String cluster, String task, String container) {
    return loop.call(() -> controlPlane.logs(cluster, task, container));
  }

  @Override
  public ServiceDescription describeService(String cluster, String service) {
    return loop.call(() -> controlPlane.describeService(cluster, service));
  }

  @Override
  public List<ServiceDescription> listServices(String cluster) {
    return loop.call(() -> controlPlane.listServices(cluster));
  }

  @Override
  public ServiceDescription updateService(UpdateServiceRequest request) {
    return loop.call(() -> controlPlane.updateService(request));
  }

  @Override
  public List<TargetHealth> describeTargetHealth(String targetGroup) {
    return loop.call(() -> controlPlane.describeTargetHealth(targetGroup));
  }

  @Override
  public RequestResult sendRequests(String loadBalancer, int listenerPort, String host, String path, int count) {
    return loop.call(() -> controlPlane.sendRequests(loadBalancer, listenerPort, host, path, count));
  }

  @Override
  public ClusterDescription describeCluster(String cluster) {
    return loop.call(() -> controlPlane.describeCluster(cluster));
  }

  @Override
  public List<ClusterDescription> describeClusters() {
    return loop.call(controlPlane::describeClusters);
  }

  @Override
  public ContainerInstance describeContainerInstance(String cluster, String containerInstance) {
    return loop.call(() -> controlPlane.describeContainerInstance(cluster, containerInstance));
  }

  @Override
  public List<ContainerInstance> listContainerInstances(String cluster) {
    return loop.call(() -> controlPlane.listContainerInstances(cluster));
  }

  @Override
  public ContainerInstance updateContainerInstanceState(String cluster, String containerInstance,
      ContainerInstanceStatus status) {
    return loop.call(() -> controlPlane.updateContainerInstanceState(cluster, containerInstance, status));
  }

  @Override
  public ContainerInstance deregisterContainerInstance(String cluster, String containerInstance, boolean force) {
    return loop.call(() -> controlPlane.deregisterContainerInstance(cluster, containerInstance, force));
  }

  @Override
  public Instant now() {
    return loop.now();
  }

  /** Waits {@code duration} of real time while the containers do what they do. */
  @Override
  public void advance(Duration duration) {
    sleep(duration);
  }

  @Override
  public boolean runUntil(Predicate<EcsRuntime> condition, Duration timeout) {
    Instant deadline = loop.now().plus(timeout);
    while (true) {
      if (condition.test(this)) {
        return true;
      }
      if (!loop.now().isBefore(deadline)) {
        return false;
      }
      sleep(POLL);
    }
  }

  @Override
  public Duration runUntilIdle(Duration limit) {
    Instant start = loop.now();
    Instant deadline = start.plus(limit);
    while (loop.hasForegroundWork() && loop.now().isBefore(deadline)) {
      sleep(POLL);
    }
    return Duration.between(start, loop.now());
  }

  @Override
  public List<RuntimeEvent> events() {
    return loop.call(controlPlane::events);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      loop.run(controlPlane::close);
    } finally {
      loop.close();
      try {
        docker.close();
      } catch (IOException e) {
        org.slf4j.LoggerFactory.getLogger(DockerEcs.class).warn("closing the Docker client failed", e);
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
