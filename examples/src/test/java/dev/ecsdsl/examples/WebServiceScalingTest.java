package dev.ecsdsl.examples;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.junit.Deploy;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.Service;
import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.RequestLoad;
import dev.ecsdsl.runtime.ScalingActivity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The storefront behind its ALB under rising and falling load: target tracking on ALBRequestCountPerTarget
 * (1,000 requests per target per minute) scales the web service out, then back in.
 */
@EcsTest(seed = 11)
class WebServiceScalingTest {
  private static final Duration HOUR = Duration.ofHours(1);

  @Deploy Environment storefront = storefront();

  /** The storefront of two to twelve tasks, scaled on 1,000 requests per target. */
  static Environment storefront() {
    return StorefrontNetwork.network()
        .taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
            .container("app", a -> a.image("shop/web:1").port(8080)))
        .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(2).fargate()
            .subnets("subnet-a", "subnet-b").securityGroups("sg-web").loadBalancer("web", "app", 8080)
            .healthCheckGracePeriod(60).autoScaling(2, 12, a -> a.targetRequestsPerTarget("web", 1000)))
        .build();
  }

  @Service("web") ServiceHandle web;

  @Test
  void theWebServiceScalesOutUnderRisingLoadAndBackInWhenItFalls(InMemoryEcs ecs) {
    web.awaitSteady(HOUR);
    RequestLoad shoppers = ecs.elb().driveRequests(r -> r.loadBalancer("alb").listenerPort(443)
        .host("shop.example.com").path("/").perSecond(20));
    ecs.clock().advance(Duration.ofMinutes(10));
    assertThat(web).as("1,200 a minute over two targets: below the target").hasDesiredCount(2);

    shoppers.perSecond(150);
    ecs.clock().advance(Duration.ofMinutes(15));
    assertThat(web).as("9,000 a minute: 4,500 per target, so 2 × 4.5 = 9 tasks").hasDesiredCount(9)
        .hasRunningCount(9);

    shoppers.perSecond(20);
    ecs.clock().advance(HOUR);
    assertThat(web).as("back at the minimum capacity").hasDesiredCount(2).hasRunningCount(2);
    List<ScalingActivity> activities = ecs.autoScaling()
        .describeScalingActivities(r -> r.cluster("prod").service("web")).scalingActivities();
    assertThat(activities).extracting(a -> a.fromCount() + "→" + a.toCount()).containsExactly("2→9", "9→2");
    assertThat(shoppers.failed()).as("no request found the service without a target").isZero();
  }
}
