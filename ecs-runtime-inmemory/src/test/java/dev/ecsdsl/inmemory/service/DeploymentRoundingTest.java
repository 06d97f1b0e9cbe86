package dev.ecsdsl.inmemory.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.service.RolloutScenario.Breaker;
import dev.ecsdsl.inmemory.service.RolloutScenario.ClusterShape;
import dev.ecsdsl.inmemory.service.RolloutScenario.Deployment;
import dev.ecsdsl.validation.Problem;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * How ECS rounds the deployment percentages (API DeploymentConfiguration): maximumPercent of the desired
 * count rounded down, minimumHealthyPercent rounded up. A healthy rollout on a cluster with room to spare
 * uses the whole of both bounds and never more.
 */
class DeploymentRoundingTest {

  private static RolloutScenario rollout(int desired, int minimumHealthyPercent, int maximumPercent) {
    Deployment deployment = new Deployment(desired, minimumHealthyPercent, maximumPercent);
    return new RolloutScenario(deployment, new ClusterShape(deployment.maximumTasks(), 1), Optional.empty(),
        Breaker.OFF, FailureScript.healthy(), Disruption.none(), 7);
  }

  @ParameterizedTest(name = "desired {0}, min {1}%, max {2}% → at least {3} healthy, at most {4} tasks")
  @CsvSource({
      "3, 50, 150, 2, 4",    // 1.5 rounds up to 2, 4.5 down to 4
      "1, 100, 200, 1, 2",
      "5, 50, 120, 3, 6",    // 2.5 up to 3, 6.0 stays 6
      "3, 34, 133, 2, 3",    // 1.02 up to 2, 3.99 down to 3: no extra task, the deployment stops one first
      "7, 0, 100, 0, 7",     // everything may stop at once
      "10, 91, 110, 10, 11", // 9.1 up to 10: one new task at a time, and no old one stops before it is healthy
      "20, 33, 101, 7, 20",  // 6.6 up to 7, 20.2 down to 20
  })
  void aHealthyRolloutUsesExactlyTheRoundedBounds(int desired, int minimum, int maximum, int fewestHealthy,
      int mostTasks) {
    RolloutScenario scenario = rollout(desired, minimum, maximum);
    assertThat(scenario.deployment().minimumHealthyTasks()).isEqualTo(fewestHealthy);
    assertThat(scenario.deployment().maximumTasks()).isEqualTo(mostTasks);

    RolloutRun.Outcome outcome = RolloutRun.play(scenario, Duration.ofHours(1));

    assertThat(outcome.settled()).as("%s", outcome).isTrue();
    assertThat(outcome.running("web:2")).isEqualTo(desired);
    assertThat(outcome.fewestHealthy()).as("fewest healthy tasks at any instant").isEqualTo(fewestHealthy);
    assertThat(outcome.mostTasks()).as("most tasks RUNNING or PENDING at any instant").isEqualTo(mostTasks);
    assertThat(outcome.aboveMaximum()).isEmpty();
    assertThat(outcome.belowMinimum()).isEmpty();
  }

  /**
   * desired 2, min 51% (1.02 → 2), max 149% (2.98 → 2): the bounds meet, so a deployment can neither
   * start a task nor stop one. ecs-dsl's validator warns, and in memory, as in ECS, nothing moves.
   */
  @Test
  void boundsThatMeetLeaveTheDeploymentStuck() {
    RolloutScenario scenario = rollout(2, 51, 149);
    assertThat(scenario.deployment().leavesRoom()).isFalse();
    assertThat(dev.ecsdsl.Ecs.environment("x").cluster("prod", c -> c.instanceGroup("hosts",
            g -> g.instanceType("m5.large").count(2)))
        .taskDefinition("web", td -> td.container("app", a -> a.image("web:1").memory(128)))
        .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(2).ec2().deployment(51, 149))
        .validate().problems())
        .extracting(Problem::rule).contains("deployment-no-progress");

    RolloutRun.Outcome outcome = RolloutRun.play(scenario, Duration.ofMinutes(10));

    assertThat(outcome.settled()).isFalse();
    assertThat(outcome.running("web:1")).isEqualTo(2);
    assertThat(outcome.active("web:2")).isZero();
  }
}
