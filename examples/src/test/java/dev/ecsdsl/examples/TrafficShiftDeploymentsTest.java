package dev.ecsdsl.examples;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;
import static dev.ecsdsl.runtime.waiters.Conditions.serviceSteady;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.services.DeploymentLifecycleStage;
import dev.ecsdsl.control.services.FailureCause;
import dev.ecsdsl.control.services.HookResponse;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.control.services.ServiceDeploymentStatus;
import dev.ecsdsl.dsl.ServiceBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.ComparisonOperator;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.runtime.RequestLoad;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.ServiceDescription;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * "If the green revision fails its test traffic, a hook, or an alarm at step 3, what happens to production traffic,
 * capacity and my service's state?" — answered in milliseconds: a blue/green deployment whose smoke test at
 * POST_TEST_TRAFFIC_SHIFT fails, a 10 % canary whose 5xx alarm fires during the canary bake, and a 25 % linear
 * rollout that completes (developer guide, "Amazon ECS blue/green service deployments workflow", "Amazon ECS canary
 * deployments", "Amazon ECS linear deployments").
 */
class TrafficShiftDeploymentsTest {
  private static final String SMOKE_TEST = "arn:aws:lambda:us-east-1:123456789012:function:smoke-test";

  static Environment shop(Consumer<ServiceBuilder> strategy) {
    var builder = Ecs.environment("shop")
        .role("execution", r -> r.trustedBy(IamRole.ECS_TASKS))
        .role("ecs-infrastructure", r -> r.trustedBy(IamRole.ECS))
        .role("hook-invoker", r -> r.trustedBy(IamRole.ECS).allow("lambda:InvokeFunction", SMOKE_TEST))
        .loadBalancer("shop-alb", lb -> lb.subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b")
            .securityGroups("default")
            .listener(80, l -> l.forwardTo("web-blue").pathRule(10, "/*", "web-blue"))
            .listener(8080, l -> l.forwardTo("web-green")))
        .targetGroup("web-blue", tg -> tg.ip().port(8080).healthCheck("/health"))
        .targetGroup("web-green", tg -> tg.ip().port(8080).healthCheck("/health"))
        .alarm(MetricAlarm.builder().alarmName("web-green-5xx").namespace("AWS/ApplicationELB")
            .metricName("HTTPCode_Target_5XX_Count").statistic(Statistic.SUM).period(60).evaluationPeriods(1)
            .threshold(5).comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
            .addDimension(MetricDimension.of("TargetGroup", "targetgroup/web-green/0123456789abcdef")).build())
        .cluster("prod", c -> c.fargateCapacityProviders());
    for (String version : List.of("1", "2")) {
      builder.taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
          .container("app", a -> a.image("shop/web:" + version).port(8080)));
    }
    return builder.service("web", s -> {
      s.cluster("prod").taskDefinition("web:1").desiredCount(4).fargate()
          .subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b").securityGroups("default")
          .loadBalancer("web-blue", "app", 8080, a -> a.alternateTargetGroupArn("web-green")
              .productionListenerRule("shop-alb:80:10").testListenerRule("shop-alb:8080")
              .roleArn("ecs-infrastructure"))
          .lifecycleHook(SMOKE_TEST, "hook-invoker", DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT)
          .deploymentAlarms(true, "web-green-5xx");
      strategy.accept(s);
    }).build();
  }

  private static InMemoryEcs steady(Consumer<ServiceBuilder> strategy) {
    InMemoryEcs ecs = InMemoryEcs.create(15);
    ecs.deploy(shop(strategy));
    ecs.await(serviceSteady("prod", "web")).atMost(Duration.ofMinutes(10));
    return ecs;
  }

  private static ServiceDeployment deployWeb2(InMemoryEcs ecs) {
    ecs.ecs().updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2"));
    return ecs.serviceDeployments().list("prod", "web", List.of(), Optional.empty(), Optional.empty()).get(0);
  }

  private static ServiceDescription web(InMemoryEcs ecs) {
    return ecs.ecs().describeServices(r -> r.cluster("prod").services("web")).service();
  }

  @Test
  void aBlueGreenDeploymentWhoseSmokeTestFailsRollsBackBeforeProductionSeesGreen() {
    try (InMemoryEcs ecs = steady(s -> s.blueGreen(10))) {
      ecs.serviceDeployments().lifecycleHooks().register(SMOKE_TEST, invocation -> {
        // the smoke test hits the test listener, which reaches green only
        RequestResult test = ecs.elb().sendRequests(r -> r.loadBalancer("shop-alb").listenerPort(8080)
            .host("shop.example.com").path("/health").count(10));
        assertThat(test.targetGroup()).isEqualTo("web-green");
        return HookResponse.failed();
      });
      ServiceDeployment deployment = deployWeb2(ecs);
      ecs.clock().advance(Duration.ofMinutes(30));

      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
      assertThat(deployment).rolledBackAt(DeploymentLifecycleStage.POST_TEST_TRAFFIC_SHIFT).because(FailureCause.HOOK)
          .neverReachedStage(DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT);
      assertThat(deployment.productionTrafficWeight()).isEmpty();
      assertThat(web(ecs).runningCount()).isEqualTo(4);
      assertThat(web(ecs).taskDefinition()).endsWith("web:1");
    }
  }

  /**
   * Revision 2 answers 5 % of its requests with 503: with 50 requests a second and 10 % of them on the canary, its
   * target group's HTTPCode_Target_5XX_Count is about 15 a minute, over the alarm's threshold of 5, so the alarm
   * goes into ALARM during the canary bake and the deployment rolls back (developer guide, "How CloudWatch alarms
   * detect Amazon ECS deployment failures").
   */
  @Test
  void aCanaryWhose5xxAlarmFiresDuringTheCanaryBakeSendsEveryRequestBackToBlue() {
    try (InMemoryEcs ecs = steady(s -> s.canary(10.0, 15, 10))) {
      ecs.behaviour("web:2", "app", ContainerBehaviour.runsUntilStopped().withErrorResponses(5, 503));
      ecs.serviceDeployments().lifecycleHooks().register(SMOKE_TEST, invocation -> HookResponse.succeeded());
      RequestLoad load = ecs.elb().driveRequests(r -> r.loadBalancer("shop-alb").listenerPort(80)
          .host("shop.example.com").path("/").perSecond(50));
      ServiceDeployment deployment = deployWeb2(ecs);
      ecs.await("production traffic on green", r -> deployment.productionTrafficWeight().isPresent())
          .atMost(Duration.ofMinutes(30));
      assertThat(deployment.productionTrafficWeight()).contains(10.0);
      assertThat(ecs.forwardWeights("shop-alb:80:10")).containsEntry("web-green", 10.0);

      ecs.clock().advance(Duration.ofMinutes(15));

      assertThat(deployment).rolledBackAt(DeploymentLifecycleStage.PRODUCTION_TRAFFIC_SHIFT)
          .because(FailureCause.ALARM).productionWeightsOverTime().containsExactly(10.0, 0.0);
      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
      assertThat(deployment.triggeredAlarmNames()).containsExactly("web-green-5xx");
      assertThat(ecs.cloudWatch().describeAlarms(r -> r.addAlarmNames("web-green-5xx")).metricAlarms().get(0)
          .history()).anySatisfy(h -> assertThat(h.historySummary()).endsWith(" to ALARM"));
      assertThat(ecs.forwardWeights("shop-alb:80:10")).containsEntry("web-blue", 100.0);
      long errorsAfterRollback = load.targetErrors();
      RequestResult production = ecs.elb().sendRequests(r -> r.loadBalancer("shop-alb").listenerPort(80)
          .host("shop.example.com").path("/").count(100));
      assertThat(production.targetGroup()).isEqualTo("web-blue");
      assertThat(production.served()).isEqualTo(100);
      assertThat(production.targetErrors()).isZero();
      assertThat(load.failed()).isZero();
      assertThat(errorsAfterRollback).isPositive();
      assertThat(web(ecs).runningCount()).isEqualTo(4);
      load.stop();
    }
  }

  @Test
  void aLinearRolloutOf25PercentStepsCompletes() {
    try (InMemoryEcs ecs = steady(s -> s.linear(25.0, 5, 15))) {
      ecs.serviceDeployments().lifecycleHooks().register(SMOKE_TEST, invocation -> HookResponse.succeeded());
      ServiceDeployment deployment = deployWeb2(ecs);
      ecs.await("the deployment to be over", r -> deployment.status().isOver()).atMost(Duration.ofHours(2));

      assertThat(deployment).completed().reachedStage(DeploymentLifecycleStage.BAKE_TIME)
          .productionWeightsOverTime().containsExactly(25.0, 50.0, 75.0, 100.0);
      assertThat(ecs.events().stream().filter(e -> e.message().contains("shifted production traffic"))).hasSize(4);
      assertThat(ecs.forwardWeights("shop-alb:80:10")).containsEntry("web-green", 100.0);
      assertThat(web(ecs).taskDefinition()).endsWith("web:2");
    }
  }
}
