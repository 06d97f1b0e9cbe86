package dev.ecsdsl.inmemory.service;

import dev.ecsdsl.runtime.DeploymentRolloutState;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.service.FailureScript.Verdict;
import dev.ecsdsl.inmemory.service.RolloutScenario.Breaker;
import dev.ecsdsl.runtime.StopCode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * The deployment circuit breaker (ECS developer guide, "How the Amazon ECS deployment circuit breaker
 * detects failures"): tasks that never reach RUNNING (stage 1), or reach it and fail their health checks
 * (stage 2), count as failures; at {@code 0.5 × desired count}, at least 3 and at most 200, the deployment
 * is FAILED and stops launching tasks, and with rollback on the service goes back to the last COMPLETED
 * deployment.
 */
@Tag("service")
class CircuitBreakerProperties {
  @Provide
  Arbitrary<RolloutScenario> brokenRollout() {
    return RolloutArbitraries.scenarios(Arbitraries.of(Breaker.ON, Breaker.ROLLBACK), v -> v == Verdict.ALWAYS_FAILS)
        .filter(RolloutScenario::canProgress);
  }

  /**
   * A revision none of whose tasks ever becomes healthy trips the breaker; with rollback the service ends
   * steady on the old revision with exactly the desired count; without, the failed deployment's tasks are
   * gone and the old ones that the deployment had not yet replaced keep running.
   */
  @Property(tries = 300)
  void anAlwaysFailingRevisionTripsTheBreaker(@ForAll("brokenRollout") RolloutScenario scenario) {
    RolloutRun.Outcome outcome = RolloutRun.play(scenario, RollingDeploymentProperties.LIMIT);

    assertThat(outcome.breakerTripped()).as("%s%n%s%n%s", scenario, outcome, outcome.timelineTail(30)).isTrue();
    assertThat(outcome.settled()).as("%s%n%s%n%s", scenario, outcome, outcome.timelineTail(30)).isTrue();
    assertThat(outcome.active("web:2")).as("%s%n%s", scenario, outcome).isZero();
    if (scenario.breaker() == Breaker.ROLLBACK) {
      assertThat(outcome.service().isSteady()).as("%s%n%s", scenario, outcome).isTrue();
      assertThat(outcome.service().taskDefinition()).endsWith("/web:1");
      assertThat(outcome.running("web:1")).as("%s%n%s", scenario, outcome).isEqualTo(scenario.deployment().desired());
    } else {
      assertThat(outcome.service().primaryDeployment().rolloutState()).isEqualTo(DeploymentRolloutState.FAILED);
      assertThat(outcome.running("web:1")).as("%s%n%s", scenario, outcome)
          .isBetween((long) scenario.deployment().minimumHealthyTasks(), (long) scenario.deployment().desired());
    }
  }

  @Provide
  Arbitrary<RolloutScenario> brokenRollbackRollout() {
    return RolloutArbitraries.scenarios(Arbitraries.just(Breaker.ROLLBACK), v -> v == Verdict.ALWAYS_FAILS)
        .filter(RolloutScenario::canProgress);
  }

  /**
   * ECS rolls back by reactivating the last COMPLETED deployment ("When the rollback starts, the deployment
   * changes from a COMPLETED to IN_PROGRESS", developer guide, deployment circuit breaker), so the old
   * revision's tasks that are still running belong to the PRIMARY deployment again and stay: none of them
   * is stopped after the breaker trips, and the PRIMARY deployment is the one from before the update.
   */
  @Property(tries = 200)
  void aRollbackKeepsTheOldRevisionsTasks(@ForAll("brokenRollbackRollout") RolloutScenario scenario) {
    RolloutRun.Outcome outcome = RolloutRun.play(scenario, RollingDeploymentProperties.LIMIT);

    List<String> replaced = outcome.allTasks().stream()
        .filter(t -> RolloutRun.revision(t).equals("web:1"))
        .filter(t -> t.stopCode().filter(c -> c == StopCode.ServiceSchedulerInitiated).isPresent())
        .filter(t -> !t.stoppedReason().orElse("").contains(outcome.deploymentId()))
        .map(t -> t.taskId().substring(0, 8) + " stopped at " + t.stoppingAt().orElseThrow() + ": "
            + t.stoppedReason().orElse(""))
        .toList();
    assertThat(replaced).as("%s%n%s", scenario, outcome).isEmpty();
    assertThat(outcome.service().primaryDeployment().id()).as("%s%n%s", scenario, outcome)
        .isEqualTo(outcome.previousDeploymentId());
  }
}
