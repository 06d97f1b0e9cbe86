package dev.ecsdsl.control.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.ContainerCondition;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.Container;
import dev.ecsdsl.runtime.ContainerStatus;
import dev.ecsdsl.runtime.EcsRuntime;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import dev.ecsdsl.runtime.RuntimeEvent;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scenarios every agent must play out the same way: the control plane decides, the agent executes,
 * and the outcome (states, stop codes, exit codes, health, order of events) may not depend on which agent
 * ran the containers. A runtime module subclasses this once with its agent; the in-memory runtime runs
 * it with the simulated agent, the Docker runtime with real containers.
 */
public abstract class AgentContractSuite {
  protected static final String CLUSTER = "contract";
  private EcsRuntime runtime;

  /** A fresh runtime with nothing deployed. */
  protected abstract EcsRuntime newRuntime();

  /** The image the suite's containers use (with busybox's {@code sh}, {@code sleep}, {@code touch}). */
  protected abstract String image();

  /**
   * Tells the runtime how a container acts, for agents that do not run the shell script themselves.
   * Called before the environment is deployed.
   */
  protected abstract void script(EcsRuntime runtime, String family, String container, Script script);

  /** How long a scenario may take on this runtime's clock before it counts as failed. */
  protected Duration patience() {
    return Duration.ofMinutes(10);
  }

