package dev.ecsdsl.docker;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.control.ServiceDeploymentOperations;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.control.api.ConditionAwait;
import dev.ecsdsl.control.api.OnLoop;
import dev.ecsdsl.control.api.RuntimeGroups;
import dev.ecsdsl.control.api.ServiceDeploymentRuntime;
import dev.ecsdsl.docker.agent.DockerAgent;
import dev.ecsdsl.docker.agent.EfsAccessPoints;
import dev.ecsdsl.docker.elb.LocalLoadBalancers;
import dev.ecsdsl.docker.engine.DockerEngine;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.AutoScalingApi;
import dev.ecsdsl.runtime.CloudWatchApi;
import dev.ecsdsl.runtime.EcsApi;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.ElbApi;
import dev.ecsdsl.runtime.Faults;
import dev.ecsdsl.runtime.LogsApi;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.RuntimeClock;
import dev.ecsdsl.runtime.RuntimeEvents;
import dev.ecsdsl.runtime.ServiceConnectApi;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.runtime.TargetHealthState;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.waiters.Await;
import dev.ecsdsl.runtime.waiters.Condition;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

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
public final class DockerEcs implements EcsRuntime, ServiceDeploymentRuntime {
  private final WallClockEventLoop loop;
  private final DockerClient docker;
  private final ControlPlane controlPlane;
  private final DockerAgent agent;
  private final String runId;
  private final WallTime clock;
  private final RuntimeGroups groups;
  private LocalLoadBalancers loadBalancers;
  private boolean closed;

  private DockerEcs(DockerClient docker, long seed, Timings timings) {
    this.docker = docker;
    this.runId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    this.loop = new WallClockEventLoop();
    this.agent = new DockerAgent(docker, runId, EfsAccessPoints.of(this::deployedEnvironment),
        this::describeForEndpoint);
    this.controlPlane = loop.call(() -> new ControlPlane(loop, agent, seed, timings));
    this.clock = new WallTime(loop, agent);
    this.groups = new RuntimeGroups(controlPlane, loop, new OnLoop() {
      @Override
      public <T> T call(Supplier<T> call) {
        return loop.call(call::get);
      }
    },
        new DockerContainerFaults(docker, runId, this));
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
      return Optional.of(loop.call(() -> controlPlane.tasks().describeTask(cluster, taskArn)));
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
   * round-robin over the target group's healthy targets, as {@code elb().sendRequests} counts them; targets are
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
          .filter(t -> t.state() != TargetHealthState.DRAINING && (t.targetId() + ":" + t.port()).equals(picked))
          .findFirst();
    });
    return target.flatMap(t -> agent.targetAddress(t.taskArn(), t.port()));
  }

  /**
   * ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions and StopServiceDeployment, and what
   * a test stands in for during BLUE_GREEN, LINEAR and CANARY deployments, as on the in-memory runtime: lifecycle
   * hook functions ({@code serviceDeployments().lifecycleHooks().register(functionArn, handler)}) and alarm states
   * ({@code serviceDeployments().alarms().set(alarmName, AlarmState.ALARM)}). On Docker a handler runs on a thread of
   * its own while the deployment waits for its answer, so it may send real requests through {@link #endpoint} (an
   * exception it throws is a FAILED answer; an {@code AssertionError} is logged and gives no answer, so the hook times
   * out: record what the handler saw and assert in the test instead); a
   * deployment's record changes on the control plane's thread, so read it in an {@code await} condition (or find
   * it again) rather than hold it.
   *
   * @return the service deployment operations
   */
  @Override
  public ServiceDeploymentOperations serviceDeployments() {
    return controlPlane.serviceDeployments();
  }

  /**
   * A listener rule's forward weights now, in percent per target group name (ELB's DescribeRules, as a traffic
   * shift leaves them); the local proxy routes each request by them.
   *
   * @param listenerRule the rule's ARN or {@code <load balancer>:<port>:<priority>}, or {@code <load balancer>:<port>}
   * @return percent per target group
   */
  public Map<String, Double> forwardWeights(String listenerRule) {
    return loop.call(() -> controlPlane.loadBalancers().forwardWeights(listenerRule));
  }

  @Override
  public Environment environment() {
    return loop.call(controlPlane::environment);
  }

  @Override
  public EcsApi ecs() {
    return groups.ecs();
  }

  @Override
  public ElbApi elb() {
    return groups.elb();
  }

  @Override
  public AutoScalingApi autoScaling() {
    return groups.autoScaling();
  }

  @Override
  public ServiceConnectApi serviceConnect() {
    return groups.serviceConnect();
  }

  @Override
  public CloudWatchApi cloudWatch() {
    return groups.cloudWatch();
  }

  @Override
  public LogsApi logs() {
    return groups.logs();
  }

  @Override
  public RuntimeClock clock() {
    return clock;
  }

  /**
   * {@inheritDoc} On Docker, a container's own process decides its exit code and answers its health checks, so
   * {@code crashContainer} and {@code failHealthChecks} are refused (saying so); {@code killContainer} is a real
   * {@code docker kill}.
   */
  @Override
  public Faults faults() {
    return groups.faults();
  }

  @Override
  public RuntimeEvents events() {
    return loop.call(() -> RuntimeEvents.of(controlPlane.events(), controlPlane.eventBridgeEvents()));
  }

  /**
   * {@inheritDoc} The condition is checked every 50 ms of the wall clock; once the engine stopped answering, the
   * wait ends with a {@link dev.ecsdsl.docker.engine.DockerUnavailableException} (naming the engine and what to
   * do) rather than waiting out its time for what cannot happen.
   */
  @Override
  public Await await(Condition condition) {
    return new ConditionAwait(this, condition, clock);
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
}
