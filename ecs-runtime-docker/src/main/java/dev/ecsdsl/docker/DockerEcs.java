package dev.ecsdsl.docker;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.docker.agent.DockerAgent;
import dev.ecsdsl.docker.agent.EfsAccessPoints;
import dev.ecsdsl.docker.elb.LocalLoadBalancers;
import dev.ecsdsl.docker.engine.DockerEngine;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.ClusterDescription;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsException;
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
import java.net.InetSocketAddress;
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
  private final DockerAgent agent;
  private final String runId;
  private LocalLoadBalancers loadBalancers;
  private boolean closed;

  private DockerEcs(DockerClient docker, long seed, Timings timings) {
    this.docker = docker;
    this.runId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    this.loop = new WallClockEventLoop();
    this.agent = new DockerAgent(docker, runId, EfsAccessPoints.of(this::deployedEnvironment),
        this::describeForEndpoint);
    this.controlPlane = loop.call(() -> new ControlPlane(loop, agent, seed, timings));
  }

  /**
   * A runtime on the local Docker engine (DOCKER_HOST or the default socket).
   *
   * @return a new runtime; close it to remove what it created
   * @throws dev.ecsdsl.docker.engine.DockerUnavailableException when no engine answers, saying how to start one
   */
  public static DockerEcs create() {
    return create(ThreadLocalRandom.current().nextLong());
  }

  /**
   * A runtime whose ids and placement choices derive from {@code seed}.
   *
   * @param seed the seed ids and placement choices derive from
   * @return a new runtime; close it to remove what it created
   */
  public static DockerEcs create(long seed) {
    return new DockerEcs(DockerEngine.connect(), seed, Timings.defaults());
  }

  /**
   * A runtime with control-plane timings of its own (e.g. short ones for tests).
   *
   * @param seed the seed ids and placement choices derive from
   * @param timings how long the control plane's steps take
   * @return a new runtime; close it to remove what it created
   */
  public static DockerEcs create(long seed, Timings timings) {
    return new DockerEcs(DockerEngine.connect(), seed, timings);
  }

  /** The deployed description, read by the agent (on the loop thread) to resolve EFS access points. */
  private Environment deployedEnvironment() {
    return controlPlane.environment();
  }

  /** The control plane's view of a task for its metadata endpoint (asked from the endpoint's threads). */
  private Optional<Task> describeForEndpoint(String cluster, String taskArn) {
    try {
      return Optional.of(describeTask(cluster, taskArn));
    } catch (EcsException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /**
   * The id that labels everything this runtime creates in Docker ({@code dev.ecsdsl.run}).
   *
   * @return the run id
   */
  public String runId() {
    return runId;
  }

  /**
   * The Docker client this runtime uses.
   *
   * @return the client
   */
  public DockerClient docker() {
    return docker;
  }

  /**
   * Deploys {@code environment} and serves its load balancers' listeners on 127.0.0.1 (see {@link
   * #endpoint}).
   */
  @Override
  public synchronized void deploy(Environment environment) {
    loop.run(() -> controlPlane.deploy(environment));
    if (loadBalancers != null) {
      loadBalancers.close();
    }
    loadBalancers = LocalLoadBalancers.start(environment, this::route, runId);
  }

  /**
   * Where listener {@code port} of load balancer {@code loadBalancer} (name or ARN) of the deployed
   * description is served on this machine: an HTTP reverse proxy for an application load balancer, a TCP
   * proxy for a network load balancer, both on 127.0.0.1. Requests follow the listener's rules and go
   * round-robin over the target group's healthy targets, as {@link #sendRequests} counts them; targets are
   * health-checked for real, by the target group's settings.
   *
   * @param loadBalancer the load balancer's name or ARN
   * @param port the listener's port
   * @return the proxy's address on 127.0.0.1
   * @throws EcsException {@code LoadBalancerNotFoundException} or {@code ListenerNotFoundException}
   * @throws IllegalStateException before a description is deployed
   */
  public synchronized InetSocketAddress endpoint(String loadBalancer, int port) {
    if (loadBalancers == null) {
      throw new IllegalStateException("deploy a description first: it has the load balancers");
    }
    return loadBalancers.endpoint(loadBalancer, port);
  }

  /** The control plane's pick for one request (counted as {@code sendRequests} counts it), as an address. */
  private Optional<InetSocketAddress> route(String loadBalancer, int port, String host, String path) {
    Optional<TargetHealth> target = loop.call(() -> {
      RequestResult result = controlPlane.loadBalancers().sendRequests(loadBalancer, port, host, path, 1);
      if (result.served() == 0) {
        return Optional.<TargetHealth>empty();
      }
      String picked = result.perTarget().keySet().iterator().next();
      return controlPlane.loadBalancers().describeTargetHealth(result.targetGroup()).stream()
          .filter(t -> !t.state().equals("draining") && (t.targetId() + ":" + t.port()).equals(picked))
          .findFirst();
    });
    return target.flatMap(t -> agent.targetAddress(t.taskArn(), t.port()));
  }

  @Override
  public Environment environment() {
    return loop.call(controlPlane::environment);
  }

  @Override
  public String registerTaskDefinition(TaskDefinition taskDefinition) {
    return loop.call(() -> controlPlane.taskDefinitions().registerTaskDefinition(taskDefinition));
  }

  @Override
  public RegisteredTaskDefinition describeTaskDefinition(String taskDefinition) {
    return loop.call(() -> controlPlane.taskDefinitions().describeTaskDefinition(taskDefinition));
  }

  @Override
  public List<String> listTaskDefinitions(Optional<String> family) {
    return loop.call(() -> controlPlane.taskDefinitions().listTaskDefinitions(family));
  }

  @Override
  public ClusterDescription createCluster(String clusterName, List<dev.ecsdsl.model.Tag> tags) {
    return loop.call(() -> controlPlane.clusters().createCluster(clusterName, tags));
  }

  @Override
  public RegisteredTaskDefinition deregisterTaskDefinition(String taskDefinition) {
    return loop.call(() -> controlPlane.taskDefinitions().deregisterTaskDefinition(taskDefinition));
  }

  @Override
  public ClusterDescription deleteCluster(String cluster) {
    return loop.call(() -> controlPlane.clusters().deleteCluster(cluster));
  }

  @Override
  public RunTaskResult startTask(dev.ecsdsl.runtime.StartTaskRequest request) {
    return loop.call(() -> controlPlane.tasks().startTask(request));
  }

  @Override
  public void tagResource(String resourceArn, List<dev.ecsdsl.model.Tag> tags) {
    loop.run(() -> controlPlane.tags().tagResource(resourceArn, tags));
  }

  @Override
  public void untagResource(String resourceArn, List<String> tagKeys) {
    loop.run(() -> controlPlane.tags().untagResource(resourceArn, tagKeys));
  }

  @Override
  public List<dev.ecsdsl.runtime.Attribute> putAttributes(String cluster, List<dev.ecsdsl.runtime.Attribute> attributes) {
    return loop.call(() -> controlPlane.clusters().putAttributes(cluster, attributes));
  }

  @Override
  public List<dev.ecsdsl.runtime.Attribute> deleteAttributes(String cluster, List<dev.ecsdsl.runtime.Attribute> attributes) {
    return loop.call(() -> controlPlane.clusters().deleteAttributes(cluster, attributes));
  }

  @Override
  public List<dev.ecsdsl.runtime.Attribute> listAttributes(String cluster) {
    return loop.call(() -> controlPlane.clusters().listAttributes(cluster));
  }

  @Override
  public List<dev.ecsdsl.model.CapacityProvider> describeCapacityProviders() {
    return loop.call(() -> controlPlane.clusters().describeCapacityProviders());
  }

  @Override
  public ClusterDescription putClusterCapacityProviders(String cluster, List<String> capacityProviders,
      List<dev.ecsdsl.model.CapacityProviderStrategyItem> defaultCapacityProviderStrategy) {
    return loop.call(() -> controlPlane.clusters().putClusterCapacityProviders(cluster, capacityProviders, defaultCapacityProviderStrategy));
  }

  @Override
  public List<dev.ecsdsl.model.Tag> listTagsForResource(String resourceArn) {
    return loop.call(() -> controlPlane.tags().listTagsForResource(resourceArn));
  }

  @Override
  public ServiceDescription createService(Service service) {
    return loop.call(() -> controlPlane.services().createService(service));
  }

  @Override
  public ServiceDescription deleteService(String cluster, String service, boolean force) {
    return loop.call(() -> controlPlane.services().deleteService(cluster, service, force));
  }

  /** {@code docker kill} of the task's container (found by the run's labels), then waits for its exit. */
  @Override
  public void killContainer(String cluster, String task, String container) {
    Task described = describeTask(cluster, task);
    described.container(container);
    List<com.github.dockerjava.api.model.Container> running = docker.listContainersCmd().withLabelFilter(
        java.util.Map.of(dev.ecsdsl.docker.agent.DockerLabels.RUN, runId,
            dev.ecsdsl.docker.agent.DockerLabels.ECS_TASK_ARN, described.taskArn(),
            dev.ecsdsl.docker.agent.DockerLabels.ECS_CONTAINER_NAME, container)).exec();
    if (running.isEmpty()) {
      throw new IllegalStateException("container " + container + " of task " + described.taskArn() + " is not running");
    }
    docker.killContainerCmd(running.get(0).getId()).exec();
    runUntil(r -> r.describeTask(cluster, described.taskArn()).containers().stream()
        .anyMatch(c -> c.name().equals(container) && c.exitCode().isPresent()), Duration.ofSeconds(30));
  }

  @Override
  public RunTaskResult runTask(RunTaskRequest request) {
    return loop.call(() -> controlPlane.tasks().runTask(request));
  }

  @Override
  public Task stopTask(String cluster, String task, String reason) {
    return loop.call(() -> controlPlane.tasks().stopTask(cluster, task, reason));
  }

  @Override
  public Task describeTask(String cluster, String task) {
    return loop.call(() -> controlPlane.tasks().describeTask(cluster, task));
  }

  @Override
  public List<Task> listTasks(String cluster, TaskFilter filter) {
    return loop.call(() -> controlPlane.tasks().listTasks(cluster, filter));
  }

  @Override
  public List<String> logs(String cluster, String task, String container) {
    return loop.call(() -> controlPlane.tasks().logs(cluster, task, container));
  }

  @Override
  public ServiceDescription describeService(String cluster, String service) {
    return loop.call(() -> controlPlane.services().describeService(cluster, service));
  }

  @Override
  public List<ServiceDescription> listServices(String cluster) {
    return loop.call(() -> controlPlane.services().listServices(cluster));
  }

  @Override
  public ServiceDescription updateService(UpdateServiceRequest request) {
    return loop.call(() -> controlPlane.services().updateService(request));
  }

  @Override
  public List<TargetHealth> describeTargetHealth(String targetGroup) {
    return loop.call(() -> controlPlane.loadBalancers().describeTargetHealth(targetGroup));
  }

  @Override
  public RequestResult sendRequests(String loadBalancer, int listenerPort, String host, String path, int count) {
    return loop.call(() -> controlPlane.loadBalancers().sendRequests(loadBalancer, listenerPort, host, path, count));
  }

  @Override
  public ClusterDescription describeCluster(String cluster) {
    return loop.call(() -> controlPlane.clusters().describeCluster(cluster));
  }

  @Override
  public List<ClusterDescription> describeClusters() {
    return loop.call(() -> controlPlane.clusters().describeClusters());
  }

  @Override
  public ContainerInstance describeContainerInstance(String cluster, String containerInstance) {
    return loop.call(() -> controlPlane.containerInstances().describeContainerInstance(cluster, containerInstance));
  }

  @Override
  public List<ContainerInstance> listContainerInstances(String cluster) {
    return loop.call(() -> controlPlane.containerInstances().listContainerInstances(cluster));
  }

  @Override
  public ContainerInstance updateContainerInstanceState(String cluster, String containerInstance,
      ContainerInstanceStatus status) {
    return loop.call(() -> controlPlane.containerInstances().updateContainerInstanceState(cluster, containerInstance, status));
  }

  @Override
  public ContainerInstance deregisterContainerInstance(String cluster, String containerInstance, boolean force) {
    return loop.call(() -> controlPlane.containerInstances().deregisterContainerInstance(cluster, containerInstance, force));
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

  /**
   * {@inheritDoc}
   *
   * @param condition {@inheritDoc}
   * @param timeout {@inheritDoc}
   * @return {@inheritDoc}
   * @throws dev.ecsdsl.docker.engine.DockerUnavailableException once the engine stopped answering (the message
   *     names the engine and what to do), rather than waiting out {@code timeout} for what cannot happen
   */
  @Override
  public boolean runUntil(Predicate<EcsRuntime> condition, Duration timeout) {
    Instant deadline = loop.now().plus(timeout);
    while (true) {
      requireEngine();
      if (condition.test(this)) {
        return true;
      }
      if (!loop.now().isBefore(deadline)) {
        return false;
      }
      sleep(POLL);
    }
  }

  /**
   * Waits until the control plane has no foreground work scheduled and the agent no Docker call or check in
   * flight (or {@code limit} has passed); returns how long it waited. Containers that keep running do not
   * count: what they do next (exit, turn unhealthy) comes from outside.
   */
  @Override
  public Duration runUntilIdle(Duration limit) {
    Instant start = loop.now();
    Instant deadline = start.plus(limit);
    while ((loop.hasForegroundWork() || agent.busy()) && loop.now().isBefore(deadline)) {
      requireEngine();
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
      if (loadBalancers != null) {
        loadBalancers.close();
      }
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

  /** Fails with the engine watch's report once the engine is lost. */
  private void requireEngine() {
    agent.engineLoss().ifPresent(loss -> {
      throw new dev.ecsdsl.docker.engine.DockerUnavailableException(loss.getMessage(), loss);
    });
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
