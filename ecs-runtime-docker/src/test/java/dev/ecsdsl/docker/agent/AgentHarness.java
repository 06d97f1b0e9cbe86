package dev.ecsdsl.docker.agent;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.control.agent.AgentListener;
import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.docker.WallClockEventLoop;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.NetworkBinding;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A Docker agent on a wall-clock loop, driven the way the control plane drives it (every call on the
 * loop), with its reports recorded as text: {@code <taskId> prepared}, {@code <taskId> app started
 * 127.0.0.1:32768->8080/TCP}, {@code <taskId> app HEALTHY}, {@code <taskId> app exited 3: reason}.
 */
final class AgentHarness implements AutoCloseable, AgentListener {
  final String runId = "t" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(1);
  final WallClockEventLoop loop = new WallClockEventLoop();
  final DockerAgent agent;
  private final List<String> reports = new CopyOnWriteArrayList<>();
  private final List<List<NetworkBinding>> bindings = new CopyOnWriteArrayList<>();
  private final List<String> offLoop = new CopyOnWriteArrayList<>();
  private boolean closed;

  AgentHarness(DockerClient docker) {
    this(docker, EfsAccessPoints.NONE);
  }

  AgentHarness(DockerClient docker, EfsAccessPoints accessPoints) {
    agent = new DockerAgent(docker, runId, accessPoints);
    loop.run(() -> agent.attach(loop, this));
  }

  /** The container's output lines, asked on the loop as the control plane asks. */
  List<String> logs(TaskLaunch task, String container) {
    return loop.call(() -> agent.logs(task.taskArn(), container));
  }

  void prepare(TaskLaunch task) {
    loop.run(() -> agent.prepareTask(task));
  }

  void start(TaskLaunch task, String container) {
    loop.run(() -> agent.startContainer(task, container));
  }

  void stop(TaskLaunch task, String container, Duration timeout) {
    loop.run(() -> agent.stopContainer(task, container, timeout));
  }

  void cleanUp(TaskLaunch task) {
    loop.run(() -> agent.cleanUpTask(task));
  }

  /** Prepares the task and waits until it is. */
  void prepared(TaskLaunch task) {
    prepare(task);
    await(task, "prepared");
  }

  /** The reports of a task, without its id. */
  List<String> reports(TaskLaunch task) {
    String prefix = task.taskId() + " ";
    return reports.stream().filter(r -> r.startsWith(prefix)).map(r -> r.substring(prefix.length())).toList();
  }

  /** Waits up to a minute for a report of the task that starts with {@code start}; returns it. */
  String await(TaskLaunch task, String start) {
    return await(task, r -> r.startsWith(start), "a report starting with '" + start + "'");
  }

  String await(TaskLaunch task, Predicate<String> report, String what) {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<String> found = reports(task).stream().filter(report).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      pause(Duration.ofMillis(50));
    }
    throw new AssertionError("no " + what + " within a minute; reports of task " + task.taskId() + ": "
        + reports(task));
  }

  /** The bindings of the last {@code containerStarted}. */
  List<NetworkBinding> lastBindings() {
    return bindings.get(bindings.size() - 1);
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Closes the agent (as the control plane does, on the loop), then the loop; safe to call twice. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      loop.run(agent::close);
    } finally {
      loop.close();
    }
  }

  // ---- AgentListener ----

  @Override
  public void taskPrepared(String taskArn) {
    record(taskArn, "prepared");
  }

  @Override
  public void taskPreparationFailed(String taskArn, String reason) {
    record(taskArn, "preparation failed: " + reason);
  }

  @Override
  public void containerStarted(String taskArn, String containerName, List<NetworkBinding> networkBindings) {
    bindings.add(networkBindings);
    record(taskArn, containerName + " started" + networkBindings.stream()
        .map(b -> " " + b.bindIP() + ":" + b.hostPort() + "->" + b.containerPort() + "/" + b.protocol())
        .collect(Collectors.joining()));
  }

  @Override
  public void containerHealthChanged(String taskArn, String containerName, HealthStatus health) {
    record(taskArn, containerName + " " + health);
  }

  @Override
  public void containerExited(String taskArn, String containerName, int exitCode, Optional<String> reason) {
    record(taskArn, containerName + " exited " + exitCode + reason.map(r -> ": " + r).orElse(""));
  }

  /** Reports that did not come on the loop's thread (there must be none). */
  List<String> offLoop() {
    return List.copyOf(offLoop);
  }

  private void record(String taskArn, String report) {
    if (!Thread.currentThread().getName().startsWith("ecs-dsl-loop-")) {
      offLoop.add(Thread.currentThread().getName() + ": " + report);
    }
    reports.add(taskArn.substring(taskArn.lastIndexOf('/') + 1) + " " + report);
  }
}
