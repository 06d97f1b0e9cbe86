package dev.ecsdsl.control.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.LinearConfiguration;
import dev.ecsdsl.runtime.ServiceEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LINEAR and CANARY deployments (developer guide, "Amazon ECS linear deployments", "Amazon ECS canary deployments";
 * API reference, {@code LinearConfiguration}, {@code CanaryConfiguration}; docs/DEPLOYMENTS.md §5.2): production
 * traffic moves in steps with a bake between them, the hooks of PRE_PRODUCTION_TRAFFIC_SHIFT and
 * PRODUCTION_TRAFFIC_SHIFT run at every step, and the bake time follows the last step.
 */
class LinearCanaryDeploymentTest {
  private final TrafficShiftShop shop = new TrafficShiftShop();

  private List<Instant> shiftTimes() {
    return shop.events("shifted production traffic").stream().map(ServiceEvent::createdAt).toList();
  }

  private List<String> shiftTexts() {
    return shop.events("shifted production traffic").stream()
        .map(e -> e.message().replaceAll(".*shifted production traffic: ([0-9.]+) %.*", "$1")).toList();
  }

  /** linear: "Step 1: 10.0% to green ... until 100% reaches green"; no step bake after the step to 100 %. */
  @Test
  void aLinearDeploymentShiftsInEqualStepsWithTheStepBakeBetweenThem() {
    shop.deployed(TrafficShiftShop.shop(s -> s.linear(25.0, 5, 10)));
    shop.update("web:2");
    shop.loop.advance(Duration.ofMinutes(60));

    assertThat(shiftTexts()).containsExactly("25.0", "50.0", "75.0", "100.0");
    List<Instant> at = shiftTimes();
    for (int i = 1; i < at.size(); i++) {
      assertThat(Duration.between(at.get(i - 1), at.get(i))).isEqualTo(Duration.ofMinutes(5));
    }
    Instant bake = shop.events("lifecycle stage BAKE_TIME").get(0).createdAt();
    Instant cleanUp = shop.events("lifecycle stage CLEAN_UP").get(0).createdAt();
    assertThat(bake).isEqualTo(at.get(3));
    assertThat(Duration.between(bake, cleanUp)).isEqualTo(Duration.ofMinutes(10));
    assertThat(shop.stagesEntered().stream().filter("PRODUCTION_TRAFFIC_SHIFT"::equals)).hasSize(4);
    assertThat(shop.stagesEntered().stream().filter("PRE_PRODUCTION_TRAFFIC_SHIFT"::equals)).hasSize(4);
    assertThat(shop.latest().status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
    assertThat(shop.runningRevisions()).containsExactly("web:2", "web:2");
  }

  /** Requests follow the step's weights, one choice per request from the seeded stream (A4). */
  @Test
  void requestsFollowTheWeightsOfTheCurrentStep() {
    shop.deployed(TrafficShiftShop.shop(s -> s.linear(25.0, 5, 10)));
    shop.update("web:2");
    while (shiftTimes().isEmpty()) {
      shop.loop.advance(Duration.ofSeconds(5));
    }
    assertThat(shop.plane.loadBalancers().forwardWeights(TrafficShiftShop.PRODUCTION_RULE))
        .isEqualTo(Map.of("blue", 75.0, "green", 25.0));
    Map<String, Long> split = shop.production(1000);
    assertThat(split.get("green")).isBetween(200L, 300L);
    assertThat(split.get("blue") + split.get("green")).isEqualTo(1000L);
  }

  /** canary: canaryPercent, then canaryBakeTimeInMinutes, then the rest; hooks at both steps with their weights. */
  @Test
  void aCanaryShiftsItsPercentBakesThenShiftsTheRestAndHooksSeeEachStep() {
    shop.deployed(TrafficShiftShop.shop(s -> s.canary(10.0, 15, 5),
        DeploymentLifecycleHookStage.PRE_PRODUCTION_TRAFFIC_SHIFT, DeploymentLifecycleHookStage.PRODUCTION_TRAFFIC_SHIFT));
    List<HookInvocation> calls = new ArrayList<>();
    shop.plane.serviceDeployments().lifecycleHooks().register(TrafficShiftShop.HOOK, invocation -> {
      calls.add(invocation);
      return HookResponse.succeeded();
    });

    shop.update("web:2");
    shop.loop.advance(Duration.ofMinutes(60));

    assertThat(shiftTexts()).containsExactly("10.0", "100.0");
    assertThat(Duration.between(shiftTimes().get(0), shiftTimes().get(1))).isEqualTo(Duration.ofMinutes(15));
    String green = shop.latest().target().arn();
    assertThat(calls).extracting(HookInvocation::lifecycleStage).containsExactly(
        DeploymentLifecycleStage.PRE_PRODUCTION_TRAFFIC_SHIFT, DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT,
        DeploymentLifecycleStage.PRE_PRODUCTION_TRAFFIC_SHIFT, DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT);
    // lambda-hooks: PRE_ carries the weights before the step, PRODUCTION_ the weights after it
    assertThat(calls).extracting(c -> c.productionTrafficWeights().get(green)).containsExactly(0.0, 10.0, 10.0, 100.0);
    assertThat(shop.latest().status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
  }

  /** A failure during the canary bake sends every request back to blue and ends on blue at full count. */
  @Test
  void anAlarmDuringTheCanaryBakeRollsBack() {
    shop.deployed(TrafficShiftShop.shop(s -> s.canary(10.0, 15, 5)));
    shop.update("web:2");
    while (shiftTimes().isEmpty()) {
      shop.loop.advance(Duration.ofSeconds(5));
    }
    shop.loop.advance(Duration.ofMinutes(5));
    shop.plane.serviceDeployments().alarms().set("green-5xx", AlarmState.ALARM);
    shop.loop.advance(Duration.ofMinutes(20));

    assertThat(shiftTexts()).containsExactly("10.0", "0.0");
    assertThat(shop.latest().status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
    assertThat(shop.latest().lifecycleStage()).contains(DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT);
    assertThat(shop.production(100)).isEqualTo(Map.of("blue", 100L, "green", 0L));
    assertThat(shop.runningRevisions()).containsExactly("web:1", "web:1");
  }

  /** api-linear: multiples of 0.1; a step that does not divide 100 leaves the remainder to the last step (A5). */
  @Test
  void linearStepsThatDoNotDivideAHundredEndWithTheRemainder() {
    ShiftSchedule schedule = ShiftSchedule.of(DeploymentConfiguration.builder().strategy(DeploymentStrategy.LINEAR)
        .linearConfiguration(LinearConfiguration.of(33.0, 2)).build());
    assertThat(schedule.steps()).containsExactly(33.0, 66.0, 99.0, 100.0);
    assertThat(schedule.stepBake()).isEqualTo(Duration.ofMinutes(2));
    ShiftSchedule defaults = ShiftSchedule.of(DeploymentConfiguration.builder().strategy(DeploymentStrategy.LINEAR)
        .build());
    assertThat(defaults.steps()).hasSize(10).endsWith(100.0);
    assertThat(defaults.stepBake()).isEqualTo(Duration.ofMinutes(LinearConfiguration.DEFAULT_STEP_BAKE_TIME_IN_MINUTES));
  }
}
