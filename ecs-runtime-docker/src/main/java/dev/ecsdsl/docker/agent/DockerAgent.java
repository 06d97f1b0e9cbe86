package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import dev.ecsdsl.control.agent.Agent;
import dev.ecsdsl.control.agent.AgentListener;
import dev.ecsdsl.control.agent.EcsErrors;
import dev.ecsdsl.control.agent.ExitCodes;
import dev.ecsdsl.control.agent.ServiceAnswer;
import dev.ecsdsl.control.agent.ServiceRequest;
import dev.ecsdsl.control.agent.TargetCheck;
import dev.ecsdsl.control.agent.TargetCheckFailure;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.docker.endpoints.TaskDescriptions;
import dev.ecsdsl.docker.endpoints.TaskEndpoints;
import dev.ecsdsl.docker.engine.DockerEngine;
import dev.ecsdsl.docker.engine.DockerUnavailableException;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.EfsAuthorizationConfig;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.Volume;
import dev.ecsdsl.model.VolumeFrom;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.NetworkBinding;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Agent} that runs a task's containers as real Docker containers. It executes what the control
 * plane asks and reports what the engine does; every Docker call runs on the agent's own threads (they
 * block), and every report is handed to the loop with {@link EventLoop#execute}.
 *
 * <ul>
 *   <li>{@code prepareTask}: each image must be on the engine; an absent one is pulled (short timeout),
 *       ECR URIs are local tags (see {@link ImageReferences}); a failure reports {@code
 *       CannotPullContainerError: <engine's reason>}. The task's volumes are made ready as {@link
 *       TaskVolumes} maps them (EFS file systems shared by the run's tasks, host paths, Docker volumes of
 *       task or shared scope); a volume that cannot be reports {@code ResourceInitializationError: …}.
 *       Bridge tasks use the run's network {@code ecs-dsl-<runId>}; an awsvpc task gets a pause container
 *       on it whose network namespace its containers share.
 *   <li>{@code startContainer}: creates and starts the container as {@link ContainerConfigMapper} maps it
 *       (ports published on 127.0.0.1 only) and reports the bindings the engine made; a container that
 *       cannot be created or started reports its exit with Docker's code (128 when Docker records none)
 *       and {@code CannotStartContainerError: <engine's reason>}. Starting an exited container again (a
 *       restart) starts the same Docker container again. A container with {@code volumesFrom} is created
 *       once its source containers have Docker containers (the ECS agent makes that an implicit dependency).
 *   <li>Exits and health come from the engine's events, with a poll as a safety net ({@link
 *       ContainerWatcher}); each exit is confirmed by inspecting the container and reported once, with
 *       {@code OutOfMemoryError: Container killed due to memory usage} when the kernel killed it.
 *   <li>{@code stopContainer}: {@code docker stop} with the timeout (SIGTERM, then SIGKILL), also for a
 *       container still being started (once it runs).
 *   <li>{@code logs}: a container's stdout and stderr lines, read from the engine while its container
 *       exists; {@code cleanUpTask} reads them once more before removing the container and keeps them
 *       (at most {@value LogLines#MAX_LINES} lines per container, the newest) until the agent is closed.
 *   <li>Bridge and awsvpc tasks get the task metadata and credentials endpoints ({@link TaskEndpoints}:
 *       the variables in their containers' environment, served on the run network at 169.254.170.2).
 *   <li>{@code checkTarget}: a load balancer's health check of a target, made for real ({@link TargetProbe})
 *       at the task's address ({@link #targetAddress}) on a worker; the outcome goes to the loop.
 *   <li>{@code callFunction}: a lifecycle hook's function (a test's Java handler) runs on a worker, so it may send
 *       real requests through the local load balancers; its answer goes to the loop.
 *   <li>{@code cleanUpTask} removes the task's containers, then the volumes made for it alone; nothing more
 *       is reported for it. {@code close} removes every container, network and volume of the run,
 *       including those of tasks never cleaned up.
 * </ul>
 *
 * <p>Everything created carries the labels of {@link DockerLabels}: the run and its owner process
 * ({@link RunOwner}). So nothing outlives the run: {@code close} removes it all; if the program exits
 * without closing, a JVM shutdown hook does (registered when the agent is made, deregistered by
 * {@code close}); if the JVM is killed, its watchdog, a small process beside it, removes what the run left
 * within seconds ({@link RunWatchdog}); and the next agent made on the engine removes what any dead run
 * left ({@link DockerCleanup#removeAbandoned}, in the background when the agent is made), leaving live
 * runs, other hosts' runs and everything without the labels alone.
 *
 * <p>The engine itself is watched ({@link EngineWatch}): once it stops answering, that is reported once, no
 * container is created any more, and {@link #engineLoss} says why; {@code close} then leaves what the run made
 * to the watchdog instead of waiting on the engine.
 */
public final class DockerAgent implements Agent {
  private static final Logger LOG = LoggerFactory.getLogger(DockerAgent.class);
  /** Set once the task endpoints could not listen on this engine's network (then never tried again). */
  private volatile boolean endpointsUnavailable;
  private static final Pattern RUN_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
  /** How long an absent image's pull may take before the task fails; no registry may be reachable. */
  static final Duration PULL_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration SUBSCRIBE_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(5);
  /** How long reading a container's logs may take before the call gives up. */
  private static final Duration LOGS_TIMEOUT = Duration.ofSeconds(10);
  /** How long a container with {@code volumesFrom} waits for its source containers to be created. */
  static final Duration VOLUMES_FROM_PATIENCE = Duration.ofSeconds(60);

  private final DockerClient docker;
  private final String runId;
  private final AgentThreads threads;
  private final ImagePreparation images;
  private final TaskNetworking networking;
  private final ContainerWatcher watcher;
  private final EngineWatch engineWatch;
  private final Map<String, String> runLabels;
  private final TaskVolumes volumes;
  private final EfsAccessPoints accessPoints;
  private final LogArchive logArchive = new LogArchive();
  private final ShutdownCleanup shutdownCleanup;
  private final TaskEndpoints endpoints;
  private final CompletableFuture<DockerCleanup.Removed> abandonedRunsRemoved = new CompletableFuture<>();
  private final Map<String, DockerTask> tasks = new ConcurrentHashMap<>();
  /** Tasks whose cleanup has begun: their containers exist until their logs are archived. */
  private final Map<String, DockerTask> cleaningUp = new ConcurrentHashMap<>();
  private final Map<String, ContainerRun> runsByContainerId = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile EventLoop loop;
  private volatile AgentListener listener;

  /**
   * An agent on {@code docker} whose containers, networks and volumes carry {@code runId} (lower-case
   * letters, digits and hyphens, e.g. 8 hex digits; unique per runtime). EFS access points mount their file
   * system's root: see {@link #DockerAgent(DockerClient, String, EfsAccessPoints)}.
   *
   * @param docker the engine's client
   * @param runId the run id that labels what the agent creates
   */
  public DockerAgent(DockerClient docker, String runId) {
    this(docker, runId, EfsAccessPoints.NONE);
  }

  /**
   * An agent as {@link #DockerAgent(DockerClient, String)}, with the root directories of the
   * environment's EFS access points (asked on the control plane's thread when a task is prepared).
   *
   * @param docker the engine's client
   * @param runId the run id that labels what the agent creates
   * @param accessPoints gives the root directory of each EFS access point
   */
  public DockerAgent(DockerClient docker, String runId, EfsAccessPoints accessPoints) {
    this(docker, runId, accessPoints, TaskDescriptions.NONE);
  }

  /**
   * An agent as {@link #DockerAgent(DockerClient, String, EfsAccessPoints)} whose task metadata endpoint
   * serves the control plane's view of each task ({@code descriptions}, asked from the endpoint's threads).
   *
   * @param docker the engine's client
   * @param runId the run id that labels what the agent creates
   * @param accessPoints gives the root directory of each EFS access point
   * @param descriptions gives the control plane's view of a task
   */
  public DockerAgent(DockerClient docker, String runId, EfsAccessPoints accessPoints,
      TaskDescriptions descriptions) {
    this.docker = Objects.requireNonNull(docker, "docker");
    this.accessPoints = Objects.requireNonNull(accessPoints, "accessPoints");
    if (runId == null || !RUN_ID.matcher(runId).matches()) {
      throw new IllegalArgumentException("run id must be 1 to 32 lower-case letters, digits and hyphens, was "
          + runId);
    }
    this.runId = runId;
    this.runLabels = RunOwner.current().labels(runId);
    this.threads = new AgentThreads(runId);
    this.images = new ImagePreparation(docker, PULL_TIMEOUT);
    this.networking = new TaskNetworking(docker, runId, runLabels);
    this.volumes = new TaskVolumes(docker, runId, runLabels, new EfsFileSystems(docker, runId, runLabels));
    this.watcher = new ContainerWatcher(docker, runId, new WatcherSink(), threads.timer());
    this.engineWatch = new EngineWatch(docker, DockerEngine.address(), runId, threads.engineWatch(),
        loss -> watcher.close());
    this.endpoints = new TaskEndpoints(docker, runId, descriptions);
    this.shutdownCleanup = new ShutdownCleanup(runId, this::close);
    shutdownCleanup.register();
    RunWatchdog.watch(runId);
    submit(this::removeAbandonedRuns);
  }

  /**
   * The removal of what crashed runs left on the engine ({@link DockerCleanup#removeAbandoned}), which
   * the agent starts in the background when it is made: completes with what was removed (empty when the
   * engine could not be asked).
   *
   * @return completes with what was removed
   */
  public CompletableFuture<DockerCleanup.Removed> abandonedRunsRemoved() {
    return abandonedRunsRemoved;
  }

  /** The thread of the agent's JVM shutdown hook (registered until {@link #close}). */
  Thread shutdownHook() {
    return shutdownCleanup.hook();
  }

  /**
   * The id on everything this agent creates ({@link DockerLabels#RUN}).
   *
   * @return the run id
   */
  public String runId() {
    return runId;
  }

  // ---------------------------------------------------------------- Agent

  @Override
  public void attach(EventLoop loop, AgentListener listener) {
    if (this.loop != null) {
      throw new IllegalStateException("the agent is already attached; attach is called once");
    }
    this.listener = Objects.requireNonNull(listener, "listener");
    this.loop = Objects.requireNonNull(loop, "loop");
    watcher.start();
    engineWatch.start();
  }

  /**
   * Why the engine counts as lost, or empty while it answers: after two pings in a row failed (a few
   * seconds for a dead engine, about 12 s for a frozen one) the agent starts no more containers, reports
   * the loss once, and the runtime's waits fail with this exception.
   *
   * @return the loss, or empty
   */
  public Optional<DockerUnavailableException> engineLoss() {
    return engineWatch.loss();
  }

  @Override
  public void prepareTask(TaskLaunch task) {
    requireUsable();
    DockerTask dockerTask = new DockerTask(task, accessPointRoots(task));
    if (tasks.putIfAbsent(task.taskArn(), dockerTask) != null) {
      throw new IllegalStateException("task " + task.taskId() + " is already prepared or being prepared");
    }
    if (TaskNetworking.reachesRunNetwork(task)) {
      endpoints.register(task, dockerTask::dockerContainers);
    }
    submit(() -> prepare(dockerTask));
  }

  @Override
  public void startContainer(TaskLaunch task, String containerName) {
    requireUsable();
    task.container(containerName);
    DockerTask dockerTask = tasks.get(task.taskArn());
    if (dockerTask == null || !dockerTask.prepared()) {
      throw new IllegalStateException("cannot start container " + containerName + ": task " + task.taskId()
          + (dockerTask == null ? " was not prepared" : " is not prepared yet"));
    }
    Optional<ContainerRun> previous = dockerTask.run(containerName);
    if (previous.isPresent() && previous.get().phase() != ContainerRun.Phase.EXITED) {
      throw new IllegalStateException("container " + containerName + " of task " + task.taskId() + " is already "
          + previous.get().phase());
    }
    ContainerRun run = new ContainerRun(dockerTask, containerName,
        previous.map(ContainerRun::containerId).orElse(null));
    dockerTask.put(run);
    submit(() -> start(run));
  }

  @Override
  public void stopContainer(TaskLaunch task, String containerName, Duration stopTimeout) {
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    if (stopTimeout.isNegative()) {
      throw new IllegalArgumentException("stop timeout must not be negative, was " + stopTimeout);
    }
    task.container(containerName);
    requireAttached();
    Optional.ofNullable(tasks.get(task.taskArn())).flatMap(t -> t.run(containerName)).ifPresent(run -> {
      if (run.requestStop(stopTimeout)) {
        submit(() -> stop(run, stopTimeout));
      }
    });
  }

  /**
   * The container's output lines, oldest first: read from the engine while its Docker container exists,
   * else those kept when its task was cleaned up. Blocks the caller (the control plane's thread) for the
   * engine's answer, at most 10 seconds.
   */
  @Override
  public List<String> logs(String taskArn, String containerName) {
    Optional<List<String>> kept = logArchive.lines(taskArn, containerName);
    if (kept.isPresent()) {
      return kept.get();
    }
    DockerTask task = Optional.ofNullable(tasks.get(taskArn)).orElseGet(() -> cleaningUp.get(taskArn));
    String containerId = task == null ? null : task.dockerContainers().get(containerName);
    if (containerId != null && !closed.get() && engineLoss().isEmpty()) {
      try {
        return ContainerLogs.read(docker, containerId, LOGS_TIMEOUT);
      } catch (NotFoundException | ConflictException e) {
        // Removed (or being removed: 409 "dead or marked for removal") meanwhile by the task's cleanup, which
        // archives the lines first.
        LOG.debug("container {} of task {} is gone; its archived lines answer", containerName, taskArn);
      }
    }
    return logArchive.lines(taskArn, containerName).orElse(List.of());
  }

  /**
   * Checks the target for real ({@link TargetProbe}) on a worker thread, at the task's address ({@link
   * #targetAddress}), and hands the outcome to the loop.
   */
  @Override
  public void checkTarget(TargetCheck check, Consumer<Optional<TargetCheckFailure>> outcome) {
    requireAttached();
    if (closed.get()) {
      return;
    }
    Optional<InetSocketAddress> address = targetAddress(check.taskArn(), check.port());
    submit(() -> {
      Optional<TargetCheckFailure> result = probe(address, check);
      try {
        loop.execute(() -> outcome.accept(result));
      } catch (RejectedExecutionException e) {
        LOG.debug("the loop is closed; a target check of {} is dropped", check.taskArn());
      }
    });
  }

  /**
   * Calls the function on a worker, so that the loop goes on meanwhile (the function may send requests through the
   * local load balancers, whose routing runs on the loop), and hands its result to the loop. Nothing is handed over
   * once the agent is closed, nor when the function throws an error (an {@code AssertionError} of a test's handler):
   * that is logged, and the call has no result.
   */
  @Override
  public <T> void callFunction(Supplier<T> function, Consumer<T> outcome) {
    requireAttached();
    if (closed.get()) {
      return;
    }
    submit(() -> {
      T result;
      try {
        result = function.get();
      } catch (Error e) {
        LOG.error("a function called for run {} threw; it gives no answer", runId, e);
        return;
      }
      try {
        loop.execute(() -> outcome.accept(result));
      } catch (RejectedExecutionException e) {
        LOG.debug("the loop is closed; a function's result is dropped");
      }
    });
  }

  /**
   * A Service Connect request sent for real: an HTTP GET of the path to the container's port at the task's address
   * ({@link #targetAddress}), answered with the container's status and the time it took; a refused connection is
   * {@link ServiceAnswer#CONNECTION_FAILED}. It blocks the loop's thread for at most the proxy's timeout (see
   * {@link ServiceRequests}).
   */
  @Override
  public ServiceAnswer answer(ServiceRequest request) {
    requireAttached();
    return targetAddress(request.taskArn(), request.containerPort())
        .map(address -> ServiceRequests.get(address, request.path(), request.timeout()))
        .orElse(new ServiceAnswer(ServiceAnswer.CONNECTION_FAILED, Duration.ZERO));
  }

  /** Always an outcome: the control plane schedules the target's next check when it arrives. */
  private static Optional<TargetCheckFailure> probe(Optional<InetSocketAddress> address, TargetCheck check) {
    try {
      return address.map(a -> TargetProbe.probe(a, check))
          .orElseGet(() -> Optional.of(new TargetCheckFailure("Target.FailedHealthChecks",
              "Health checks failed: the task has no address on this host")));
    } catch (RuntimeException e) {
      return Optional.of(new TargetCheckFailure("Target.FailedHealthChecks", "Health checks failed: " + e));
    }
  }

  /**
   * Where this host reaches port {@code port} of the task: the task's own address on the run network for
   * awsvpc tasks (its pause container's), 127.0.0.1 for bridge tasks (where their host ports are
   * published) and host tasks; empty for tasks in {@code none} mode or not (or no longer) prepared.
   *
   * @param taskArn the task's ARN
   * @param port the container port
   * @return the address, or empty
   */
  public Optional<InetSocketAddress> targetAddress(String taskArn, int port) {
    DockerTask task = tasks.get(taskArn);
    if (task == null || !task.prepared()) {
      return Optional.empty();
    }
    return switch (task.launch().networkMode()) {
      case AWSVPC -> task.networkAddress().map(ip -> new InetSocketAddress(ip, port));
      case BRIDGE, HOST -> Optional.of(new InetSocketAddress("127.0.0.1", port));
      case NONE -> Optional.empty();
    };
  }

  @Override
  public void cleanUpTask(TaskLaunch task) {
    DockerTask dockerTask = tasks.get(task.taskArn());
    if (dockerTask == null) {
      return;
    }
    cleaningUp.put(task.taskArn(), dockerTask);
    tasks.remove(task.taskArn());
    endpoints.unregister(task.taskArn());
    List<String> containerIds = dockerTask.discard();
    containerIds.forEach(runsByContainerId::remove);
    if (engineLoss().isPresent()) {
      cleaningUp.remove(task.taskArn());
      return; // nothing can be removed from a lost engine; the watchdog or the next run does it
    }
    submit(() -> {
      try {
        archiveLogs(dockerTask);
        containerIds.forEach(id -> DockerCleanup.removeContainer(docker, id));
        dockerTask.volumeNames().forEach(volumes::removeTaskVolume);
      } finally {
        cleaningUp.remove(task.taskArn());
      }
    });
  }

  /**
   * Stops watching, ends the agent's threads and removes every container, network and volume labelled
   * with the run, blocking until that is done; forgets the kept logs and deregisters the shutdown hook.
   * Safe to call twice.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    shutdownCleanup.deregister();
    watcher.close();
    endpoints.close();
    networking.close();
    boolean ended = threads.shutdown(Duration.ZERO);
    Optional<String> unanswered = engineLoss().map(e -> "it was lost before").or(this::pingFails);
    if (unanswered.isPresent()) {
      // Never wait on an engine that does not answer: what the run made stays for the watchdog.
      LOG.warn("the Docker engine at {} does not answer ({}); what run {} created is left on it and is removed by"
          + " the run's watchdog once this JVM ends, or by the next run", DockerEngine.address(), unanswered.get(),
          runId);
      clearState();
      return;
    }
    try {
      // Removing the containers first ends the stops and starts still in flight.
      DockerCleanup.removeContainers(docker, runId);
      if (!ended) {
        ended = threads.shutdown(CLOSE_PATIENCE);
      }
      DockerCleanup.removeRun(docker, runId);
      if (!ended && threads.shutdown(CLOSE_PATIENCE)) {
        // A worker still inside an engine call when the sweep above ran (a slow engine takes seconds to create a
        // network) can finish creating after it: sweep again once the workers have ended, or that stays behind.
        DockerCleanup.removeRun(docker, runId);
        ended = true;
      }
      if (ended) {
        RunWatchdog.release(runId);
      } else {
        // Not released: the watchdog removes what the busy threads still make once this JVM ends.
        LOG.warn("threads of run {} still busy after close", runId);
      }
    } catch (RuntimeException e) {
      LOG.warn("removing what run {} created failed; the first agent made after this JVM ends removes it: {}",
          runId, EngineMessages.of(e));
    } finally {
      clearState();
    }
  }

  /** Why a ping fails now, or empty when the engine answers (at most the ping's 5 s). */
  private Optional<String> pingFails() {
    try {
      docker.pingCmd().exec();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(EngineMessages.of(e));
    }
  }

  private void clearState() {
    tasks.clear();
    cleaningUp.clear();
    runsByContainerId.clear();
    logArchive.clear();
  }

  // ---------------------------------------------------------------- what the workers do

  private void prepare(DockerTask task) {
    TaskLaunch launch = task.launch();
    Optional<DockerUnavailableException> loss = engineLoss();
    if (loss.isPresent()) {
      report(task, l -> l.taskPreparationFailed(launch.taskArn(), "ResourceInitializationError: " + engineLostReason()));
      return;
    }
    try {
      if (!watcher.awaitSubscribed(SUBSCRIBE_TIMEOUT)) {
        LOG.warn("no event stream after {}; relying on the poll", SUBSCRIBE_TIMEOUT);
      }
      Optional<String> failure = images.prepare(launch.taskDefinition());
      if (failure.isPresent()) {
        report(task, l -> l.taskPreparationFailed(launch.taskArn(), failure.get()));
        return;
      }
      task.volumeSources(volumes.prepare(task, task.accessPointRoots()));
      if (TaskNetworking.reachesRunNetwork(launch) && !endpointsUnavailable) {
        try {
          endpoints.serveOn(networking.runNetworkInfo());
        } catch (IllegalStateException e) {
          // A remote engine (Docker Desktop, DOCKER_HOST elsewhere, rootless): its bridge gateway is not an
          // address of this host. Tasks then run without the metadata and credentials endpoints.
          endpointsUnavailable = true;
          LOG.warn("tasks get no metadata or credentials endpoints: {}", e.getMessage());
        }
      }
      if (launch.networkMode() == NetworkMode.AWSVPC) {
        String pause = networking.createPause(launch);
        if (closed.get() || !task.register(pause)) {
          DockerCleanup.removeContainer(docker, pause);
          return;
        }
        task.pauseContainer(pause);
        docker.startContainerCmd(pause).exec();
        task.networkAddress(networking.address(pause));
      } else if (launch.networkMode() == NetworkMode.BRIDGE) {
        networking.runNetwork();
      }
      task.markPrepared();
      report(task, l -> l.taskPrepared(launch.taskArn()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      if (!closed.get()) {
        String reason = "ResourceInitializationError: " + EngineMessages.of(e);
        LOG.debug("preparing task {} failed: {}", launch.taskId(), reason, e);
        report(task, l -> l.taskPreparationFailed(launch.taskArn(), reason));
      }
    }
  }

  private void start(ContainerRun run) {
    DockerTask task = run.task();
    TaskLaunch launch = task.launch();
    String id = run.containerId();
    if (engineLoss().isPresent()) {
      Optional<String> reason = Optional.of(EcsErrors.cannotStartContainer(engineLostReason()));
      run.exited(() -> report(task, l -> l.containerExited(launch.taskArn(), run.name(), ExitCodes.START_FAILURE,
          reason)));
      return;
    }
    try {
      if (id == null) {
        if (closed.get() || task.discarded()) {
          return;
        }
        id = create(task, run.name());
        run.created(id);
        if (closed.get() || !task.register(id)) {
          DockerCleanup.removeContainer(docker, id);
          return;
        }
      }
      if (task.discarded()) {
        return;
      }
      runsByContainerId.put(id, run);
      docker.startContainerCmd(id).exec();
      InspectContainerResponse inspect = docker.inspectContainerCmd(id).exec();
      List<NetworkBinding> bindings = bindings(launch, run.name(), inspect);
      boolean running = Boolean.TRUE.equals(inspect.getState().getRunning());
      Optional<Duration> stop = run.running(
          () -> report(task, l -> l.containerStarted(launch.taskArn(), run.name(), bindings)),
          health -> reportHealth(run, health));
      if (!running || run.exitSeenWhileStarting()) {
        exitObserved(run);
      }
      stop.ifPresent(timeout -> stop(run, timeout));
    } catch (RuntimeException e) {
      if (!closed.get() && !task.discarded()) {
        startFailed(run, id, e);
      }
    }
  }

  private String create(DockerTask task, String containerName) {
    TaskLaunch launch = task.launch();
    ContainerDefinition container = launch.container(containerName);
    awaitVolumesFrom(task, container);
    CreateContainerCmd cmd = docker.createContainerCmd(ImageReferences.local(container.image()));
    ContainerConfigMapper.configure(cmd, launch, containerName, runId,
        networking.dockerNetworkMode(launch, task.pauseContainerId().orElse(null)), runLabels, task.volumeSources());
    Map<String, String> endpointVariables = endpoints.environment(launch.taskArn(), containerName);
    if (!endpointVariables.isEmpty()) {
      List<String> env = new ArrayList<>(cmd.getEnv() == null ? List.of() : List.of(cmd.getEnv()));
      endpointVariables.forEach((name, value) -> env.add(name + "=" + value));
      cmd.withEnv(env);
    }
    return cmd.exec().getId();
  }

  /** Docker can only create a container with {@code VolumesFrom} once the source containers exist. */
  private static void awaitVolumesFrom(DockerTask task, ContainerDefinition container) {
    for (VolumeFrom from : container.volumesFrom()) {
      String source = from.sourceContainer().orElse(null);
      if (source == null) {
        continue;
      }
      try {
        if (!task.awaitDockerContainer(source, VOLUMES_FROM_PATIENCE) && !task.discarded()) {
          throw new IllegalStateException("container " + container.name() + " mounts the volumes of container "
              + source + ", which was not started within " + VOLUMES_FROM_PATIENCE.toSeconds() + "s");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for container " + source, e);
      }
    }
  }

  /**
   * The root directories of the access points the task's EFS volumes name (asked on the loop's thread); an
   * access point that cannot be resolved mounts as if it named none.
   */
  private Map<String, String> accessPointRoots(TaskLaunch task) {
    Map<String, String> roots = new HashMap<>();
    for (Volume volume : task.taskDefinition().volumes()) {
      volume.efsVolumeConfiguration().ifPresent(efs -> efs.authorizationConfig()
          .flatMap(EfsAuthorizationConfig::accessPointId)
          .ifPresent(ap -> {
            try {
              accessPoints.rootDirectory(efs.fileSystemId(), ap).ifPresent(root -> roots.put(ap, root));
            } catch (RuntimeException e) {
              LOG.warn("the root directory of EFS access point {} is unknown ({}); the volume mounts {}", ap,
                  e.toString(), efs.rootDirectory().orElse("/"));
            }
          }));
    }
    return roots;
  }

  /** Reads and keeps the output of the task's containers, before they are removed. */
  private void archiveLogs(DockerTask task) {
    String taskArn = task.launch().taskArn();
    task.dockerContainers().forEach((name, id) -> {
      try {
        logArchive.keep(taskArn, name, ContainerLogs.read(docker, id, LOGS_TIMEOUT));
      } catch (RuntimeException e) {
        if (!closed.get()) {
          LOG.warn("reading the output of container {} of task {} failed; it is lost: {}", name,
              task.launch().taskId(), EngineMessages.of(e));
        }
      }
    });
  }

  private void removeAbandonedRuns() {
    try {
      DockerCleanup.Removed removed = DockerCleanup.removeAbandoned(docker);
      int rules = TaskEndpoints.removeOrphanedRedirects();
      if (rules > 0) {
        LOG.info("removed {} link-local NAT rules that crashed runs left", rules);
      }
      abandonedRunsRemoved.complete(removed);
    } catch (RuntimeException e) {
      if (!closed.get()) {
        LOG.warn("looking for what crashed runs left failed: {}", EngineMessages.of(e));
      }
      abandonedRunsRemoved.complete(new DockerCleanup.Removed(List.of(), List.of(), List.of()));
    }
  }

  /** The bindings to report: the engine's for bridge ports, the planned ones in host mode, none otherwise. */
  private static List<NetworkBinding> bindings(TaskLaunch launch, String containerName,
      InspectContainerResponse inspect) {
    return switch (launch.networkMode()) {
      case BRIDGE -> PortPublishing.networkBindings(launch.container(containerName),
          inspect.getNetworkSettings() == null ? null : inspect.getNetworkSettings().getPorts());
      case HOST -> launch.hostPortBindings().getOrDefault(containerName, List.of());
      case AWSVPC, NONE -> List.of();
    };
  }

  private void startFailed(ContainerRun run, String id, RuntimeException failure) {
    int exitCode = ExitCodes.START_FAILURE;
    if (id != null) {
      try {
        Long recorded = docker.inspectContainerCmd(id).exec().getState().getExitCodeLong();
        if (recorded != null && recorded > 0) {
          exitCode = recorded.intValue();
        }
      } catch (RuntimeException e) {
        LOG.debug("container {} cannot be inspected after its failed start", id, e);
      }
    }
    String reason = EcsErrors.cannotStartContainer(EngineMessages.of(failure));
    LOG.debug("container {} of task {} did not start: {}", run.name(), run.task().launch().taskId(), reason);
    int code = exitCode;
    TaskLaunch launch = run.task().launch();
    run.exited(() -> report(run.task(),
        l -> l.containerExited(launch.taskArn(), run.name(), code, Optional.of(reason))));
  }

  private void stop(ContainerRun run, Duration timeout) {
    String id = run.containerId();
    if (engineLoss().isPresent()) {
      return; // the engine cannot stop it; the loss has been reported
    }
    try {
      docker.stopContainerCmd(id).withTimeout(seconds(timeout)).exec();
    } catch (NotModifiedException e) {
      LOG.debug("container {} had stopped already", id);
    } catch (NotFoundException e) {
      LOG.debug("container {} is gone", id);
    } catch (RuntimeException e) {
      if (!closed.get() && !run.task().discarded()) {
        LOG.warn("stopping container {} of task {} failed: {}", run.name(), run.task().launch().taskId(),
            EngineMessages.of(e));
      }
    }
    // The watcher would see the exit too; there is no need to wait for it.
    exitObserved(run);
  }

  /** {@code docker stop -t} takes whole seconds; a part of a second counts as one. */
  static int seconds(Duration timeout) {
    long millis = timeout.toMillis();
    return (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
  }

  /** The container may have died: confirms it by inspecting it and reports the exit once. */
  private void exitObserved(ContainerRun run) {
    if (closed.get() || run.task().discarded() || !run.dieObserved()) {
      return;
    }
    TaskLaunch launch = run.task().launch();
    int exitCode;
    Optional<String> reason;
    try {
      InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(run.containerId()).exec().getState();
      if (Boolean.TRUE.equals(state.getRunning())) {
        return;
      }
      Long code = state.getExitCodeLong();
      exitCode = code == null ? ExitCodes.SIGKILL : code.intValue();
      reason = Boolean.TRUE.equals(state.getOOMKilled()) ? Optional.of(EcsErrors.OUT_OF_MEMORY) : Optional.empty();
    } catch (NotFoundException e) {
      if (run.task().discarded()) {
        return;
      }
      exitCode = ExitCodes.SIGKILL;
      reason = Optional.of("CannotInspectContainerError: " + EngineMessages.of(e));
    } catch (RuntimeException e) {
      if (!closed.get()) {
        LOG.warn("inspecting container {} of task {} failed; the poll tries again: {}", run.name(),
            launch.taskId(), EngineMessages.of(e));
      }
      return;
    }
    int code = exitCode;
    Optional<String> why = reason;
    run.exited(() -> report(run.task(), l -> l.containerExited(launch.taskArn(), run.name(), code, why)));
  }

  /** Reads the container's health from the engine and reports it if it changed (after a stream break). */
  private void refreshHealth(ContainerRun run) {
    try {
      InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(run.containerId()).exec().getState();
      if (state.getHealth() != null) {
        HealthChecks.fromDocker(state.getHealth().getStatus()).ifPresent(h -> run.health(h, s -> reportHealth(run, s)));
      }
      if (!Boolean.TRUE.equals(state.getRunning())) {
        exitObserved(run);
      }
    } catch (RuntimeException e) {
      LOG.debug("refreshing container {} failed", run.name(), e);
    }
  }

  private void reportHealth(ContainerRun run, HealthStatus health) {
    TaskLaunch launch = run.task().launch();
    report(run.task(), l -> l.containerHealthChanged(launch.taskArn(), run.name(), health));
  }

  // ---------------------------------------------------------------- plumbing

  /** A task's reason when the engine is lost (the full story is in the one error the engine watch logged). */
  private static String engineLostReason() {
    return "the Docker engine at " + DockerEngine.address() + " stopped answering";
  }

  /** Hands a report to the loop; dropped there if the task has been cleaned up by then. */
  private void report(DockerTask task, Consumer<AgentListener> report) {
    try {
      loop.execute(() -> {
        if (!task.discarded() && !closed.get()) {
          report.accept(listener);
        }
      });
    } catch (RejectedExecutionException e) {
      LOG.debug("the loop is closed; a report of task {} is dropped", task.launch().taskId());
    }
  }

  private void submit(Runnable work) {
    inFlight.incrementAndGet();
    try {
      threads.workers().execute(() -> {
        try {
          work.run();
        } catch (RuntimeException e) {
          if (closed.get()) {
            LOG.debug("Docker call of run {} ended by close: {}", runId, e.toString());
          } else {
            LOG.error("Docker agent of run {} failed", runId, e);
          }
        } finally {
          inFlight.decrementAndGet();
        }
      });
    } catch (RejectedExecutionException e) {
      inFlight.decrementAndGet();
      if (!closed.get()) {
        throw e;
      }
    }
  }

  /**
   * Whether work the agent was asked for is still queued or running on its threads (Docker calls, target
   * checks). Its reports reach the loop before it counts as done, so a loop without foreground work and an
   * agent that is not busy have nothing more to do until something outside changes (a container exits).
   *
   * @return true while such work is queued or running
   */
  public boolean busy() {
    return inFlight.get() > 0;
  }

  private void requireUsable() {
    if (closed.get()) {
      throw new IllegalStateException("the agent is closed");
    }
    requireAttached();
  }

  private void requireAttached() {
    if (loop == null) {
      throw new IllegalStateException("attach the agent to an event loop first");
    }
  }

  /** Takes the watcher's news to the runs it concerns; Docker calls go to the workers. */
  private final class WatcherSink implements ContainerWatcher.Sink {
    @Override
    public void died(String containerId) {
      ContainerRun run = runsByContainerId.get(containerId);
      if (run != null && run.phase() != ContainerRun.Phase.EXITED) {
        submit(() -> exitObserved(run));
      }
    }

    @Override
    public void healthChanged(String containerId, String status) {
      ContainerRun run = runsByContainerId.get(containerId);
      if (run != null) {
        HealthChecks.fromDocker(status).ifPresent(h -> run.health(h, s -> reportHealth(run, s)));
      }
    }

    @Override
    public void streamBroke() {
      engineWatch.suspect();
    }

    @Override
    public void resubscribed() {
      for (ContainerRun run : runsByContainerId.values()) {
        if (run.phase() == ContainerRun.Phase.RUNNING) {
          submit(() -> refreshHealth(run));
        }
      }
    }
  }
}
