package dev.ecsdsl.inmemory.simulated;

import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.becomesHealthyAfter;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.becomesUnhealthyAfter;
import static dev.ecsdsl.inmemory.simulated.ContainerBehaviour.neverHealthy;
import static dev.ecsdsl.inmemory.simulated.Fixtures.container;
import static dev.ecsdsl.inmemory.simulated.Fixtures.definition;
import static dev.ecsdsl.inmemory.simulated.Fixtures.healthCheck;
import static dev.ecsdsl.inmemory.simulated.Fixtures.launch;
import static dev.ecsdsl.inmemory.simulated.Fixtures.seconds;
import static dev.ecsdsl.inmemory.simulated.Report.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.control.agent.TaskLaunch;
import dev.ecsdsl.model.HealthCheck;
import org.junit.jupiter.api.Test;

/**
 * Health check timings, computed from the documented rules: the first check runs {@code interval} after
 * the container started and each next one {@code interval} later; a pass makes it HEALTHY; a failure
 * counts unless the container has not passed yet and the check ran before {@code startPeriod} ended;
 * {@code retries} counted failures in a row make it UNHEALTHY; only changes are reported.
 */
class SimulatedAgentHealthCheckTest {
  private static final long STARTED = ContainerBehaviour.DEFAULT_PULL_SECONDS
      + ContainerBehaviour.DEFAULT_START_SECONDS;

  private final AgentHarness harness = new AgentHarness();
  private final SimulatedAgent agent = harness.agent;

  private TaskLaunch startApp(HealthCheck healthCheck) {
    TaskLaunch task = launch("t1", definition("web", container("app", "nginx", healthCheck)));
    agent.prepareTask(task);
    harness.runUntil(ContainerBehaviour.DEFAULT_PULL_SECONDS);
    agent.startContainer(task, "app");
    harness.runUntil(STARTED);
    return task;
  }

  /** The time since start of the first check at or after {@code since}. */
  private static long firstCheckAtOrAfter(long since, int interval) {
    return Math.max(1, (since + interval - 1) / interval) * interval;
  }

  @Test
  void healthyAtTheFirstCheckThenUnhealthyAfterRetriesFailures() {
    int interval = 10;
    int retries = 3;
    int startPeriod = 30;
    long unhealthyAfter = 60;
    agent.behaviourOfContainer("app", becomesUnhealthyAfter(seconds(unhealthyAfter)));

    startApp(healthCheck(interval, retries, startPeriod));
    harness.runUntil(STARTED + 600);

    long firstFailure = firstCheckAtOrAfter(unhealthyAfter, interval);
    assertThat(harness.reports()).containsExactly(
        at(ContainerBehaviour.DEFAULT_PULL_SECONDS, "prepared"),
        at(STARTED, "app started"),
        at(STARTED + interval, "app HEALTHY"),
        at(STARTED + firstFailure + (long) (retries - 1) * interval, "app UNHEALTHY"));
  }

  @Test
  void failuresDuringTheStartPeriodDoNotCountUntilTheFirstPass() {
    int interval = 10;
    int retries = 2;
    int startPeriod = 30;
    long healthyAfter = 45;
    agent.behaviourOfContainer("app", becomesHealthyAfter(seconds(healthyAfter)));

    startApp(healthCheck(interval, retries, startPeriod));
    harness.runUntil(STARTED + 600);

    long firstCountedFailure = firstCheckAtOrAfter(startPeriod, interval);
    long firstPass = firstCheckAtOrAfter(healthyAfter, interval);
    assertThat(firstCountedFailure + (long) (retries - 1) * interval).isLessThan(firstPass);
    assertThat(harness.reports()).containsExactly(
        at(ContainerBehaviour.DEFAULT_PULL_SECONDS, "prepared"),
        at(STARTED, "app started"),
        at(STARTED + firstCountedFailure + (long) (retries - 1) * interval, "app UNHEALTHY"),
        at(STARTED + firstPass, "app HEALTHY"));
  }

  @Test
  void afterAPassFailuresCountEvenInsideTheStartPeriod() {
    int interval = 10;
    int retries = 2;
    int startPeriod = 120;
    long unhealthyAfter = 15;
    agent.behaviourOfContainer("app", becomesUnhealthyAfter(seconds(unhealthyAfter)));

    startApp(healthCheck(interval, retries, startPeriod));
    harness.runUntil(STARTED + 600);

    long firstFailure = firstCheckAtOrAfter(unhealthyAfter, interval);
    assertThat(firstFailure + (retries - 1) * interval).isLessThan(startPeriod);
    assertThat(harness.reports()).endsWith(
        at(STARTED + interval, "app HEALTHY"),
        at(STARTED + firstFailure + (long) (retries - 1) * interval, "app UNHEALTHY"));
  }

  @Test
  void aContainerThatIsNeverHealthyBecomesUnhealthyWithEcsDefaults() {
    HealthCheck defaults = HealthCheck.shell("curl -f http://localhost/ || exit 1");
    agent.behaviourOfContainer("app", neverHealthy());

    TaskLaunch task = startApp(defaults);
    harness.runUntil(STARTED + 1000);

    int interval = defaults.intervalOrDefault();
    assertThat(harness.reports()).last()
        .isEqualTo(at(STARTED + (long) defaults.retriesOrDefault() * interval, "app UNHEALTHY"));
    assertThat(agent.healthChecksRun(task.taskArn(), "app")).isEqualTo(1000 / interval);
  }

  @Test
  void aHealthyContainerReportsHealthyOnce() {
    TaskLaunch task = startApp(healthCheck(5, 3, 0));
    harness.runUntil(STARTED + 100);

    assertThat(harness.reports()).containsExactly(
        at(ContainerBehaviour.DEFAULT_PULL_SECONDS, "prepared"), at(STARTED, "app started"),
        at(STARTED + 5, "app HEALTHY"));
    assertThat(agent.healthChecksRun(task.taskArn(), "app")).isEqualTo(100 / 5);
  }

  @Test
  void aContainerWithoutHealthCheckNeverReportsHealth() {
    TaskLaunch task = launch("t1", definition("web", container("app", "nginx")));
    agent.behaviourOfContainer("app", neverHealthy());
    agent.prepareTask(task);
    harness.runUntil(ContainerBehaviour.DEFAULT_PULL_SECONDS);
    agent.startContainer(task, "app");
    harness.runUntil(STARTED + 1000);

    assertThat(harness.reports()).extracting(Report::event).containsExactly("prepared", "app started");
    assertThat(agent.healthChecksRun(task.taskArn(), "app")).isZero();
  }

  @Test
  void healthChecksEndWhenTheContainerExits() {
    agent.behaviourOfContainer("app", ContainerBehaviour.exitsAfter(seconds(25), 0));
    TaskLaunch task = startApp(healthCheck(10, 3, 0));
    harness.runUntil(STARTED + 1000);

    assertThat(agent.healthChecksRun(task.taskArn(), "app")).isEqualTo(2);
    assertThat(harness.reports()).extracting(Report::event)
        .containsExactly("prepared", "app started", "app HEALTHY", "app exited 0");
  }
}
