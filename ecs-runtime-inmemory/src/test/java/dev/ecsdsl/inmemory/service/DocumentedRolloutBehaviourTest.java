package dev.ecsdsl.inmemory.service;

import static dev.ecsdsl.inmemory.service.RolloutScenario.CLUSTER;
import static dev.ecsdsl.inmemory.service.RolloutScenario.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.service.RolloutScenario.Breaker;
import dev.ecsdsl.inmemory.service.RolloutScenario.ClusterShape;
import dev.ecsdsl.inmemory.service.RolloutScenario.Deployment;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RuntimeEvent;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rollout behaviour that the ECS documentation spells out, each as the smallest example (the properties
 * that found the first three, while the scheduler still got them wrong, are in
 * {@link RollingDeploymentProperties} and {@link CircuitBreakerProperties}).
 */
class DocumentedRolloutBehaviourTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  private static RolloutScenario scenario(int desired, int minimum, int maximum, Breaker breaker,
      FailureScript script) {
    return new RolloutScenario(new Deployment(desired, minimum, maximum),
        new ClusterShape(desired * maximum / 100, 1), Optional.empty(), breaker, script, Disruption.none(), 3);
  }

  private static InMemoryEcs steady(RolloutScenario scenario) {
    InMemoryEcs ecs = InMemoryEcs.create(scenario.seed());
    ecs.behaviourOfImage(RolloutScenario.NEW_IMAGE, scenario.script().behaviour());
    ecs.deploy(scenario.environment());
    ecs.await(Conditions.serviceSteady(CLUSTER, SERVICE)).atMost(TEN_MINUTES);
    return ecs;
  }

  private static void update(InMemoryEcs ecs) {
    ecs.ecs().updateService(UpdateServiceRequest.builder().cluster(CLUSTER).service(SERVICE).taskDefinition("web:2")
        .build());
  }

  private static List<String> running(InMemoryEcs ecs) {
    return ListAndDescribe.tasks(ecs.ecs(), CLUSTER, TaskFilter.running().serviceName(SERVICE)).stream()
        .map(Task::taskArn).toList();
  }

  /**
   * API DeploymentConfiguration, minimumHealthyPercent: "If a task has no essential containers with a
   * health check defined, the service scheduler will wait for 40 seconds after a task reaches a RUNNING
   * state before the task is counted towards the minimum healthy percent total." A new task that crashes
   * 5 s after it starts never counts, so with minimumHealthyPercent 100 the old task is never stopped.
   */
  @Test
  void withoutHealthChecksANewTaskCountsTowardsTheMinimumOnlyAfterFortySeconds() {
    RolloutScenario scenario = scenario(1, 100, 200, Breaker.OFF,
        FailureScript.of(FailureScript.Kind.CRASHES_AFTER, 5));
    try (InMemoryEcs ecs = steady(scenario)) {
      List<String> before = running(ecs);
      update(ecs);

      ecs.clock().advance(Duration.ofMinutes(2));

      assertThat(ListAndDescribe.tasks(ecs.ecs(), CLUSTER, TaskFilter.running().serviceName(SERVICE)))
          .as("the web:1 task still runs").extracting(Task::taskArn).containsAll(before);
    }
  }

  /**
   * Developer guide, "How the Amazon ECS deployment circuit breaker detects failures": "When the deployment
   * circuit breaker determines that a deployment failed, it looks for the most recent deployment that is
   * in a COMPLETED state. [...] When the rollback starts, the deployment changes from a COMPLETED to
   * IN_PROGRESS." The deployment rolled back to is the one from before the update, with its tasks.
   */
  @Test
  void aRollbackReactivatesTheCompletedDeploymentAndKeepsItsTasks() {
    RolloutScenario scenario = scenario(2, 100, 200, Breaker.ROLLBACK,
        FailureScript.of(FailureScript.Kind.FAILS_TO_PULL, 0));
    try (InMemoryEcs ecs = steady(scenario)) {
      String completed = ecs.ecs().describeServices(q -> q.cluster(CLUSTER).services(SERVICE)).service()
          .primaryDeployment().id();
      List<String> before = running(ecs);
      update(ecs);

      ecs.await(Conditions.serviceSteady(CLUSTER, SERVICE)).atMost(TEN_MINUTES);

      assertThat(ecs.ecs().describeServices(q -> q.cluster(CLUSTER).services(SERVICE)).service().primaryDeployment()
          .id()).isEqualTo(completed);
      assertThat(running(ecs)).containsExactlyInAnyOrderElementsOf(before);
    }
  }

  /**
   * Same page: the deployment rolled back to "is not eligible for another rollback until it reaches a
   * COMPLETED state. When the deployment circuit breaker does not find a deployment that is in a COMPLETED
   * state, the circuit breaker does not launch new tasks and the deployment is stalled." Here the old
   * image is gone too (say, expired from the registry) after half the old tasks were replaced: the
   * rollback fails, and that is the end of it, not a rollback every few seconds.
   */
  @Test
  void aRollbackThatFailsTooStalls() {
    RolloutScenario scenario = scenario(4, 50, 200, Breaker.ROLLBACK,
        FailureScript.of(FailureScript.Kind.FAILS_TO_START, 0));
    try (InMemoryEcs ecs = steady(scenario)) {
      ecs.behaviourOfImage(RolloutScenario.OLD_IMAGE, ContainerBehaviour.failsToStart("image not found"));
      Instant updated = ecs.clock().now();
      update(ecs);

      ecs.clock().advance(TEN_MINUTES);

      List<RuntimeEvent> events = ecs.events().stream().filter(e -> !e.at().isBefore(updated)).toList();
      assertThat(events).filteredOn(e -> e.message().contains("rolling back to deployment")).hasSize(1);
      assertThat(events).as("nothing launched in the last five minutes")
          .filteredOn(e -> e.type() == EventType.TASK_PLACED && e.at().isAfter(updated.plus(Duration.ofMinutes(5))))
          .isEmpty();
    }
  }

  /**
   * Developer guide, "Amazon ECS service throttle logic": tasks that go from PENDING straight to STOPPED
   * are retried with "the time between subsequent restart attempts [...] incrementally increased up to a
   * maximum of 27 minutes", ECS "doesn't ever stop a failing service from retrying", it says "is unable
   * to consistently start tasks successfully", and "if you update your service to use a new task
   * definition, your service returns to a normal, non-throttled state immediately."
   */
  @Test
  void tasksThatNeverStartAreRetriedLessAndLessOftenUntilANewTaskDefinition() {
    RolloutScenario scenario = scenario(1, 100, 200, Breaker.OFF,
        FailureScript.of(FailureScript.Kind.FAILS_TO_START, 0));
    try (InMemoryEcs ecs = steady(scenario)) {
      Instant updated = ecs.clock().now();
      update(ecs);
      ecs.clock().advance(Duration.ofHours(3));

      List<Instant> launches = placedSince(ecs, updated);
      List<Duration> gaps = new java.util.ArrayList<>();
      for (int i = 1; i < launches.size(); i++) {
        gaps.add(Duration.between(launches.get(i - 1), launches.get(i)));
      }
      assertThat(gaps).as("gaps between launches").isSortedAccordingTo(Duration::compareTo);
      assertThat(gaps.get(0)).isLessThan(Duration.ofSeconds(15));
      assertThat(gaps.get(gaps.size() - 1)).isBetween(Duration.ofMinutes(27), Duration.ofMinutes(28));
      assertThat(ecs.ecs().describeServices(q -> q.cluster(CLUSTER).services(SERVICE)).service().events())
          .anyMatch(e -> e.message().equals("(service web) is unable to consistently start tasks successfully."));
      assertThat(running(ecs)).as("the web:1 task still runs").hasSize(1);

      Instant rolledBack = ecs.clock().now();
      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster(CLUSTER).service(SERVICE).taskDefinition("web:1")
          .build());
      ecs.clock().advance(Duration.ofSeconds(1));
      assertThat(placedSince(ecs, rolledBack)).as("a launch right after the update").hasSize(1);
    }
  }

  /**
   * A pull that fails at once (no simulated time passes) still counts one failure per launch, so the
   * throttle lets time pass instead of relaunching at the same instant forever.
   */
  @Test
  void aFailureThatTakesNoTimeIsThrottledToo() {
    RolloutScenario scenario = scenario(1, 100, 200, Breaker.OFF, FailureScript.healthy());
    try (InMemoryEcs ecs = steady(scenario)) {
      ecs.behaviourOfImage(RolloutScenario.NEW_IMAGE,
          ContainerBehaviour.failsToPull("manifest unknown").withPullTime(Duration.ZERO));
      Instant updated = ecs.clock().now();
      update(ecs);

      assertThatThrownBy(() -> ecs.await("more than 50 placements", r -> placedSince(ecs, updated).size() > 50)
          .atMost(Duration.ofMinutes(10))).as("placements in 10 minutes: %s", placedSince(ecs, updated).size())
          .isInstanceOf(WaitTimeoutException.class);
      assertThat(Duration.between(updated, ecs.clock().now())).isEqualTo(Duration.ofMinutes(10));
    }
  }

  private static List<Instant> placedSince(InMemoryEcs ecs, Instant since) {
    return ecs.events().stream().filter(e -> e.type() == EventType.TASK_PLACED && !e.at().isBefore(since))
        .map(RuntimeEvent::at).toList();
  }
}
