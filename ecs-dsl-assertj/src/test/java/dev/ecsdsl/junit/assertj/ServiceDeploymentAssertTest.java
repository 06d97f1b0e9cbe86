package dev.ecsdsl.junit.assertj;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.services.DeploymentLifecycleStage;
import dev.ecsdsl.control.services.FailureCause;
import dev.ecsdsl.control.services.HookResponse;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.dsl.ServiceBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The deployment assertions: stages reached, completion, rollback and its cause, weights over time. */
class ServiceDeploymentAssertTest {
  private static final String HOOK = "arn:aws:lambda:us-east-1:123456789012:function:smoke";

  static Environment shop(Consumer<ServiceBuilder> strategy) {
    var builder = Ecs.environment("shop")
        .role("execution", r -> r.trustedBy(IamRole.ECS_TASKS))
        .role("ecs-infrastructure", r -> r.trustedBy(IamRole.ECS))
        .role("hook-invoker", r -> r.trustedBy(IamRole.ECS).allow("lambda:InvokeFunction", HOOK))
        .loadBalancer("shop-alb", lb -> lb.subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b")
            .securityGroups("default").listener(80, l -> l.forwardTo("web-blue").pathRule(10, "/*", "web-blue")))
        .targetGroup("web-blue", tg -> tg.ip().port(8080))
        .targetGroup("web-green", tg -> tg.ip().port(8080))
        .cluster("prod", c -> c.fargateCapacityProviders());
    for (String version : List.of("1", "2")) {
      builder.taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
          .container("app", a -> a.image("shop/web:" + version).port(8080)));
    }
    return builder.service("web", s -> {
      s.cluster("prod").taskDefinition("web:1").desiredCount(2).fargate()
          .subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b").securityGroups("default")
          .loadBalancer("web-blue", "app", 8080, a -> a.alternateTargetGroupArn("web-green")
              .productionListenerRule("shop-alb:80:10").roleArn("ecs-infrastructure"))
          .lifecycleHook(HOOK, "hook-invoker", DeploymentLifecycleHookStage.POST_PRODUCTION_TRAFFIC_SHIFT);
      strategy.accept(s);
    }).build();
  }

  private static ServiceDeployment run(InMemoryEcs ecs, Consumer<ServiceBuilder> strategy, HookResponse answer) {
    ecs.deploy(shop(strategy));
    ecs.clock().advance(Duration.ofMinutes(5));
    ecs.serviceDeployments().lifecycleHooks().register(HOOK, invocation -> answer);
    ecs.ecs().updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2"));
    ecs.clock().advance(Duration.ofHours(2));
    return ecs.serviceDeployments().list("prod", "web", List.of(), Optional.empty(), Optional.empty()).get(0);
  }

  @Test
  void aLinearRolloutThatCompletesReachedEveryStageAndShiftedInItsSteps() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ServiceDeployment deployment = run(ecs, s -> s.linear(25.0, 5, 10), HookResponse.succeeded());
      assertThat(deployment).completed().reachedStage(DeploymentLifecycleStage.BAKE_TIME)
          .reachedStage(DeploymentLifecycleStage.CLEAN_UP)
          .productionWeightsOverTime().containsExactly(25.0, 50.0, 75.0, 100.0);
      assertThatThrownBy(() -> assertThat(deployment).rolledBackAt(DeploymentLifecycleStage.BAKE_TIME))
          .hasMessageContaining("did not roll back").hasMessageContaining("stages entered: [PRE_SCALE_UP");
    }
  }

  @Test
  void aFailedHookAfterTheProductionShiftRollsBackThereBecauseOfTheHook() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ServiceDeployment deployment = run(ecs, s -> s.canary(10.0, 5, 10), HookResponse.failed());
      assertThat(deployment).rolledBackAt(DeploymentLifecycleStage.POST_PRODUCTION_TRAFFIC_SHIFT)
          .because(FailureCause.HOOK).neverReachedStage(DeploymentLifecycleStage.BAKE_TIME)
          .productionWeightsOverTime().containsExactly(10.0, 100.0, 0.0);
      assertThatThrownBy(() -> assertThat(deployment).rolledBackAt(
          DeploymentLifecycleStage.POST_PRODUCTION_TRAFFIC_SHIFT).because(FailureCause.ALARM))
          .hasMessageContaining("because of ALARM, but it was HOOK")
          .hasMessageContaining("production weights: [10.0, 100.0, 0.0]");
      assertThatThrownBy(() -> assertThat(deployment).completed())
          .hasMessageContaining("but it is ROLLBACK_SUCCESSFUL");
    }
  }
}
