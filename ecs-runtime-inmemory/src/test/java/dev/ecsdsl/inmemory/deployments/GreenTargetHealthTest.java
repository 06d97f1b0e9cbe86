package dev.ecsdsl.inmemory.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.runtime.ServiceEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Green tasks of a blue/green deployment register with the alternate target group (developer guide, "Application
 * Load Balancer resources for blue/green, linear, and canary deployments"), so the service event of a green task
 * that fails its ELB health checks names that group, as ECS's "(task …) (port …) is unhealthy in (target-group …)"
 * event does.
 */
class GreenTargetHealthTest {
  static Environment shop() {
    var builder = Ecs.environment("shop")
        .role("execution", r -> r.trustedBy(IamRole.ECS_TASKS))
        .role("ecs-infrastructure", r -> r.trustedBy(IamRole.ECS))
        .loadBalancer("shop-alb", lb -> lb.subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b")
            .securityGroups("default").listener(80, l -> l.forwardTo("web-blue").pathRule(10, "/*", "web-blue")))
        .targetGroup("web-blue", tg -> tg.ip().port(8080))
        .targetGroup("web-green", tg -> tg.ip().port(8080))
        .cluster("prod", c -> c.fargateCapacityProviders());
    for (String version : List.of("1", "2")) {
      builder.taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
          .container("app", a -> a.image("shop/web:" + version).port(8080)));
    }
    return builder.service("web", s -> s.cluster("prod").taskDefinition("web:1").desiredCount(2).fargate()
        .subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b").securityGroups("default")
        .loadBalancer("web-blue", "app", 8080, a -> a.alternateTargetGroupArn("web-green")
            .productionListenerRule("shop-alb:80:10").roleArn("ecs-infrastructure"))
        .blueGreen(5).circuitBreaker(true)).build();
  }

  @Test
  void aGreenTaskThatFailsItsElbHealthChecksIsReportedInTheAlternateTargetGroup() {
    try (InMemoryEcs ecs = InMemoryEcs.create(5)) {
      ecs.deploy(shop());
      ecs.clock().advance(Duration.ofMinutes(5));
      ecs.behaviour("web:2", "app", ContainerBehaviour.failsLoadBalancerHealthChecks());
      ecs.ecs().updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2"));
      ecs.clock().advance(Duration.ofMinutes(10));

      List<String> unhealthy = ecs.ecs().describeServices(r -> r.cluster("prod").services("web")).services().get(0)
          .events().stream().map(ServiceEvent::message).filter(m -> m.contains("is unhealthy in")).toList();
      assertThat(unhealthy).isNotEmpty().allSatisfy(m -> assertThat(m).contains("(target-group web-green)"));
    }
  }
}
