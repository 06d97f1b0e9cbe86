package dev.ecsdsl.validation;

import dev.ecsdsl.model.AdvancedConfiguration;
import dev.ecsdsl.model.ComparisonOperator;
import dev.ecsdsl.model.DeploymentAlarms;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentLifecycleHook;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.ElbProtocol;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.ImmutableDeploymentConfiguration;
import dev.ecsdsl.model.ImmutableEnvironment;
import dev.ecsdsl.model.ImmutableLoadBalancer;
import dev.ecsdsl.model.ImmutableService;
import dev.ecsdsl.model.ImmutableServiceLoadBalancer;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import dev.ecsdsl.model.PolicyStatement;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TargetType;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A valid blue/green baseline: the shop whose service web deploys BLUE_GREEN behind web-alb (production rule 10 of
 * listener 80, test listener 8080, alternate target group web-tg-green), with a bake time, a 5xx alarm that rolls
 * back, and a Lambda hook after the test traffic shift. Each test changes one thing.
 */
final class BlueGreenFixtures {
  private BlueGreenFixtures() {}

  static final String HOOK_FUNCTION = "arn:aws:lambda:us-east-1:" + Fixtures.ACCOUNT + ":function:web-smoke-test";

  /** The deployment configuration of the blue/green web service. */
  static ImmutableDeploymentConfiguration blueGreenDeployment() {
    return ImmutableDeploymentConfiguration.copyOf(DeploymentConfiguration.builder()
        .strategy(DeploymentStrategy.BLUE_GREEN).bakeTimeInMinutes(5)
        .alarms(DeploymentAlarms.builder().enable(true).rollback(true).addAlarmName("web-5xx").build())
        .addLifecycleHook(DeploymentLifecycleHook.lambda(HOOK_FUNCTION, "ecsLambdaInvokeRole",
            DeploymentLifecycleHookStage.POST_TEST_TRAFFIC_SHIFT))
        .build());
  }

  /** The target group entry of the blue/green web service. */
  static ImmutableServiceLoadBalancer blueGreenEntry() {
    return ImmutableServiceLoadBalancer.copyOf(ServiceLoadBalancer.targetGroup("web-tg", "app", 8080))
        .withAdvancedConfiguration(AdvancedConfiguration.builder().alternateTargetGroupArn("web-tg-green")
            .productionListenerRule("web-alb:80:10").testListenerRule("web-alb:8443")
            .roleArn("ecsInfrastructureRoleForLoadBalancers").build());
  }

  /** The shop with web deploying blue/green. */
  static ImmutableEnvironment blueGreenShop() {
    ImmutableEnvironment shop = Fixtures.shop();
    ImmutableLoadBalancer alb = ImmutableLoadBalancer.copyOf(shop.loadBalancers().get(0));
    return shop
        .withLoadBalancers(alb.withListeners(add(alb.listeners(), Listener.builder().port(8443)
            .protocol(ElbProtocol.HTTP).defaultTargetGroup("web-tg-green").build())))
        .withTargetGroups(add(shop.targetGroups(),
            TargetGroup.builder().name("web-tg-green").targetType(TargetType.IP).port(8080).build()))
        .withRoles(add(add(shop.roles(), Fixtures.role("ecsInfrastructureRoleForLoadBalancers", IamRole.ECS)),
            IamRole.builder().from(Fixtures.role("ecsLambdaInvokeRole", IamRole.ECS))
                .addStatement(PolicyStatement.allow(List.of("lambda:InvokeFunction"),
                    List.of("arn:aws:lambda:*:*:function:*"))).build()))
        .withAlarms(MetricAlarm.builder().alarmName("web-5xx").namespace("AWS/ApplicationELB")
            .metricName("HTTPCode_Target_5XX_Count").statistic(Statistic.SUM).period(60).evaluationPeriods(2)
            .threshold(5).comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
            .addDimension(MetricDimension.of("TargetGroup", "targetgroup/web-tg-green/0123456789abcdef"))
            .addDimension(MetricDimension.of("LoadBalancer", "app/web-alb/0123456789abcdef"))
            .build())
        .withServices(shop.services().stream().map(s -> s.serviceName().equals("web")
            ? ImmutableService.copyOf(s).withDeploymentConfiguration(blueGreenDeployment())
                .withLoadBalancers(blueGreenEntry())
            : s).toList());
  }

  /** The blue/green shop with the web service changed. */
  static ImmutableEnvironment blueGreenWeb(UnaryOperator<ImmutableService> change) {
    ImmutableEnvironment env = blueGreenShop();
    return env.withServices(env.services().stream()
        .map(s -> s.serviceName().equals("web") ? change.apply(ImmutableService.copyOf(s)) : s).toList());
  }

  /** The blue/green shop with the web service's deployment configuration changed. */
  static ImmutableEnvironment blueGreenDeploymentOf(UnaryOperator<ImmutableDeploymentConfiguration> change) {
    return blueGreenWeb(s -> s.withDeploymentConfiguration(change.apply(blueGreenDeployment())));
  }

  /** The blue/green shop with the web service's advanced configuration changed. */
  static ImmutableEnvironment advanced(UnaryOperator<dev.ecsdsl.model.ImmutableAdvancedConfiguration> change) {
    return blueGreenWeb(s -> s.withLoadBalancers(blueGreenEntry().withAdvancedConfiguration(change.apply(
        dev.ecsdsl.model.ImmutableAdvancedConfiguration.copyOf(blueGreenEntry().advancedConfiguration().get())))));
  }

  static <T> List<T> add(List<T> list, T element) {
    List<T> result = new java.util.ArrayList<>(list);
    result.add(element);
    return result;
  }
}
