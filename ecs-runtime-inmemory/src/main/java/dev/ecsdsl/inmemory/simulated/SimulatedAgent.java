package dev.ecsdsl.inmemory.simulated;

import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.agent.AgentListener;
import dev.ecsdsl.control.agent.ContainerUse;
import dev.ecsdsl.control.agent.RequestAnswer;
import dev.ecsdsl.control.agent.EcsErrors;
import dev.ecsdsl.control.agent.ServiceAnswer;
import dev.ecsdsl.control.agent.ServiceRequest;
import dev.ecsdsl.control.agent.TargetCheck;
import dev.ecsdsl.control.agent.TargetCheckFailure;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.TaskDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An {@link Agent} that runs no containers: each container acts out a scripted {@link ContainerBehaviour}
 * on the event loop's clock. Deterministic: no threads, no wall clock, no randomness; what it reports
 * depends only on the calls made and the behaviours set.
 *
 * <p>A container's behaviour is looked up when the container starts (its image pull time and pull
 * failure when the task is prepared), most specific first: {@link #behaviour(String, String,
 * ContainerBehaviour) family and container name}, {@link #behaviourOfContainer container name}, {@link
 * #behaviourOfImage image} (exact, then without tag or digest), else the {@link #defaultBehaviour
 * default}. Changing behaviours affects only containers started (tasks prepared) afterwards.
 *
 * <p>What it reports, always from actions it scheduled:
 *
 * <ul>
 *   <li>{@code prepareTask}: {@code taskPrepared} once the slowest image pull is done, or {@code
 *       taskPreparationFailed} with {@code CannotPullContainerError: <reason>} when the first failing pull
 *       fails (see {@link ImagePulls});
 *   <li>{@code startContainer}: after the start time {@code containerStarted} with the bindings the control
 *       plane planned for the container, or {@code containerExited} with code 128 and {@code
 *       CannotStartContainerError: <reason>}; then health changes and its own exit, or an OOM kill (137,
 *       {@code OutOfMemoryError: Container killed due to memory usage});
 *   <li>{@code stopContainer}: the exit SIGTERM leads to (code 143 by default), or SIGKILL (137) at the
 *       stop timeout. A container that is still starting is stopped once it runs; one that never started
 *       or already exited reports nothing. No container's exit is reported twice.
 * </ul>
 *
 * <p>{@code cleanUpTask} forgets a task: whatever is still scheduled for it is cancelled and never
 * reported. {@code close} does that for every task.
 *
 * <p>Preparing a task twice, starting a container of a task that is not prepared, or starting a container
 * that is still starting or running are bugs of the caller and throw {@link IllegalStateException}; a
 * container that has exited may be started again (a restart: a new run with a fresh health state).
 */
public final class SimulatedAgent implements Agent {
  private final Map<String, List<String>> output = new HashMap<>();
  private final Map<String, List<String>> written = new HashMap<>();
  private final BehaviourTable behaviours = new BehaviourTable();
  private final Map<String, SimulatedTask> tasks = new LinkedHashMap<>();
  /** Containers ({@code taskArn/name}) whose load balancer health checks fail. */
  private final Set<String> failingTargets = new HashSet<>();
  private EventLoop loop;
  private AgentListener listener;
  private boolean closed;

  /** An agent whose containers all {@link ContainerBehaviour#runsUntilStopped() run until stopped}. */
  public SimulatedAgent() {}

  // ---------------------------------------------------------------- behaviours

  /**
   * Containers named {@code containerName} in tasks of the task definition {@code family} (every revision), or of
   * one revision ({@code family:revision}, which wins over its family's), act this way.
   *
   * @param family the task definition family, or {@code family:revision}
   * @param containerName the container's name in the task definition
   * @param behaviour how those containers act
   * @return this agent
   */
  public SimulatedAgent behaviour(String family, String containerName, ContainerBehaviour behaviour) {
    behaviours.putForFamilyAndContainer(family, containerName, behaviour);
    return this;
  }

