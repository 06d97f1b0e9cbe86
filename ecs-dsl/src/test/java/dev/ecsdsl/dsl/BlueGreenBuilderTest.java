package dev.ecsdsl.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.ComparisonOperator;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.model.TargetGroupTuple;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The fluent builder describes BLUE_GREEN, LINEAR and CANARY services with the short listener rule references
 * ({@code <load balancer>:<port>:<priority>}), lifecycle hooks, deployment alarms and weighted listener rules, and
 * what it builds is valid.
 */
class BlueGreenBuilderTest {

  private static Environment shop(Consumer<ServiceBuilder> strategy) {
    return Ecs.environment("shop")
        .role("ecsTaskExecutionRole", r -> r.trustedBy(IamRole.ECS_TASKS))
        .role("ecs-infrastructure", r -> r.trustedBy(IamRole.ECS))
        .role("hook-invoker", r -> r.trustedBy(IamRole.ECS).allow("lambda:InvokeFunction",
            "arn:aws:lambda:us-east-1:123456789012:function:*"))
        .loadBalancer("web-alb", lb -> lb.subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b").securityGroups("default")
            .listener(80, l -> l.forwardTo("blue").pathRule(10, "/*", "blue")
                .weightedPathRule(20, "/beta/*", TargetGroupTuple.of("blue", 90), TargetGroupTuple.of("green", 10)))
            .listener(8080, l -> l.forwardTo("green")))
        .targetGroup("blue", tg -> tg.ip().port(80))
        .targetGroup("green", tg -> tg.ip().port(80))
        .alarm(MetricAlarm.builder().alarmName("green-5xx").namespace("AWS/ApplicationELB")
            .metricName("HTTPCode_Target_5XX_Count").statistic(Statistic.SUM).period(60).evaluationPeriods(1)
            .threshold(1).comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
            .addDimension(MetricDimension.of("TargetGroup", "targetgroup/green/0000000000000000")).build())
        .cluster("prod", c -> c.fargateCapacityProviders())
        .taskDefinition("web", d -> d.fargate().cpu("256").memory("512").executionRole("ecsTaskExecutionRole")
            .container("app", c -> c.image("nginx").port(80)))
        .service("web", s -> {
          s.cluster("prod").taskDefinition("web").desiredCount(2).fargate()
              .subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b").securityGroups("default")
              .loadBalancer("blue", "app", 80, a -> a.alternateTargetGroupArn("green")
                  .productionListenerRule("web-alb:80:10").testListenerRule("web-alb:8080")
                  .roleArn("ecs-infrastructure"))
              .lifecycleHook("arn:aws:lambda:us-east-1:123456789012:function:smoke", "hook-invoker",
                  DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT)
              .deploymentAlarms(true, "green-5xx");
          strategy.accept(s);
        })
        .build();
  }

  @Test
  void aBlueGreenServiceBuildsAndLandsInEcsFields() {
    Service web = shop(s -> s.blueGreen(5)).service("web").orElseThrow();
    DeploymentConfiguration d = web.deploymentConfiguration().orElseThrow();
    assertThat(d.strategy()).contains(DeploymentStrategy.BLUE_GREEN);
    assertThat(d.bakeTimeInMinutes()).contains(5);
    assertThat(d.lifecycleHooks()).singleElement().satisfies(h -> assertThat(h.roleArn()).contains("hook-invoker"));
    assertThat(d.alarms().orElseThrow().rollback()).isTrue();
    assertThat(web.loadBalancers().get(0).advancedConfiguration().orElseThrow().productionListenerRule())
        .contains("web-alb:80:10");
  }

  @Test
  void linearAndCanaryServicesBuild() {
    DeploymentConfiguration linear = shop(s -> s.linear(25.0, 5, 10)).service("web").orElseThrow()
        .deploymentConfiguration().orElseThrow();
    assertThat(linear.linearConfiguration().orElseThrow().stepPercentOrDefault()).isEqualTo(25.0);
    DeploymentConfiguration canary = shop(s -> s.canary(10.0, 15, 10)).service("web").orElseThrow()
        .deploymentConfiguration().orElseThrow();
    assertThat(canary.canaryConfiguration().orElseThrow().canaryBakeTimeInMinutesOrDefault()).isEqualTo(15);
  }

  @Test
  void aWeightedRuleSplitsBetweenItsTargetGroups() {
    ListenerRule beta = shop(s -> s.blueGreen(0)).loadBalancer("web-alb").orElseThrow().listeners().get(0).rules()
        .get(1);
    assertThat(beta.forwardTargets()).extracting(TargetGroupTuple::weightOrDefault).containsExactly(90, 10);
    assertThat(beta.targetGroup()).isEqualTo("blue");
  }
}
