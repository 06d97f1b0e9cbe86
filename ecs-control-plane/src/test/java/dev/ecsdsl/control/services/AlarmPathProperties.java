package dev.ecsdsl.control.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.control.agent.RequestAnswer;
import dev.ecsdsl.dsl.ServiceBuilder;
import dev.ecsdsl.runtime.RequestResult;
import java.time.Duration;
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
 * The alarm path over generated strategies, 5xx rates of the green revision and request rates (developer guide,
 * "How CloudWatch alarms detect Amazon ECS deployment failures"; docs/DEPLOYMENTS.md §8.1, §8.3): the shop's alarm
 * green-5xx (Sum of green's HTTPCode_Target_5XX_Count ≥ 1 in a minute) is evaluated from the requests the load
 * balancer routes, so a green revision that answers some requests with 503 while it gets production traffic fails
 * the deployment. A deployment that fails ends with 100 % of production traffic on blue, blue at its full count, and
 * no request lost on the way; one whose green answers every request succeeds; the same seed gives the same
 * timeline. jqwik prints the seed of a failing try.
 */
class AlarmPathProperties {

  /** A strategy, green's share of 503 answers and the requests sent to production each minute. */
  record Scenario(String strategy, double step, int stepBake, int bake, double errorPercent, int perMinute) {
    Consumer<ServiceBuilder> configure() {
      return TrafficShiftShop.strategy(strategy, step, stepBake, bake);
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Combinators.combine(Arbitraries.of("BLUE_GREEN", "LINEAR", "CANARY"),
        Arbitraries.of(5.0, 10.0, 25.0, 33.0, 50.0), Arbitraries.integers().between(1, 10),
        Arbitraries.integers().between(3, 20), Arbitraries.of(0.0, 1.0, 5.0, 20.0, 100.0),
        Arbitraries.integers().between(50, 400)).as(Scenario::new);
  }

  private static final class Run {
    final TrafficShiftShop shop = new TrafficShiftShop();
    long sent;
    long served;
    long lost;
    List<String> timeline;

    Run(Scenario scenario) {
      shop.agent.answers.put("web:2", new RequestAnswer(scenario.errorPercent(), 503, Duration.ofMillis(40)));
      shop.deployed(TrafficShiftShop.shop(scenario.configure()));
      shop.update("web:2");
      for (int minute = 1; minute <= 4 * 60; minute++) {
        for (int second = 0; second < 60; second += 15) {
          shop.loop.advance(Duration.ofSeconds(15));
          RequestResult result = shop.plane.loadBalancers().sendRequests("web-alb", 80, "shop.example.com", "/",
              scenario.perMinute() / 4);
          sent += scenario.perMinute() / 4;
          served += result.served();
          lost += result.failed();
        }
      }
      timeline = shop.plane.services().describeService("prod", "web").events().stream()
          .map(e -> e.createdAt() + " " + e.message()).toList();
    }
  }

  @Property(tries = 30)
  void aDeploymentThatAnAlarmFailsEndsOnBlueAtFullCapacityWithNoRequestLost(@ForAll("scenarios") Scenario scenario) {
    Run run = new Run(scenario);
    ServiceDeployment deployment = run.shop.latest();

    assertThat(run.lost).as("requests the load balancer could not route").isZero();
    assertThat(run.served).isEqualTo(run.sent);
    if (scenario.errorPercent() == 0) {
      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
      assertThat(run.shop.runningRevisions()).containsExactly("web:2", "web:2");
    }
    if (scenario.errorPercent() >= 20) {
      // green takes every production request for at least the 3-minute bake, at least 50 a minute: some of its
      // answers are 503s, which breach the threshold at the end of a minute before CLEAN_UP
      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
    }
    if (deployment.status() != ServiceDeploymentStatus.SUCCESSFUL) {
      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
      assertThat(deployment.failureCause()).contains(FailureCause.ALARM);
      assertThat(deployment.triggeredAlarmNames()).containsExactly("green-5xx");
      assertThat(run.shop.plane.loadBalancers().forwardWeights(TrafficShiftShop.PRODUCTION_RULE))
          .containsEntry("blue", 100.0);
      assertThat(run.shop.production(20)).isEqualTo(Map.of("blue", 20L, "green", 0L));
      assertThat(run.shop.runningRevisions()).containsExactly("web:1", "web:1");
      assertThat(deployment.productionTrafficWeights()).endsWith(0.0);
    }
  }

  @Property(tries = 8)
  void theSameSeedGivesTheSameTimeline(@ForAll("scenarios") Scenario scenario) {
    assertThat(new Run(scenario).timeline).isEqualTo(new Run(scenario).timeline);
  }
}
