package dev.ecsdsl.inmemory.simulated;

import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.exitsAfter;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.failsToPull;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.failsToStart;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.ignoresSigterm;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.outOfMemoryAfter;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.pullTakes;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.runsUntilStopped;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.shutdownTakes;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.startsAfter;
import static dev.ecsdsl.inmemory.simulated.Fixtures.binding;
import static dev.ecsdsl.inmemory.simulated.Fixtures.container;
import static dev.ecsdsl.inmemory.simulated.Fixtures.definition;
import static dev.ecsdsl.inmemory.simulated.Fixtures.launch;
import static dev.ecsdsl.inmemory.simulated.Fixtures.seconds;
import static dev.ecsdsl.inmemory.simulated.Report.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.inmemory.clock.VirtualEventLoop;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedAgentLifecycleTest {
  private static final long PULL = ContainerBehaviour.DEFAULT_PULL_SECONDS;
  private static final long START = ContainerBehaviour.DEFAULT_START_SECONDS;
  private static final Duration STOP_TIMEOUT = seconds(30);

  private final AgentHarness harness = new AgentHarness();
  private final SimulatedAgent agent = harness.agent;
  private final TaskLaunch web = launch("t1", definition("web", container("app", "nginx:1.27")));

  /** Prepares and starts {@code web}'s app, and runs until it has started: at PULL + START. */
  private void startApp() {
    agent.prepareTask(web);
    harness.runUntil(PULL);
    agent.startContainer(web, "app");
    harness.runUntil(PULL + START);
  }

  // ---------------------------------------------------------------- preparation

  @Test
  void aTaskIsPreparedWhenItsSlowestImagePullIsDone() {
    TaskLaunch task = launch("t1", definition("web", container("app", "app:1"), container("log", "fluent-bit")));
    agent.behaviourOfContainer("app", pullTakes(seconds(5)));

    agent.prepareTask(task);
    assertThat(harness.reports()).as("nothing is reported synchronously").isEmpty();
    harness.runUntil(60);

    assertThat(harness.reports()).containsExactly(at(5, "prepared"));
  }

  @Test
  void aFailingPullFailsTheTaskWithEcsText() {
    TaskLaunch task = launch("t1", definition("web", container("app", "app:1"), container("log", "fluent-bit")));
    agent.behaviourOfContainer("app", pullTakes(seconds(5)));
    agent.behaviourOfContainer("log", failsToPull("pull image manifest has been retried 5 time(s): not found")
        .withPullTime(seconds(3)));

    agent.prepareTask(task);
    harness.runUntil(60);

    assertThat(harness.reports()).containsExactly(at(3, "preparation failed: CannotPullContainerError: "
        + "pull image manifest has been retried 5 time(s): not found"));
    assertThatIllegalStateException().isThrownBy(() -> agent.startContainer(task, "app"))
        .withMessage("cannot start container app: task t1 is not prepared (FAILED)");
  }

  @Test
  void theFirstFailingPullGivesTheReasonAndOnATieTheFirstContainerInTheDefinition() {
    TaskLaunch task = launch("t1", definition("web",
        container("a", "a"), container("b", "b"), container("c", "c")));
    agent.behaviourOfContainer("a", failsToPull("a is slow to fail").withPullTime(seconds(9)));
    agent.behaviourOfContainer("b", failsToPull("b fails").withPullTime(seconds(4)));
    agent.behaviourOfContainer("c", failsToPull("c fails too").withPullTime(seconds(4)));

    agent.prepareTask(task);
    harness.runUntil(60);

    assertThat(harness.reports()).containsExactly(at(4, "preparation failed: CannotPullContainerError: b fails"));
  }

  // ---------------------------------------------------------------- start and own exit

  @Test
  void aContainerStartsAfterItsStartTimeWithItsPlannedBindings() {
    TaskLaunch task = launch("t1", definition("web", container("app", "nginx"), container("log", "fluent-bit")),
        Map.of("app", List.of(binding(80, 32768))));
    agent.behaviourOfContainer("log", startsAfter(seconds(3)));
    agent.prepareTask(task);
    harness.runUntil(PULL);

    agent.startContainer(task, "app");
    agent.startContainer(task, "log");
    assertThat(agent.runningContainers(task.taskArn())).isEmpty();
    harness.runUntil(60);

    assertThat(harness.reports()).containsExactly(
        at(PULL, "prepared"),
        at(PULL + START, "app started 0.0.0.0:32768->80/TCP"),
        at(PULL + 3, "log started"));
    assertThat(agent.runningContainers(task.taskArn())).containsExactly("app", "log");
  }

  @Test
  void aContainerExitsByItselfWithItsExitCode() {
    agent.behaviourOfContainer("app", exitsAfter(seconds(30), 3));

    startApp();
    harness.runUntil(600);

    assertThat(harness.reports()).containsExactly(
        at(PULL, "prepared"), at(PULL + START, "app started"), at(PULL + START + 30, "app exited 3"));
    assertThat(agent.runningContainers(web.taskArn())).isEmpty();
  }

  @Test
  void aContainerThatCannotStartExitsWith128AndEcsText() {
    agent.behaviourOfContainer("app", failsToStart("failed to create shim task: exec: \"/app\": not found"));

    startApp();
    harness.runUntil(600);

    assertThat(harness.reports()).containsExactly(at(PULL, "prepared"), at(PULL + START,
        "app exited 128: CannotStartContainerError: failed to create shim task: exec: \"/app\": not found"));
  }

  @Test
  void anOutOfMemoryKillIs137WithEcsReason() {
    agent.behaviourOfContainer("app", outOfMemoryAfter(seconds(10)).withExitAfter(seconds(20), 0));

    startApp();
    harness.runUntil(600);

    assertThat(harness.reports()).containsExactly(at(PULL, "prepared"), at(PULL + START, "app started"),
        at(PULL + START + 10, "app exited 137: OutOfMemoryError: Container killed due to memory usage"));
  }

  @Test
  void anOwnExitBeforeTheOomKillWins() {
    agent.behaviourOfContainer("app", outOfMemoryAfter(seconds(10)).withExitAfter(seconds(5), 1));

    startApp();
    harness.runUntil(600);

    assertThat(harness.reports()).last().isEqualTo(at(PULL + START + 5, "app exited 1"));
  }

  // ---------------------------------------------------------------- stop

  @Test
  void byDefaultAContainerDiesOnSigtermAtOnceWith143() {
    startApp();
    harness.runUntil(100);

    agent.stopContainer(web, "app", STOP_TIMEOUT);
    assertThat(harness.reports()).as("nothing is reported synchronously").hasSize(2);
    harness.runUntil(600);

    assertThat(harness.reports()).last().isEqualTo(at(100, "app exited 143"));
  }

  @Test
  void aContainerThatShutsDownWithinTheStopTimeoutExitsWithItsCode() {
    agent.behaviourOfContainer("app", shutdownTakes(seconds(10)));
    startApp();
    harness.runUntil(100);

    agent.stopContainer(web, "app", STOP_TIMEOUT);
    harness.runUntil(600);

    assertThat(harness.reports()).last().isEqualTo(at(100 + 10, "app exited 0"));
  }

  @Test
  void aShutdownThatTakesExactlyTheStopTimeoutStillEndsCleanly() {
    agent.behaviourOfContainer("app", shutdownTakes(STOP_TIMEOUT, 2));
    startApp();
    harness.runUntil(100);

    agent.stopContainer(web, "app", STOP_TIMEOUT);
    harness.runUntil(600);

    assertThat(harness.reports()).last().isEqualTo(at(100 + STOP_TIMEOUT.toSeconds(), "app exited 2"));
  }

  @Test
  void aShutdownLongerThanTheStopTimeoutEndsWithSigkillAt137() {
    agent.behaviourOfContainer("app", shutdownTakes(seconds(45)));
    startApp();
    harness.runUntil(100);

    agent.stopContainer(web, "app", STOP_TIMEOUT);
    harness.runUntil(600);

    assertThat(harness.reports()).last().isEqualTo(at(100 + STOP_TIMEOUT.toSeconds(), "app exited 137"));
  }

  @Test
  void aContainerIgnoringSigtermIsKilledAtTheStopTimeout() {
    agent.behaviourOfContainer("app", ignoresSigterm());
    startApp();
    harness.runUntil(100);

    agent.stopContainer(web, "app", seconds(5));
    harness.runUntil(104);
    assertThat(agent.runningContainers(web.taskArn())).as("still stopping").containsExactly("app");
    harness.runUntil(600);

    assertThat(harness.reports()).last().isEqualTo(at(100 + 5, "app exited 137"));
  }

  @Test
  void anOwnExitDueBeforeTheShutdownEndsStillHappens() {
    agent.behaviourOfContainer("app", ignoresSigterm().withExitAfter(seconds(20), 4));
    startApp();
    harness.runUntil(PULL + START + 10);

    agent.stopContainer(web, "app", STOP_TIMEOUT);
    harness.runUntil(600);

    assertThat(harness.reports()).last().isEqualTo(at(PULL + START + 20, "app exited 4"));
  }

  @Test
  void aContainerStoppedWhileStartingIsStoppedOnceItRuns() {
    agent.behaviourOfContainer("app", startsAfter(seconds(5)).withShutdownTime(seconds(2)));
    agent.prepareTask(web);
    harness.runUntil(PULL);
    agent.startContainer(web, "app");
    harness.runUntil(PULL + 1);

    agent.stopContainer(web, "app", STOP_TIMEOUT);
    harness.runUntil(600);

    assertThat(harness.reports()).containsExactly(
        at(PULL, "prepared"), at(PULL + 5, "app started"), at(PULL + 5 + 2, "app exited 0"));
  }

  @Test
  void anExitIsNeverReportedTwice() {
    agent.behaviourOfContainer("app", ignoresSigterm());
    startApp();

    agent.stopContainer(web, "app", seconds(10));
    agent.stopContainer(web, "app", seconds(1));
    harness.runUntil(100);
    agent.stopContainer(web, "app", seconds(1));
    harness.runUntil(600);

    assertThat(harness.reports()).containsExactly(
        at(PULL, "prepared"), at(PULL + START, "app started"), at(PULL + START + 10, "app exited 137"));
  }

  @Test
  void stoppingAContainerThatNeverStartedReportsNothing() {
    agent.prepareTask(web);
    harness.runUntil(PULL);

    agent.stopContainer(web, "app", STOP_TIMEOUT);
    agent.stopContainer(launch("unknown", web.taskDefinition()), "app", STOP_TIMEOUT);
    harness.runUntil(600);

    assertThat(harness.reports()).containsExactly(at(PULL, "prepared"));
  }

  @Test
  void anExitedContainerCanStartAgainWithTheBehaviourInForceThen() {
    agent.behaviourOfContainer("app", exitsAfter(seconds(10), 1));
    startApp();
    harness.runUntil(100);

    agent.behaviourOfContainer("app", exitsAfter(seconds(20), 2));
    agent.startContainer(web, "app");
    harness.runUntil(600);

    assertThat(harness.reports()).containsExactly(
        at(PULL, "prepared"), at(PULL + START, "app started"), at(PULL + START + 10, "app exited 1"),
        at(100 + START, "app started"), at(100 + START + 20, "app exited 2"));
  }

  @Test
  void aListenerMayReactInsideAReport() {
    TaskLaunch task = launch("t1", definition("web", container("app", "nginx",
        Fixtures.healthCheck(10, 1, 0))));
    agent.behaviourOfContainer("app", ContainerBehaviour.becomesUnhealthyAfter(seconds(20)).withSigtermIgnored());
    harness.listener.reactWith(report -> {
      switch (report.event()) {
        case "prepared" -> agent.startContainer(task, "app");
        case "app UNHEALTHY" -> agent.stopContainer(task, "app", seconds(5));
        case "app exited 137" -> {
          agent.stopContainer(task, "app", Duration.ZERO);
          agent.cleanUpTask(task);
        }
        default -> { }
      }
    });

    agent.prepareTask(task);
    harness.runUntil(600);

    long started = PULL + START;
    assertThat(harness.reports()).containsExactly(at(PULL, "prepared"), at(started, "app started"),
        at(started + 10, "app HEALTHY"), at(started + 20, "app UNHEALTHY"), at(started + 20 + 5, "app exited 137"));
  }

  @Test
  void aContainerCleanedUpInsideItsOwnReportReportsNothingMore() {
    agent.behaviourOfContainer("app", ContainerBehaviour.exitsAfter(seconds(10), 1));
    harness.listener.reactWith(report -> {
      if (report.event().equals("app started")) {
        agent.stopContainer(web, "app", STOP_TIMEOUT);
        agent.cleanUpTask(web);
      }
    });

    startApp();
    harness.runUntil(600);

    assertThat(harness.reports()).containsExactly(at(PULL, "prepared"), at(PULL + START, "app started"));
  }

  // ---------------------------------------------------------------- clean up and close

  @Test
  void cleaningUpATaskCancelsEverythingStillScheduled() {
    TaskLaunch other = launch("t2", web.taskDefinition());
    agent.behaviourOfContainer("app", exitsAfter(seconds(10), 1));
    startApp();
    agent.prepareTask(other);

    agent.stopContainer(web, "app", STOP_TIMEOUT);
    agent.cleanUpTask(web);
    agent.cleanUpTask(other);
    harness.runUntil(600);

    assertThat(harness.reports()).containsExactly(at(PULL, "prepared"), at(PULL + START, "app started"));
    assertThat(agent.taskArns()).isEmpty();
    assertThat(agent.runningContainers(web.taskArn())).isEmpty();
  }

  @Test
  void closingForgetsEverythingAndCanBeRepeated() {
    startApp();
    agent.prepareTask(launch("t2", web.taskDefinition()));

    agent.close();
    agent.close();
    harness.runUntil(600);

    assertThat(harness.reports()).containsExactly(at(PULL, "prepared"), at(PULL + START, "app started"));
    assertThat(agent.taskArns()).isEmpty();
    assertThatIllegalStateException().isThrownBy(() -> agent.prepareTask(web)).withMessage("the agent is closed");
  }

  // ---------------------------------------------------------------- introspection

  @Test
  void theAgentTellsWhichTasksItKnowsAndWhatRuns() {
    TaskLaunch second = launch("t2", definition("web", container("app", "nginx"), container("log", "fluent-bit")));
    agent.prepareTask(second);
    agent.prepareTask(web);
    harness.runUntil(PULL);
    agent.startContainer(second, "log");
    agent.startContainer(second, "app");
    harness.runUntil(PULL + START);

    assertThat(agent.taskArns()).containsExactly(second.taskArn(), web.taskArn());
    assertThat(agent.runningContainers(second.taskArn())).containsExactly("log", "app");
    assertThat(agent.runningContainers(web.taskArn())).isEmpty();
    assertThat(agent.runningContainers("arn:unknown")).isEmpty();
  }

  // ---------------------------------------------------------------- misuse

  @Test
  void misuseIsRejectedWithAClearMessage() {
    assertThatIllegalStateException().isThrownBy(() -> agent.startContainer(web, "app"))
        .withMessage("cannot start container app: task t1 was not prepared");
    agent.prepareTask(web);
    assertThatIllegalStateException().isThrownBy(() -> agent.prepareTask(web))
        .withMessage("task t1 is already prepared or being prepared");
    assertThatIllegalStateException().isThrownBy(() -> agent.startContainer(web, "app"))
        .withMessage("cannot start container app: task t1 is not prepared (PULLING)");
    harness.runUntil(PULL);
    agent.startContainer(web, "app");
    assertThatIllegalStateException().isThrownBy(() -> agent.startContainer(web, "app"))
        .withMessage("container app of task t1 is already STARTING");
    harness.runUntil(PULL + START);
    assertThatIllegalStateException().isThrownBy(() -> agent.startContainer(web, "app"))
        .withMessage("container app of task t1 is already RUNNING");
    assertThatIllegalArgumentException().isThrownBy(() -> agent.startContainer(web, "db"))
        .withMessage("task t1 has no container db");
    assertThatIllegalArgumentException().isThrownBy(() -> agent.stopContainer(web, "app", seconds(-1)))
        .withMessage("stop timeout must not be negative, was -1s");
    assertThatIllegalStateException().isThrownBy(() -> agent.attach(harness.loop, harness.listener))
        .withMessage("the agent is already attached; attach is called once");
  }

  @Test
  void anUnattachedAgentRefusesWork() {
    SimulatedAgent unattached = new SimulatedAgent();

    assertThatIllegalStateException().isThrownBy(() -> unattached.prepareTask(web))
        .withMessage("attach the agent to an event loop first");
    unattached.attach(new VirtualEventLoop(AgentHarness.ORIGIN), new RecordingListener(harness.loop,
        AgentHarness.ORIGIN));
    unattached.prepareTask(web);
    assertThat(unattached.taskArns()).containsExactly(web.taskArn());
  }

  @Test
  void theDefaultBehaviourCanBeReplaced() {
    agent.defaultBehaviour(runsUntilStopped().withExitAfter(seconds(1), 9));

    startApp();
    harness.runUntil(600);

    assertThat(harness.reports()).last().isEqualTo(at(PULL + START + 1, "app exited 9"));
  }
}