  /**
   * Containers named {@code containerName} act this way, unless given one by family and name.
   *
   * @param containerName the container's name in the task definition
   * @param behaviour how those containers act
   * @return this agent
   */
  public SimulatedAgent behaviourOfContainer(String containerName, ContainerBehaviour behaviour) {
    behaviours.putForContainer(containerName, behaviour);
    return this;
  }

  /**
   * Containers running {@code image} act this way, unless given one by name. {@code nginx:1.27} matches
   * that image only; {@code nginx} matches every tag and digest of it, after an exact match. Images are
   * compared as written ({@code nginx} is not {@code docker.io/library/nginx}).
   *
   * @param image the image, with or without a tag or digest
   * @param behaviour how those containers act
   * @return this agent
   */
  public SimulatedAgent behaviourOfImage(String image, ContainerBehaviour behaviour) {
    behaviours.putForImage(image, behaviour);
    return this;
  }

  /**
   * Containers given no behaviour otherwise act this way ({@link ContainerBehaviour#runsUntilStopped()}
   * until set).
   *
   * @param behaviour how those containers act
   * @return this agent
   */
  public SimulatedAgent defaultBehaviour(ContainerBehaviour behaviour) {
    behaviours.putDefault(behaviour);
    return this;
  }

  /**
   * The behaviour a container of this task definition would get if it started now.
   *
   * @param taskDefinition the task definition
   * @param containerName the container's name in the task definition
   * @return the behaviour
   */
  public ContainerBehaviour behaviourOf(TaskDefinition taskDefinition, String containerName) {
    ContainerDefinition container = taskDefinition.container(containerName).orElseThrow(
        () -> new IllegalArgumentException("task definition " + taskDefinition.family() + " has no container "
            + containerName));
    return behaviours.lookUp(taskDefinition.family(), container);
  }