  @BeforeEach
  void startRuntime() {
    runtime = newRuntime();
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  /** The runtime of the current scenario. */
  protected EcsRuntime runtime() {
    return runtime;
  }

  private Environment environment() {
    return Ecs.environment("contract")
        .cluster(CLUSTER, c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1)
            .zones("us-east-1a")))
        .taskDefinition("exits", td -> td.container("app", a -> container(a, "exits", "app",
            Script.exitsAfter(Duration.ofSeconds(1), 3))))
        .taskDefinition("sidecar", td -> td
            .container("app", a -> container(a, "sidecar", "app", Script.runsUntilStopped()))
            .container("helper", h -> container(h, "sidecar", "helper", Script.exitsAfter(Duration.ofSeconds(1), 1))
                .essential(false)))
        .taskDefinition("server", td -> td.container("app", a -> container(a, "server", "app",
            Script.runsUntilStopped())))
        .taskDefinition("stubborn", td -> td.container("app", a -> container(a, "stubborn", "app",
            Script.ignoresSigterm()).stopTimeout(2)))
        .taskDefinition("init", td -> td
            .container("init", i -> container(i, "init", "init", Script.exitsAfter(Duration.ofSeconds(1), 0))
                .essential(false))
            .container("app", a -> container(a, "init", "app", Script.runsUntilStopped())
                .dependsOn("init", ContainerCondition.SUCCESS)))
        .taskDefinition("broken-init", td -> td
            .container("init", i -> container(i, "broken-init", "init",
                Script.exitsAfter(Duration.ofSeconds(1), 1)).essential(false))
            .container("app", a -> container(a, "broken-init", "app", Script.runsUntilStopped())
                .dependsOn("init", ContainerCondition.SUCCESS)))
        .taskDefinition("healthy-db", td -> td
            .container("db", d -> container(d, "healthy-db", "db", Script.runsUntilStopped())
                .healthCheck(Script.healthCheckCommand(), q -> q.interval(5).timeout(2).retries(3).startPeriod(0)))
            .container("app", a -> container(a, "healthy-db", "app", Script.runsUntilStopped())
                .dependsOn("db", ContainerCondition.HEALTHY)))
        .taskDefinition("sick", td -> td.container("app", a -> container(a, "sick", "app", Script.unhealthy())
            .healthCheck(Script.healthCheckCommand(), q -> q.interval(5).timeout(2).retries(2).startPeriod(0))))
        .taskDefinition("web", td -> td.container("app", a -> container(a, "web", "app",
            Script.runsUntilStopped()).port(8080)))
        .build();
  }

  private dev.ecsdsl.dsl.ContainerBuilder container(dev.ecsdsl.dsl.ContainerBuilder builder, String family,
      String name, Script script) {
    script(runtime, family, name, script);
    return builder.image(image()).memory(64).command("sh", "-c", script.shell());
  }

  private Task run(String family) {
    runtime.deploy(environment());
    RunTaskResponse result = runtime.ecs().runTask(RunTaskRequest.of(CLUSTER, family, 1));
    assertThat(result.failures()).as("placement failures").isEmpty();
    assertThat(result.tasks()).hasSize(1);
    return result.tasks().get(0);
  }

  private Task await(Task task, Predicate<Task> condition, String what) {
    boolean held = true;
    try {
      runtime.await("task " + task.taskId() + " " + what, r -> condition.test(r.ecs()
          .describeTasks(q -> q.cluster(CLUSTER).tasks(task.taskArn())).task())).atMost(patience());
    } catch (WaitTimeoutException e) {
      held = false;
    }
    Task now = runtime.ecs().describeTasks(q -> q.cluster(CLUSTER).tasks(task.taskArn())).task();
    assertThat(held).as("task %s: %s within %s; it is %s/%s%nTimeline:%n%s", task.taskId(), what, patience(),
        now.lastStatus(), now.stoppedReason().orElse(""), runtime.events().timeline()).isTrue();
    return now;
  }

  private Task awaitStatus(Task task, TaskStatus status) {
    return await(task, t -> t.lastStatus() == status, "reaches " + status);
  }

  @Test
  void anEssentialContainerThatExitsStopsTheTask() {
    Task task = awaitStatus(run("exits"), TaskStatus.STOPPED);

    assertThat(task.stopCode()).contains(StopCode.EssentialContainerExited);
    assertThat(task.stoppedReason()).contains("Essential container in task exited");
    assertThat(task.container("app").exitCode()).contains(3);
    assertThat(task.desiredStatus()).isEqualTo(TaskStatus.STOPPED);
  }

  @Test
  void aNonEssentialContainerThatExitsLeavesTheTaskRunning() {
    Task task = await(run("sidecar"), t -> t.container("helper").lastStatus() == ContainerStatus.STOPPED
        && t.lastStatus() == TaskStatus.RUNNING, "runs with its helper exited");

    assertThat(task.container("helper").exitCode()).contains(1);
    assertThat(task.container("app").lastStatus()).isEqualTo(ContainerStatus.RUNNING);
    assertThat(task.stopCode()).isEmpty();
  }

  @Test
  void stopTaskSendsSigtermAndTheContainerExitsByItself() {
    Task running = awaitStatus(run("server"), TaskStatus.RUNNING);
    runtime.ecs().stopTask(q -> q.cluster(CLUSTER).task(running.taskArn()).reason("maintenance"));
    Task task = awaitStatus(running, TaskStatus.STOPPED);

    assertThat(task.stopCode()).contains(StopCode.UserInitiated);
    assertThat(task.stoppedReason()).contains("maintenance");
    assertThat(task.container("app").exitCode()).contains(0);
  }

  @Test
  void aContainerThatIgnoresSigtermIsKilledAfterItsStopTimeout() {
    Task running = awaitStatus(run("stubborn"), TaskStatus.RUNNING);
    runtime.ecs().stopTask(q -> q.cluster(CLUSTER).task(running.taskArn()).reason(""));
    Task task = awaitStatus(running, TaskStatus.STOPPED);

    assertThat(task.container("app").exitCode()).as("SIGKILL").contains(137);
    assertThat(Duration.between(task.stoppingAt().orElseThrow(), task.executionStoppedAt().orElseThrow()))
        .as("from StopTask until the kill").isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void dependsOnSuccessStartsTheAppAfterItsInitContainerSucceeded() {
    Task task = await(run("init"), t -> t.lastStatus() == TaskStatus.RUNNING
        && t.container("init").lastStatus() == ContainerStatus.STOPPED, "runs after init");

    assertThat(task.container("init").exitCode()).contains(0);
    assertThat(task.container("app").lastStatus()).isEqualTo(ContainerStatus.RUNNING);
    assertThat(indexOf(task, EventType.CONTAINER_EXITED, "init exited"))
        .isLessThan(indexOf(task, EventType.CONTAINER_STARTED, "app started"));
  }

  @Test
  void dependsOnSuccessThatCanNeverHoldFailsTheTask() {
    Task task = awaitStatus(run("broken-init"), TaskStatus.STOPPED);

    assertThat(task.stopCode()).contains(StopCode.TaskFailedToStart);
    assertThat(task.stoppedReason()).hasValueSatisfying(r -> assertThat(r).contains("app").contains("SUCCESS"));
    Container app = task.container("app");
    assertThat(app.lastStatus()).isEqualTo(ContainerStatus.STOPPED);
    assertThat(app.exitCode()).as("app never started").isEmpty();
  }

  @Test
  void dependsOnHealthyWaitsUntilTheDependencyIsHealthy() {
    Task task = awaitStatus(run("healthy-db"), TaskStatus.RUNNING);

    assertThat(task.container("db").healthStatus()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(indexOf(task, EventType.CONTAINER_HEALTH_CHANGED, "db is HEALTHY"))
        .isLessThan(indexOf(task, EventType.CONTAINER_STARTED, "app started"));
  }

  @Test
  void aFailingHealthCheckMakesAStandaloneTaskUnhealthyButDoesNotStopIt() {
    Task task = await(run("sick"), t -> t.healthStatus() == HealthStatus.UNHEALTHY, "turns UNHEALTHY");

    assertThat(task.lastStatus()).isEqualTo(TaskStatus.RUNNING);
    assertThat(task.container("app").healthStatus()).isEqualTo(HealthStatus.UNHEALTHY);
  }

  @Test
  void aBridgePortWithoutHostPortGetsADynamicHostPort() {
    Task task = awaitStatus(run("web"), TaskStatus.RUNNING);

    assertThat(task.container("app").networkBindings()).singleElement().satisfies(binding -> {
      assertThat(binding.containerPort()).isEqualTo(8080);
      assertThat(binding.hostPort()).as("from the ephemeral range").isBetween(32768, 65535);
    });
  }

  @Test
  void aTaskGoesThroughEcsStatesInOrder() {
    Task task = awaitStatus(run("server"), TaskStatus.RUNNING);
    runtime.ecs().stopTask(q -> q.cluster(CLUSTER).task(task.taskArn()).reason(""));
    awaitStatus(task, TaskStatus.STOPPED);

    List<String> transitions = runtime.events().stream()
        .filter(e -> e.type() == EventType.TASK_STATUS_CHANGED && e.subject().endsWith(task.taskId().substring(0, 8)))
        .map(e -> e.message().replaceAll(" \\(.*\\)$", "")).toList();
    assertThat(transitions).containsExactly("PENDING → ACTIVATING", "ACTIVATING → RUNNING",
        "RUNNING → DEACTIVATING", "DEACTIVATING → STOPPING", "STOPPING → STOPPED");
  }

  private int indexOf(Task task, EventType type, String message) {
    List<RuntimeEvent> events = runtime.events();
    for (int i = 0; i < events.size(); i++) {
      RuntimeEvent e = events.get(i);
      if (e.type() == type && e.subject().endsWith(task.taskId().substring(0, 8)) && e.message().startsWith(message)) {
        return i;
      }
    }
    throw new AssertionError("no " + type + " event '" + message + "' for task " + task.taskId() + " in\n"
        + runtime.events().timeline());
  }
}
