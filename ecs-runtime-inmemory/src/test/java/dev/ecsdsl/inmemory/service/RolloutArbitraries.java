package dev.ecsdsl.inmemory.service;

import dev.ecsdsl.inmemory.service.FailureScript.Kind;
import dev.ecsdsl.inmemory.service.FailureScript.Verdict;
import dev.ecsdsl.inmemory.service.RolloutScenario.Breaker;
import dev.ecsdsl.inmemory.service.RolloutScenario.ClusterShape;
import dev.ecsdsl.inmemory.service.RolloutScenario.Deployment;
import java.util.Optional;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries for rolling deployments, made of plain values so that a counterexample shrinks to a small,
 * readable case: few tasks, round percentages, a cluster with room for every task maximumPercent allows,
 * no health check, breaker off, the simplest failure script, no disruption, runtime seed 0.
 */
final class RolloutArbitraries {
  private RolloutArbitraries() {}

  /**
   * Desired count 1–20 with minimumHealthyPercent 0–100 and maximumPercent 100–200, as ECS accepts them for
   * a REPLICA service (API DeploymentConfiguration: maximumPercent ≥ 100 so that the desired count can
   * run, minimumHealthyPercent ≤ 100), and leaving room to replace a task: ecs-dsl's validator warns
   * ({@code deployment-no-progress}) when the rounded bounds meet, because such a deployment can neither
   * start nor stop a task.
   */
  static Arbitrary<Deployment> deployments() {
    // the round values of the console and of real services come up often
    Arbitrary<Integer> minimum = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(0, 50, 100)),
        Tuple.of(2, Arbitraries.integers().between(0, 100)));
    Arbitrary<Integer> maximum = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(200, 100, 150)),
        Tuple.of(2, Arbitraries.integers().between(100, 200)));
    return Combinators.combine(Arbitraries.integers().between(1, 20), minimum, maximum)
        .as(Deployment::new)
        .filter(Deployment::leavesRoom);
  }

  /**
   * A cluster for a deployment: usually room for every task maximumPercent allows (so that the
   * deployment can use its whole batch), sometimes only the desired count plus 0–3 tasks, rounded up to
   * whole instances.
   */
  static Arbitrary<ClusterShape> clusters(Deployment deployment) {
    Arbitrary<Integer> perInstance = Arbitraries.integers().between(1, 3);
    Arbitrary<Integer> room = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(deployment.maximumTasks())),
        Tuple.of(2, Arbitraries.integers().between(0, 3).map(spare -> deployment.desired() + spare)));
    return Combinators.combine(room, perInstance)
        .as((tasks, each) -> new ClusterShape((tasks + each - 1) / each, each));
  }

  /** No health check, or one with an interval of 5–30 s, 1–3 retries and a start period of 0 or 10 s. */
  static Arbitrary<Optional<HealthCheckSpec>> healthChecks() {
    Arbitrary<HealthCheckSpec> check = Combinators.combine(
            Arbitraries.of(5, 10, 30),
            Arbitraries.integers().between(1, 3),
            Arbitraries.of(0, 10))
        .as(HealthCheckSpec::new);
    return check.optional(0.6);
  }

  /** Any failure script, timed ones taking 1–90 s. */
  static Arbitrary<FailureScript> scripts() {
    return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(1, 90))
        .as(FailureScript::of);
  }

  /** Breaker off, on, or on with rollback. */
  static Arbitrary<Breaker> breakers() {
    return Arbitraries.of(Breaker.class);
  }

  /** The runtime's seed. */
  static Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(0, 1_000_000);
  }

  /** Mostly nothing; sometimes one of {@code kinds} in the first two minutes of the rollout. */
  static Arbitrary<Disruption> disruptions(Disruption.Kind... kinds) {
    Arbitrary<Disruption> some = Combinators.combine(
            Arbitraries.of(kinds),
            Arbitraries.integers().between(0, 39),
            Arbitraries.integers().between(0, 120))
        .as(Disruption::new);
    return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Disruption.none())), Tuple.of(1, some));
  }

  /** Any scenario, undisturbed or with an instance drained. */
  static Arbitrary<RolloutScenario> scenarios() {
    return scenarios(breakers(), v -> true, disruptions(Disruption.Kind.DRAIN));
  }

  /** Undisturbed scenarios whose new revision comes to one of the verdicts, with one of the breakers. */
  static Arbitrary<RolloutScenario> scenarios(Arbitrary<Breaker> breakers, Predicate<Verdict> verdicts) {
    return scenarios(breakers, verdicts, Arbitraries.just(Disruption.none()));
  }

  /** Scenarios whose new revision comes to one of the verdicts, with one of the breakers and disruptions. */
  static Arbitrary<RolloutScenario> scenarios(Arbitrary<Breaker> breakers, Predicate<Verdict> verdicts,
      Arbitrary<Disruption> disruptions) {
    return scenarios(healthChecks(), breakers, scripts(), disruptions).filter(s -> verdicts.test(s.verdict()));
  }

  /** Scenarios made of the given parts; deployment, cluster and seed as always. */
  static Arbitrary<RolloutScenario> scenarios(Arbitrary<Optional<HealthCheckSpec>> healthChecks,
      Arbitrary<Breaker> breakers, Arbitrary<FailureScript> scripts, Arbitrary<Disruption> disruptions) {
    return deployments().flatMap(deployment -> Combinators.combine(
            clusters(deployment), healthChecks, breakers, scripts, disruptions, seeds())
        .as((cluster, check, breaker, script, disruption, seed) ->
            new RolloutScenario(deployment, cluster, check, breaker, script, disruption, seed)));
  }
}
