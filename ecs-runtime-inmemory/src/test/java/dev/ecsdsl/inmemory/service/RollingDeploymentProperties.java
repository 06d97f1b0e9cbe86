package dev.ecsdsl.inmemory.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.service.FailureScript.Kind;
import dev.ecsdsl.inmemory.service.FailureScript.Verdict;
import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * A rolling deployment of a REPLICA service to a new revision, checked after every event of its whole
 * timeline against ECS's bounds (API DeploymentConfiguration): {@code maximumPercent} is "an upper limit on
 * the number of your service's tasks that are allowed in the RUNNING or PENDING state during a
 * deployment, as a percentage of the desiredCount (rounded down)", and {@code minimumHealthyPercent} "a
 * lower limit on the number of your service's tasks that must remain in the RUNNING state during a
 * deployment, as a percentage of the desiredCount (rounded up)".
 */
@Tag("service")
class RollingDeploymentProperties {
  static final String TERMINATION_BUG = "bug: terminating an instance while one of its tasks is DEACTIVATING"
      + " throws IllegalStateException 'already released' from the deactivation timer (TaskLifecycle.stop"
      + " schedules it outside task.timers, so hostLost does not cancel it). Shrunk: desired 1, min 0%, max 200%,"
      + " 2 instances, instance #0 terminated at +0s (jqwik seed 3796413393266477125)";

  /** Long enough for the slowest deployment generated: 20 tasks one at a time, each waiting for checks. */
  static final Duration LIMIT = Duration.ofHours(2);
  /**
   * How long the invariants are watched when the service need not settle: a revision that fails without
   * a breaker is replaced forever, and every stopped task stays listed, so long watches cost quadratic
   * time for nothing new.
   */
  static final Duration WATCH = Duration.ofMinutes(5);

  static Duration limit(RolloutScenario scenario) {
    boolean settles = scenario.canProgress() && scenario.disruption().kind() == Disruption.Kind.NONE
        && (scenario.verdict() == Verdict.GOOD
        || scenario.verdict() == Verdict.ALWAYS_FAILS && scenario.breaker() != RolloutScenario.Breaker.OFF);
    return settles ? LIMIT : WATCH;
  }

  @Provide
  Arbitrary<RolloutScenario> anyRollout() {
    return RolloutArbitraries.scenarios();
  }

  @Provide
  Arbitrary<RolloutScenario> rolloutLosingAnInstance() {
    return RolloutArbitraries.scenarios(RolloutArbitraries.breakers(), v -> true,
        RolloutArbitraries.disruptions(Disruption.Kind.TERMINATE));
  }

  @Provide
  Arbitrary<RolloutScenario> goodRollout() {
    return RolloutArbitraries.scenarios(RolloutArbitraries.breakers(), v -> v == Verdict.GOOD);
  }

  /** Never more tasks RUNNING or PENDING (of every deployment; stopping ones aside) than maximumPercent allows. */
  @Property(tries = 300)
  void neverMoreTasksThanMaximumPercent(@ForAll("anyRollout") RolloutScenario scenario) {
    RolloutRun.Outcome outcome = RolloutRun.play(scenario, limit(scenario));

    assertThat(outcome.aboveMaximum()).as("%s%n%s", scenario, outcome).isEmpty();
  }

  /**
   * Never fewer healthy tasks than minimumHealthyPercent requires, from a steady start. When the new
   * revision's tasks can fail after they became healthy (the scheduler cannot prevent that) only the
   * scheduler's own stops of healthy tasks are held to it.
   */
  @Property(tries = 300)
  void neverFewerHealthyTasksThanMinimumHealthyPercent(@ForAll("anyRollout") RolloutScenario scenario) {
    RolloutRun.Outcome outcome = RolloutRun.play(scenario, limit(scenario));

    assertThat(outcome.belowMinimum()).as("%s%n%s", scenario, outcome).isEmpty();
  }

  /**
   * When an EC2 instance is terminated during the rollout its tasks stop at once, which may take the
   * service below minimumHealthyPercent; the scheduler must still never start more tasks than
   * maximumPercent allows, nor stop a healthy task while below the minimum.
   */
  @Property(tries = 200)
  void losingAnInstanceDuringARolloutKeepsTheBounds(@ForAll("rolloutLosingAnInstance") RolloutScenario scenario) {
    RolloutRun.Outcome outcome = RolloutRun.play(scenario, limit(scenario));

    assertThat(outcome.aboveMaximum()).as("%s%n%s", scenario, outcome).isEmpty();
    assertThat(outcome.belowMinimum()).as("%s%n%s", scenario, outcome).isEmpty();
  }

  /**
   * A revision whose tasks become healthy and stay so ends steady on that revision with exactly the
   * desired count, whatever the percentages and breaker, when the cluster lets the deployment move; when
   * it cannot (no room for one more task and minimumHealthyPercent 100% of it), nothing moves.
   */
  @Property(tries = 300)
  void aGoodRevisionEndsSteadyOnTheNewRevision(@ForAll("goodRollout") RolloutScenario scenario) {
    RolloutRun.Outcome outcome = RolloutRun.play(scenario, limit(scenario));

    if (scenario.canProgress()) {
      assertThat(outcome.settled()).as("%s%n%s%n%s", scenario, outcome, outcome.timelineTail(30)).isTrue();
      assertThat(outcome.service().isSteady()).as("%s%n%s", scenario, outcome).isTrue();
      assertThat(outcome.service().taskDefinition()).endsWith("/web:2");
      assertThat(outcome.tasks()).as("%s%n%s", scenario, outcome).hasSize(scenario.deployment().desired());
      assertThat(outcome.running("web:2")).as("%s%n%s", scenario, outcome)
          .isEqualTo(scenario.deployment().desired());
      assertThat(outcome.breakerTripped()).isFalse();
    } else {
      assertThat(outcome.settled()).as("%s%n%s", scenario, outcome).isFalse();
      assertThat(outcome.running("web:1")).as("%s%n%s", scenario, outcome)
          .isEqualTo(scenario.deployment().desired());
      assertThat(outcome.active("web:2")).isZero();
    }
  }

  /** No health check, and a new revision whose containers crash 1–35 s after they start. */
  @Provide
  Arbitrary<RolloutScenario> crashingSoonWithoutHealthCheck() {
    return RolloutArbitraries.scenarios(Arbitraries.just(Optional.empty()), RolloutArbitraries.breakers(),
        Arbitraries.integers().between(1, 35).map(seconds -> FailureScript.of(Kind.CRASHES_AFTER, seconds)),
        Arbitraries.just(Disruption.none()));
  }

  /**
   * ECS (API DeploymentConfiguration, minimumHealthyPercent, for services without a load balancer): "If a
   * task has no essential containers with a health check defined, the service scheduler will wait for 40
   * seconds after a task reaches a RUNNING state before the task is counted towards the minimum healthy
   * percent total." A new task that crashes sooner never counts, so it never lets an old task go below
   * the minimum, and the RUNNING tasks never drop below it.
   */
  @Property(tries = 200)
  void withoutHealthChecksANewTaskCountsTowardsTheMinimumOnlyAfterFortySeconds(
      @ForAll("crashingSoonWithoutHealthCheck") RolloutScenario scenario) {
    RolloutRun.Outcome outcome = RolloutRun.play(scenario, WATCH, true);

    assertThat(outcome.belowMinimum()).as("%s%n%s", scenario, outcome).isEmpty();
  }
}
