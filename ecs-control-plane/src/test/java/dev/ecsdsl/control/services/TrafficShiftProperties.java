package dev.ecsdsl.control.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.dsl.ServiceBuilder;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.runtime.ServiceEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated strategies, step sizes, bake times, hook answers and failure points (docs/DEPLOYMENTS.md §5.2,
 * §8.3): production traffic to green never runs ahead of the strategy's schedule (the shifts are the schedule's
 * steps, in order, at least a step bake apart); a deployment that fails anywhere ends with all production traffic on
 * blue and blue at its full count; the same seed gives the same timeline. jqwik prints the seed of a failing try.
 */
class TrafficShiftProperties {

  /** A strategy, a failure (none, a FAILED hook at a stage, an alarm after some minutes) and the hook's delay. */
  record Scenario(String strategy, double step, int stepBake, int bake, DeploymentLifecycleHookStage failingStage,
      int alarmAfterMinutes, int callBackDelay) {

    Consumer<ServiceBuilder> configure() {
      return TrafficShiftShop.strategy(strategy, step, stepBake, bake);
    }

  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<String> strategy = Arbitraries.of("BLUE_GREEN", "LINEAR", "CANARY");
    Arbitrary<Double> step = Arbitraries.of(5.0, 10.0, 25.0, 33.0, 50.0);
    Arbitrary<Integer> stepBake = Arbitraries.integers().between(0, 10);
    Arbitrary<Integer> bake = Arbitraries.integers().between(0, 20);
    Arbitrary<DeploymentLifecycleHookStage> failing = Arbitraries.of(DeploymentLifecycleHookStage.PRE_SCALE_UP,
        DeploymentLifecycleHookStage.POST_SCALE_UP, DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT,
        DeploymentLifecycleHookStage.PRODUCTION_TRAFFIC_SHIFT,
        DeploymentLifecycleHookStage.POST_PRODUCTION_TRAFFIC_SHIFT).injectNull(0.4);
    Arbitrary<Integer> alarm = Arbitraries.integers().between(0, 60).edgeCases(c -> c.add(0));
    Arbitrary<Integer> delay = Arbitraries.integers().between(0, 90);
    return Combinators.combine(strategy, step, stepBake, bake, failing, alarm, delay).as(Scenario::new);
  }

  private static final class Run {
    final TrafficShiftShop shop = new TrafficShiftShop();
    final List<Double> shifts = new ArrayList<>();
    final List<Instant> shiftTimes = new ArrayList<>();
    List<String> timeline;

    Run(Scenario scenario) {
      DeploymentLifecycleHookStage[] stages = scenario.failingStage() == null ? new DeploymentLifecycleHookStage[0]
          : new DeploymentLifecycleHookStage[] {scenario.failingStage()};
      shop.deployed(TrafficShiftShop.shop(scenario.configure(), stages));
      shop.plane.serviceDeployments().lifecycleHooks().register(TrafficShiftShop.HOOK,
          LifecycleHookHandler.scripted(HookResponse.inProgress(scenario.callBackDelay()), HookResponse.failed()));
      shop.update("web:2");
      for (int minute = 1; minute <= 6 * 60; minute++) {
        shop.loop.advance(Duration.ofMinutes(1));
        if (minute == scenario.alarmAfterMinutes()) {
          shop.plane.serviceDeployments().alarms().set("green-5xx", AlarmState.ALARM);
        }
      }
      for (ServiceEvent event : shop.events("shifted production traffic")) {
        shifts.add(Double.parseDouble(event.message().replaceAll(".*traffic: ([0-9.]+) %.*", "$1")));
        shiftTimes.add(event.createdAt());
      }
      timeline = shop.plane.services().describeService("prod", "web").events().stream()
          .map(e -> e.createdAt() + " " + e.message()).toList();
    }
  }

  @Property(tries = 40)
  void trafficFollowsTheScheduleAndAFailedDeploymentEndsOnBlueAtFullCapacity(
      @ForAll("scenarios") Scenario scenario) {
    Run run = new Run(scenario);
    ServiceDeployment deployment = run.shop.latest();
    ShiftSchedule schedule = ShiftSchedule.of(deployment.configuration());

    // production shifts are a prefix of the schedule (then 0 on a rollback), each at least a step bake apart
    List<Double> forward = run.shifts.stream().filter(p -> p > 0).toList();
    assertThat(forward.size()).isLessThanOrEqualTo(schedule.steps().size());
    assertThat(forward).isEqualTo(schedule.steps().subList(0, forward.size()));
    for (int i = 1; i < forward.size(); i++) {
      assertThat(Duration.between(run.shiftTimes.get(i - 1), run.shiftTimes.get(i)))
          .isGreaterThanOrEqualTo(schedule.stepBake());
    }
    Instant alarmAt = deployment.createdAt().plus(Duration.ofMinutes(scenario.alarmAfterMinutes()));
    boolean alarmDuringDeployment = scenario.alarmAfterMinutes() > 0 && run.shop.events("lifecycle stage CLEAN_UP")
        .stream().noneMatch(e -> !e.createdAt().isAfter(alarmAt));
    if (scenario.failingStage() != null || alarmDuringDeployment) {
      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
      assertThat(run.shop.plane.loadBalancers().forwardWeights(TrafficShiftShop.PRODUCTION_RULE))
          .containsEntry("blue", 100.0);
      assertThat(run.shop.production(20)).isEqualTo(Map.of("blue", 20L, "green", 0L));
      assertThat(run.shop.runningRevisions()).containsExactly("web:1", "web:1");
    } else {
      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
      assertThat(forward).isEqualTo(schedule.steps());
      assertThat(run.shop.runningRevisions()).containsExactly("web:2", "web:2");
    }
  }

  @Property(tries = 10)
  void theSameSeedGivesTheSameTimeline(@ForAll("scenarios") Scenario scenario) {
    assertThat(new Run(scenario).timeline).isEqualTo(new Run(scenario).timeline);
  }

}