  /** {@return {@code family:revision} of the task's definition, the last part of its ARN} */
  private static String revision(TaskLaunch task) {
    String arn = task.taskDefinitionArn();
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  // ---------------------------------------------------------------- Agent

  @Override
  public void attach(EventLoop loop, AgentListener listener) {
    if (this.loop != null) {
      throw new IllegalStateException("the agent is already attached; attach is called once");
    }
    this.loop = Objects.requireNonNull(loop, "loop");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public void prepareTask(TaskLaunch task) {
    requireUsable();
    if (tasks.containsKey(task.taskArn())) {
      throw new IllegalStateException("task " + task.taskId() + " is already prepared or being prepared");
    }
    String revision = revision(task);
    ImagePulls pulls = ImagePulls.of(task.taskDefinition().containerDefinitions().stream()
        .map(container -> behaviours.lookUp(revision, container)).toList());
    SimulatedTask simulated = new SimulatedTask(task);
    tasks.put(task.taskArn(), simulated);
    simulated.awaitPulls(loop.schedule(pulls.after(), () -> {
      if (pulls.failure().isPresent()) {
        simulated.preparationFailed();
        listener.taskPreparationFailed(task.taskArn(), EcsErrors.cannotPullContainer(pulls.failure().get()));
      } else {
        simulated.prepared();
        listener.taskPrepared(task.taskArn());
      }
    }));
  }

  @Override
  public void startContainer(TaskLaunch task, String containerName) {
    requireUsable();
    ContainerDefinition definition = task.container(containerName);
    SimulatedTask simulated = tasks.get(task.taskArn());
    if (simulated == null || simulated.preparation() != SimulatedTask.Preparation.PREPARED) {
      throw new IllegalStateException("cannot start container " + containerName + ": task " + task.taskId()
          + (simulated == null ? " was not prepared" : " is not prepared (" + simulated.preparation() + ")"));
    }
    simulated.container(containerName).filter(SimulatedContainer::isActive).ifPresent(running -> {
      throw new IllegalStateException("container " + containerName + " of task " + task.taskId()
          + " is already " + running.state());
    });
    SimulatedContainer container = new SimulatedContainer(loop, listener, task.taskArn(), definition,
        behaviours.lookUp(revision(task), definition),
        task.hostPortBindings().getOrDefault(containerName, List.of()));
    simulated.put(containerName, container);
    List<String> lines = output.get(task.taskDefinition().family() + "/" + containerName);
    if (lines != null) {
      written.merge(task.taskArn() + "/" + containerName, lines, (before, more) -> {
        List<String> all = new ArrayList<>(before);
        all.addAll(more);
        return List.copyOf(all);
      });
    }
    container.requestStart();
  }

  @Override
  public void stopContainer(TaskLaunch task, String containerName, Duration stopTimeout) {
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    if (stopTimeout.isNegative()) {
      throw new IllegalArgumentException("stop timeout must not be negative, was " + DurationText.of(stopTimeout));
    }
    task.container(containerName);
    requireAttached();
    findContainer(task.taskArn(), containerName).ifPresent(container -> container.requestStop(stopTimeout));
  }

  /**
   * The lines every container {@code containerName} of {@code family} writes when it starts (a simulated
   * container has no output of its own).
   *
   * @param family the task definition family
   * @param containerName the container's name in the task definition
   * @param lines the lines, in order
   * @return this agent
   */
  public SimulatedAgent output(String family, String containerName, List<String> lines) {
    output.put(family + "/" + containerName, List.copyOf(lines));
    return this;
  }

  @Override
  public List<String> logs(String taskArn, String containerName) {
    return written.getOrDefault(taskArn + "/" + containerName, List.of());
  }

  @Override
  public void cleanUpTask(TaskLaunch task) {
    SimulatedTask simulated = tasks.remove(task.taskArn());
    if (simulated != null) {
      simulated.discard();
    }
    failingTargets.removeIf(key -> key.startsWith(task.taskArn() + "/"));
  }

  @Override
  public void close() {
    closed = true;
    tasks.values().forEach(SimulatedTask::discard);
    tasks.clear();
    written.clear();
    failingTargets.clear();
  }

  /**
   * The container's CPU and memory use, read from its <em>current</em> script (not the one it started
   * with), so that a test raises the load of running tasks by scripting their container again.
   */
  @Override
  public Optional<ContainerUse> use(String taskArn, String containerName) {
    SimulatedTask task = tasks.get(taskArn);
    if (task == null || task.container(containerName).filter(SimulatedContainer::hasStarted).isEmpty()) {
      return Optional.empty();
    }
    ContainerBehaviour behaviour = behaviours.lookUp(revision(task.launch()),
        task.container(containerName).orElseThrow().definition());
    return Optional.of(new ContainerUse(behaviour.cpuUse(), behaviour.memoryUse()));
  }

  /**
   * How the container answers requests, read from its current script like {@link #use}: a container made to fail
   * its health checks ({@link #failHealthChecks}) answers every request with 503.
   */
  @Override
  public RequestAnswer answer(String taskArn, String containerName) {
    if (failingTargets.contains(taskArn + "/" + containerName)) {
      return new RequestAnswer(100, 503, Duration.ZERO);
    }
    SimulatedTask task = tasks.get(taskArn);
    if (task == null || task.container(containerName).filter(SimulatedContainer::hasStarted).isEmpty()) {
      return RequestAnswer.OK;
    }
    ContainerBehaviour behaviour = behaviours.lookUp(revision(task.launch()),
        task.container(containerName).orElseThrow().definition());
    return new RequestAnswer(behaviour.errorPercent(), behaviour.errorStatusCode(), behaviour.responseTime());
  }

  // ---------------------------------------------------------------- faults

  /**
   * The running container {@code containerName} of the task dies now with {@code exitCode} (137 for a
   * {@code docker kill}, 139 for a segmentation fault, ...), as if its process crashed.
   *
   * @param taskArn the task's ARN
   * @param containerName the container's name in the task definition
   * @param exitCode the exit code
   * @throws IllegalStateException when the container is not running
   */
  public void crash(String taskArn, String containerName, int exitCode) {
    requireAttached();
    running(taskArn, containerName).crash(exitCode);
  }

  /**
   * From now on the container answers like an application that hangs: its health check command fails
   * (Docker marks it UNHEALTHY after its retries) and load balancer health checks of the targets it
   * serves get HTTP 503.
   *
   * @param taskArn the task's ARN
   * @param containerName the container's name in the task definition
   * @throws IllegalStateException when the container is not running
   */
  public void failHealthChecks(String taskArn, String containerName) {
    requireAttached();
    SimulatedContainer container = running(taskArn, containerName);
    if (container.definition().healthCheck().isPresent()) {
      container.failHealthChecks();
    }
    failingTargets.add(taskArn + "/" + containerName);
  }

  /**
   * Load balancer checks pass unless the container was made to fail them ({@link #failHealthChecks}: HTTP 503)
   * or its behaviour answers them with a code the target group's matcher does not accept
   * ({@link ContainerBehaviour#withTargetResponseCode}).
   */
  @Override
  public void checkTarget(TargetCheck check, Consumer<Optional<TargetCheckFailure>> outcome) {
    Optional<Integer> code = failingTargets.contains(check.taskArn() + "/" + check.containerName())
        ? Optional.of(503)
        : findContainer(check.taskArn(), check.containerName())
            .flatMap(c -> c.behaviour().targetResponseCode()).filter(c -> !check.matches(c));
    outcome.accept(code.map(c -> new TargetCheckFailure("Target.ResponseCodeMismatch",
        "Health checks failed with these codes: [" + c + "]")));
  }

  /**
   * A Service Connect request is answered as the container's <em>current</em> script says
   * ({@link ContainerBehaviour#withRequestAnswer(int, Duration)}; 200 at once by default), with HTTP 503 once it was
   * made to fail its health checks ({@link #failHealthChecks}), and refused when the container does not run or has
   * had SIGTERM (a server that stops listening when it is told to stop: it finishes its shutdown without new
   * connections).
   */
  @Override
  public ServiceAnswer answer(ServiceRequest request) {
    SimulatedTask task = tasks.get(request.taskArn());
    Optional<SimulatedContainer> container = task == null ? Optional.empty()
        : task.container(request.containerName()).filter(c -> c.state() == SimulatedContainer.State.RUNNING);
    if (container.isEmpty()) {
      return new ServiceAnswer(ServiceAnswer.CONNECTION_FAILED, Duration.ZERO);
    }
    ServiceAnswer scripted = behaviours.lookUp(revision(task.launch()), container.get().definition()).requestAnswer();
    return failingTargets.contains(request.taskArn() + "/" + request.containerName()) && !scripted.connectionFailed()
        ? new ServiceAnswer(503, scripted.latency()) : scripted;
  }

  private SimulatedContainer running(String taskArn, String containerName) {
    return findContainer(taskArn, containerName).filter(SimulatedContainer::hasStarted)
        .orElseThrow(() -> new IllegalStateException("container " + containerName + " of task " + taskArn
            + " is not running"));
  }

  // ---------------------------------------------------------------- introspection

  /**
   * ARNs of the tasks the agent knows (prepared or being prepared, not cleaned up), oldest first.
   *
   * @return the ARNs
   */
  public Set<String> taskArns() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(tasks.keySet()));
  }

  /**
   * Containers of the task that run now, including those stopping, in the order they first started.
   *
   * @param taskArn the task's ARN
   * @return the containers' names
   */
  public List<String> runningContainers(String taskArn) {
    SimulatedTask simulated = tasks.get(taskArn);
    return simulated == null ? List.of() : simulated.runningContainers();
  }

  /**
   * Health checks run so far in the latest run of the container; 0 when it never ran.
   *
   * @param taskArn the task's ARN
   * @param containerName the container's name in the task definition
   * @return the count
   */
  public int healthChecksRun(String taskArn, String containerName) {
    return findContainer(taskArn, containerName).map(SimulatedContainer::healthChecksRun).orElse(0);
  }

  private Optional<SimulatedContainer> findContainer(String taskArn, String containerName) {
    return Optional.ofNullable(tasks.get(taskArn)).flatMap(simulated -> simulated.container(containerName));
  }

  private void requireUsable() {
    if (closed) {
      throw new IllegalStateException("the agent is closed");
    }
    requireAttached();
  }

  private void requireAttached() {
    if (loop == null) {
      throw new IllegalStateException("attach the agent to an event loop first");
    }
  }
}
