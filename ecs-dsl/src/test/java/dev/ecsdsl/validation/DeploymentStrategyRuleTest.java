package dev.ecsdsl.validation;

import static dev.ecsdsl.validation.BlueGreenFixtures.add;
import static dev.ecsdsl.validation.BlueGreenFixtures.advanced;
import static dev.ecsdsl.validation.BlueGreenFixtures.blueGreenDeploymentOf;
import static dev.ecsdsl.validation.BlueGreenFixtures.blueGreenShop;
import static dev.ecsdsl.validation.BlueGreenFixtures.blueGreenWeb;
import static dev.ecsdsl.validation.RuleCase.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.CanaryConfiguration;
import dev.ecsdsl.model.DeploymentAlarms;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentController;
import dev.ecsdsl.model.DeploymentLifecycleHook;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.DeploymentLifecycleHookTargetType;
import dev.ecsdsl.model.DeploymentLifecycleHookTimeoutConfiguration;
import dev.ecsdsl.model.DeploymentStrategy;
import dev.ecsdsl.model.ForwardConfig;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.ImmutableEnvironment;
import dev.ecsdsl.model.ImmutableListener;
import dev.ecsdsl.model.ImmutableLoadBalancer;
import dev.ecsdsl.model.ImmutableMetricAlarm;
import dev.ecsdsl.model.LinearConfiguration;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.model.MetricDimension;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TargetGroupStickinessConfig;
import dev.ecsdsl.model.TargetGroupTuple;
import dev.ecsdsl.model.TargetType;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per rule about BLUE_GREEN, LINEAR and CANARY deployments: the strategy and its settings
 * (API_DeploymentConfiguration, API_LinearConfiguration, API_CanaryConfiguration), lifecycle hooks
 * (API_DeploymentLifecycleHook, deployment-lifecycle-hooks.html), deployment alarms (deployment-alarm-failure.html),
 * the load balancing of the green revision (alb-resources-for-blue-green.html, nlb-resources-for-blue-green.html)
 * and weighted listener rules (ELB API_Action, API_TargetGroupTuple). Each case breaks the valid blue/green shop
 * of {@link BlueGreenFixtures} (or a lone service) in one way.
 */
class DeploymentStrategyRuleTest {

  static List<RuleCase> cases() {
    return List.of(
        // ---- strategy
        rule("deployment-strategy-requires-ecs-controller").breaking("BLUE_GREEN with the EXTERNAL controller")
            .when(() -> Validator.validate(service(d -> d.strategy(DeploymentStrategy.BLUE_GREEN).bakeTimeInMinutes(5))
                .withDeploymentController(DeploymentController.builder().type("EXTERNAL").build())))
            .at("service web → deploymentConfiguration → strategy")
            .saying("deployment strategy BLUE_GREEN needs the ECS deployment controller", "EXTERNAL"),
        rule("bake-time-required-for-blue-green").breaking("BLUE_GREEN without bakeTimeInMinutes")
            .when(() -> Validator.validate(blueGreenDeploymentOf(d -> d.withBakeTimeInMinutes(Optional.empty()))))
            .at("service web → deploymentConfiguration → bakeTimeInMinutes")
            .saying("a BLUE_GREEN deployment needs bakeTimeInMinutes"),
        rule("bake-time-range").breaking("a bake time of 1441 minutes")
            .when(() -> Validator.validate(blueGreenDeploymentOf(d -> d.withBakeTimeInMinutes(1441))))
            .at("service web → deploymentConfiguration → bakeTimeInMinutes")
            .saying("bakeTimeInMinutes 1441 is outside 0–1440"),
        rule("bake-time-without-traffic-shift").breaking("a bake time on a ROLLING service")
            .when(() -> Validator.validate(service(d -> d.bakeTimeInMinutes(5))))
            .at("service web → deploymentConfiguration → bakeTimeInMinutes")
            .saying("bakeTimeInMinutes 5 has no effect on a ROLLING deployment"),
        rule("strategy-configuration-mismatch").breaking("linearConfiguration on a BLUE_GREEN service")
            .when(() -> Validator.validate(blueGreenDeploymentOf(d -> d.withLinearConfiguration(
                LinearConfiguration.of(10.0, 5)))))
            .at("service web → deploymentConfiguration → linearConfiguration")
            .saying("linearConfiguration is set but the strategy is BLUE_GREEN"),
        rule("strategy-configuration-mismatch").breaking("canaryConfiguration on a LINEAR service")
            .when(() -> Validator.validate(blueGreenDeploymentOf(d -> d.withStrategy(DeploymentStrategy.LINEAR)
                .withCanaryConfiguration(CanaryConfiguration.of(5.0, 10)))))
            .at("service web → deploymentConfiguration → canaryConfiguration")
            .saying("canaryConfiguration is set but the strategy is LINEAR; it is only valid with CANARY"),
        rule("linear-step-percent-range").breaking("steps of 2.5 percent")
            .when(() -> Validator.validate(linear(2.5, 5)))
            .at("service web → deploymentConfiguration → linearConfiguration → stepPercent")
            .saying("stepPercent 2.5 is not a multiple of 0.1 from 3.0 to 100.0"),
        rule("linear-step-percent-range").breaking("steps of 10.05 percent")
            .when(() -> Validator.validate(linear(10.05, 5)))
            .at("service web → deploymentConfiguration → linearConfiguration → stepPercent")
            .saying("stepPercent 10.05"),
        rule("linear-step-bake-time-range").breaking("1500 minutes between steps")
            .when(() -> Validator.validate(linear(10.0, 1500)))
            .at("service web → deploymentConfiguration → linearConfiguration → stepBakeTimeInMinutes")
            .saying("stepBakeTimeInMinutes 1500 is outside 0–1440"),
        rule("canary-percent-range").breaking("a canary of 0.05 percent")
            .when(() -> Validator.validate(canary(0.05, 10)))
            .at("service web → deploymentConfiguration → canaryConfiguration → canaryPercent")
            .saying("canaryPercent 0.05 is not a multiple of 0.1 from 0.1 to 100.0"),
        rule("canary-bake-time-range").breaking("a canary bake time of -1")
            .when(() -> Validator.validate(canary(5.0, -1)))
            .at("service web → deploymentConfiguration → canaryConfiguration → canaryBakeTimeInMinutes")
            .saying("canaryBakeTimeInMinutes -1 is outside 0–1440"),
        rule("traffic-steps-without-load-balancer").breaking("a LINEAR service without a target group")
            .when(() -> Validator.validate(service(d -> d.strategy(DeploymentStrategy.LINEAR).bakeTimeInMinutes(5)
                .linearConfiguration(LinearConfiguration.of(10.0, 5)))))
            .at("service web → deploymentConfiguration → strategy")
            .saying("the service has no target group", "LINEAR traffic steps"),
        // ---- lifecycle hooks
        rule("lifecycle-hook-target").breaking("a Lambda hook without hookTargetArn")
            .when(() -> Validator.validate(hook(h -> h.hookTargetArn(Optional.empty()))))
            .at("service web → deploymentConfiguration → lifecycleHooks[0] → hookTargetArn")
            .saying("the Lambda hook has no hookTargetArn"),
        rule("lifecycle-hook-target").breaking("an SNS topic as hook target")
            .when(() -> Validator.validate(hook(h -> h.hookTargetArn("arn:aws:sns:us-east-1:123456789012:deploys"))))
            .at("service web → deploymentConfiguration → lifecycleHooks[0] → hookTargetArn")
            .saying("hookTargetArn arn:aws:sns:us-east-1:123456789012:deploys is not a Lambda function ARN"),
        rule("pause-hook-target-unused").breaking("a PAUSE hook with a function")
            .when(() -> Validator.validate(hook(h -> h.targetType(DeploymentLifecycleHookTargetType.PAUSE)
                .roleArn(Optional.empty()))))
            .at("service web → deploymentConfiguration → lifecycleHooks[0] → hookTargetArn")
            .saying("a PAUSE hook does not use hookTargetArn"),
        rule("lifecycle-hook-stages-required").breaking("a hook without stages")
            .when(() -> Validator.validate(hook(h -> h.lifecycleStages(List.of()))))
            .at("service web → deploymentConfiguration → lifecycleHooks[0] → lifecycleStages")
            .saying("the hook names no lifecycle stage"),
        rule("pause-hook-stage").breaking("a PAUSE hook at PRODUCTION_TRAFFIC_SHIFT")
            .when(() -> Validator.validate(hook(h -> h.targetType(DeploymentLifecycleHookTargetType.PAUSE)
                .hookTargetArn(Optional.empty()).roleArn(Optional.empty())
                .lifecycleStages(List.of(DeploymentLifecycleHookStage.PRODUCTION_TRAFFIC_SHIFT)))))
            .at("service web → deploymentConfiguration → lifecycleHooks[0] → lifecycleStages[0]")
            .saying("a PAUSE hook cannot run at PRODUCTION_TRAFFIC_SHIFT", "during a rollback"),
        rule("lifecycle-hook-duplicate-stage").breaking("POST_SCALE_UP twice")
            .when(() -> Validator.validate(hook(h -> h.lifecycleStages(List.of(
                DeploymentLifecycleHookStage.POST_SCALE_UP, DeploymentLifecycleHookStage.POST_SCALE_UP)))))
            .at("service web → deploymentConfiguration → lifecycleHooks[0] → lifecycleStages[1]")
            .saying("stage POST_SCALE_UP is listed twice"),
        rule("lifecycle-hook-timeout-range").breaking("a Lambda hook timeout of 2000 minutes")
            .when(() -> Validator.validate(hook(h -> h.timeoutConfiguration(
                DeploymentLifecycleHookTimeoutConfiguration.builder().timeoutInMinutes(2000).build()))))
            .at("service web → deploymentConfiguration → lifecycleHooks[0] → timeoutConfiguration → timeoutInMinutes")
            .saying("timeoutInMinutes 2000 is outside 1–1440 for a Lambda hook"),
        rule("lifecycle-hook-role").breaking("a Lambda hook without roleArn")
            .when(() -> Validator.validate(hook(h -> h.roleArn(Optional.empty()))))
            .at("service web → deploymentConfiguration → lifecycleHooks[0] → roleArn")
            .saying("the Lambda hook has no roleArn"),
        rule("lifecycle-hook-role").breaking("a hook role that may not invoke the function")
            .when(() -> Validator.validate(hook(h -> h.roleArn("ecsInfrastructureRoleForLoadBalancers"))))
            .at("service web → deploymentConfiguration → lifecycleHooks[0] → roleArn")
            .saying("role ecsInfrastructureRoleForLoadBalancers does not allow lambda:InvokeFunction"),
        rule("lifecycle-hooks-without-traffic-shift").breaking("hooks on a ROLLING service")
            .when(() -> Validator.validate(blueGreenDeploymentOf(d -> d.withStrategy(DeploymentStrategy.ROLLING)
                .withBakeTimeInMinutes(Optional.empty()))))
            .at("service web → deploymentConfiguration → lifecycleHooks")
            .saying("the service has 1 lifecycle hook but deploys ROLLING"),
        rule("ecs-role-trust").breaking("a load balancer role trusted by ecs-tasks")
            .when(() -> Validator.validate(withRoleTrustedBy("ecsInfrastructureRoleForLoadBalancers",
                IamRole.ECS_TASKS)))
            .at("service web → loadBalancers[0] → advancedConfiguration → roleArn")
            .saying("load balancer infrastructure role ecsInfrastructureRoleForLoadBalancers is trusted by"
                + " ecs-tasks.amazonaws.com but must be trusted by ecs.amazonaws.com"),
        // ---- deployment alarms
        rule("deployment-alarms-require-ecs-controller").breaking("alarms with the CODE_DEPLOY controller")
            .when(() -> Validator.validate(service(d -> d.alarms(alarms("web-5xx")))
                .withDeploymentController(DeploymentController.builder().type("CODE_DEPLOY").build())))
            .at("service web → deploymentConfiguration → alarms")
            .saying("deployment alarms are enabled but the deployment controller is CODE_DEPLOY"),
        rule("deployment-alarms-empty").breaking("enabled alarms without names")
            .when(() -> Validator.validate(service(d -> d.alarms(alarms()))))
            .at("service web → deploymentConfiguration → alarms → alarmNames")
            .saying("alarms are enabled but name no alarm"),
        rule("deployment-alarm-unknown").breaking("an alarm name with a typo")
            .when(() -> Validator.validate(blueGreenDeploymentOf(d -> d.withAlarms(alarms("web-5xxx")))))
            .at("service web → deploymentConfiguration → alarms → alarmNames[0]")
            .saying("alarm web-5xxx is not an alarm of the environment (alarms: web-5xx)"),
        rule("deployment-alarm-metric").breaking("an alarm on a queue metric")
            .when(() -> Validator.validate(withAlarm(a -> a.withNamespace("AWS/SQS")
                .withMetricName("ApproximateNumberOfMessagesDelayed").withDimensions(List.of()))))
            .at("service web → deploymentConfiguration → alarms → alarmNames[0]")
            .saying("alarm web-5xx watches AWS/SQS ApproximateNumberOfMessagesDelayed, which the simulation does not"
                + " produce"),
        rule("deployment-alarm-metric").breaking("an alarm on a target group of no description")
            .when(() -> Validator.validate(withAlarm(a -> a.withDimensions(
                MetricDimension.of("TargetGroup", "targetgroup/old-tg/0123456789abcdef")))))
            .at("service web → deploymentConfiguration → alarms → alarmNames[0]")
            .saying("watches target group targetgroup/old-tg/0123456789abcdef (dimension TargetGroup)"),
        rule("metric-alarm-name-unique").breaking("two alarms called web-5xx")
            .when(() -> {
              ImmutableEnvironment env = blueGreenShop();
              return Validator.validate(env.withAlarms(add(env.alarms(),
                  ImmutableMetricAlarm.copyOf(env.alarms().get(0)).withThreshold(50))));
            })
            .at("alarm web-5xx")
            .saying("alarm name web-5xx is used by two different alarms"),
        rule("metric-alarm-settings").breaking("a period of 45 seconds")
            .when(() -> Validator.validate(withAlarm(a -> a.withPeriod(45))))
            .at("alarm web-5xx → period")
            .saying("period 45 is not 10, 20, 30 or a multiple of 60 seconds"),
        rule("metric-alarm-settings").breaking("3 datapoints out of 2")
            .when(() -> Validator.validate(withAlarm(a -> a.withDatapointsToAlarm(3))))
            .at("alarm web-5xx → datapointsToAlarm")
            .saying("datapointsToAlarm 3 is outside 1–2"),
        // ---- load balancing of the green revision
        rule("advanced-configuration-required").breaking("BLUE_GREEN behind a target group without it")
            .when(() -> Validator.validate(blueGreenWeb(s -> s.withLoadBalancers(
                ServiceLoadBalancer.targetGroup("web-tg", "app", 8080)))))
            .at("service web → loadBalancers[0] → advancedConfiguration")
            .saying("a BLUE_GREEN deployment needs advancedConfiguration for target group web-tg"),
        rule("advanced-configuration-members").breaking("no role for ECS to call Elastic Load Balancing with")
            .when(() -> Validator.validate(advanced(a -> a.withRoleArn(Optional.empty()))))
            .at("service web → loadBalancers[0] → advancedConfiguration → roleArn")
            .saying("advancedConfiguration has no roleArn"),
        rule("traffic-shift-needs-target-group").breaking("BLUE_GREEN behind a Classic Load Balancer")
            .when(() -> Validator.validate(Fixtures.ec2Service()
                .withDeploymentConfiguration(DeploymentConfiguration.builder().strategy(DeploymentStrategy.BLUE_GREEN)
                    .bakeTimeInMinutes(5).build())
                .withLoadBalancers(ServiceLoadBalancer.builder().loadBalancerName("legacy-elb")
                    .containerName("worker").containerPort(8080).build())))
            .at("service worker → loadBalancers[0]")
            .saying("the entry has no target group (Classic Load Balancer legacy-elb)"),
        rule("alternate-target-group-differs").breaking("the alternate is the production target group")
            .when(() -> Validator.validate(advanced(a -> a.withAlternateTargetGroupArn("web-tg"))))
            .at("service web → loadBalancers[0] → advancedConfiguration → alternateTargetGroupArn")
            .saying("alternateTargetGroupArn web-tg is the entry's own target group"),
        rule("alternate-target-group-load-balancer").breaking("the alternate serves another load balancer")
            .when(() -> Validator.validate(withExtraLoadBalancer("other-alb", LoadBalancerType.APPLICATION,
                "web-tg-green")))
            .at("service web → loadBalancers[0] → advancedConfiguration → alternateTargetGroupArn")
            .saying("alternate target group web-tg-green is attached to load balancer other-alb"),
        rule("listener-rule-load-balancer-type").breaking("production traffic through a Classic Load Balancer")
            .when(() -> Validator.validate(withClassicProduction()))
            .at("service web → loadBalancers[0] → advancedConfiguration → productionListenerRule")
            .saying("listener 80 of load balancer legacy-elb belongs to a Classic Load Balancer"),
        rule("production-listener-rule-target-group").breaking("a production rule forwarding elsewhere")
            .when(() -> Validator.validate(withProductionRuleTo("api-tg")))
            .at("service web → loadBalancers[0] → advancedConfiguration → productionListenerRule")
            .saying("the production rule 10 of listener 80 of load balancer web-alb forwards to api-tg, neither"
                + " target group web-tg nor the alternate"),
        rule("test-listener-rule").breaking("the test rule is the production rule")
            .when(() -> Validator.validate(advanced(a -> a.withTestListenerRule("web-alb:80:10"))))
            .at("service web → loadBalancers[0] → advancedConfiguration → testListenerRule")
            .saying("testListenerRule is the production listener rule"),
        rule("test-listener-rule").breaking("the test listener is on another load balancer")
            .when(() -> Validator.validate(withTestOn("test-alb")))
            .at("service web → loadBalancers[0] → advancedConfiguration → testListenerRule")
            .saying("the test listener 80 of load balancer test-alb is not on load balancer web-alb"),
        rule("listener-rule-unknown").breaking("a rule priority the listener does not have")
            .when(() -> Validator.validate(advanced(a -> a.withProductionListenerRule("web-alb:80:99"))))
            .at("service web → loadBalancers[0] → advancedConfiguration → productionListenerRule")
            .saying("web-alb:80:99 is not a listener rule or listener of the environment's load balancers"),
        // ---- weighted listener rules
        rule("listener-rule-forward-action").breaking("a rule that forwards nowhere")
            .when(() -> Validator.validate(withRule(ListenerRule.builder().priority(20).addPathPattern("/x/*")
                .build())))
            .at("load balancer web-alb → listener 80 → rules[1]")
            .saying("rule 20 forwards nowhere"),
        rule("listener-rule-forward-action").breaking("targetGroupArn and a forwardConfig of two")
            .when(() -> Validator.validate(withRule(weighted(TargetGroupTuple.of("web-tg", 50),
                TargetGroupTuple.of("web-tg-green", 50)).withTargetGroupArn("web-tg"))))
            .at("load balancer web-alb → listener 80 → rules[1] → forwardConfig")
            .saying("rule 20 sets both targetGroupArn and a forwardConfig of 2 target groups"),
        rule("forward-weight-range").breaking("a weight of 1000")
            .when(() -> Validator.validate(withRule(weighted(TargetGroupTuple.of("web-tg", 1000),
                TargetGroupTuple.of("web-tg-green", 0)))))
            .at("load balancer web-alb → listener 80 → rules[1] → forwardConfig → targetGroups[0] → weight")
            .saying("weight 1000 is outside 0–999"),
        rule("forward-target-groups").breaking("the same target group twice")
            .when(() -> Validator.validate(withRule(weighted(TargetGroupTuple.of("web-tg", 1),
                TargetGroupTuple.of("web-tg", 1)))))
            .at("load balancer web-alb → listener 80 → rules[1] → forwardConfig → targetGroups[1]")
            .saying("target group web-tg appears twice in the forwardConfig"),
        rule("forward-target-groups").breaking("six target groups")
            .when(() -> Validator.validate(sixTargetGroups()))
            .at("load balancer web-alb → listener 80 → rules[1] → forwardConfig → targetGroups")
            .saying("the forwardConfig names 6 target groups; a forward action takes 1 to 5"),
        rule("forward-stickiness-duration").breaking("stickiness of 0 seconds")
            .when(() -> Validator.validate(withRule(weighted(TargetGroupTuple.of("web-tg", 90),
                TargetGroupTuple.of("web-tg-green", 10)).withForwardConfig(ForwardConfig.builder()
                .addTargetGroups(TargetGroupTuple.of("web-tg", 90), TargetGroupTuple.of("web-tg-green", 10))
                .targetGroupStickinessConfig(TargetGroupStickinessConfig.builder().enabled(true).durationSeconds(0)
                    .build()).build()))))
            .at("load balancer web-alb → listener 80 → rules[1] → forwardConfig → targetGroupStickinessConfig"
                + " → durationSeconds")
            .saying("durationSeconds 0 is outside 1–604800"));
  }

  @TestFactory
  Stream<DynamicTest> rules() {
    return cases().stream().map(RuleCase::toTest);
  }

  @Test
  void aWeightedRuleForwardsToEachTargetGroupAndTheHeaviestIsItsTargetGroup() {
    ImmutableEnvironment env = withRule(weighted(TargetGroupTuple.of("web-tg", 90), TargetGroupTuple.of("web-tg-green", 10)));
    assertThat(Validator.validate(env).problems()).isEmpty();
    ListenerRule rule = env.loadBalancers().get(0).listeners().get(0).rules().get(1);
    assertThat(rule.targetGroup()).isEqualTo("web-tg");
    assertThat(env.loadBalancersOf("web-tg-green")).extracting(LoadBalancer::name).containsExactly("web-alb");
  }

  @Test
  void linearAndCanaryShopsAreValidToo() {
    assertThat(Validator.validate(linear(10.0, 5)).problems()).isEmpty();
    assertThat(Validator.validate(canary(5.0, 10)).problems()).isEmpty();
  }

  @Test
  void listenerRulesResolveByArnAndShortForm() {
    ImmutableEnvironment env = blueGreenShop();
    LoadBalancer alb = env.loadBalancers().get(0);
    Listener listener = alb.listeners().get(0);
    String ruleArn = listener.rules().get(0).arn(alb, listener, env.region(), env.accountId());
    assertThat(ruleArn).startsWith("arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web-alb/");
    assertThat(env.listenerRule(ruleArn)).hasValueSatisfying(r -> assertThat(r.describe())
        .isEqualTo("rule 10 of listener 80 of load balancer web-alb"));
    assertThat(env.listenerRule("web-alb:8443")).hasValueSatisfying(r -> assertThat(r.rule()).isEmpty());
    assertThat(env.listenerRule(listener.arn(alb, env.region(), env.accountId())))
        .hasValueSatisfying(r -> assertThat(r.listener().port()).isEqualTo(80));
    assertThat(env.listenerRule("web-alb:81")).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  /** A lone service web (no environment) with the deployment configuration given. */
  private static dev.ecsdsl.model.ImmutableService service(UnaryOperator<DeploymentConfiguration.Builder> config) {
    return Fixtures.fargateService().withDeploymentConfiguration(config.apply(DeploymentConfiguration.builder())
        .build());
  }

  private static DeploymentAlarms alarms(String... names) {
    return DeploymentAlarms.builder().enable(true).rollback(true).addAlarmNames(names).build();
  }

  private static ImmutableEnvironment linear(double step, int stepBake) {
    return blueGreenDeploymentOf(d -> d.withStrategy(DeploymentStrategy.LINEAR)
        .withLinearConfiguration(LinearConfiguration.of(step, stepBake)));
  }

  private static ImmutableEnvironment canary(double percent, int bake) {
    return blueGreenDeploymentOf(d -> d.withStrategy(DeploymentStrategy.CANARY)
        .withCanaryConfiguration(CanaryConfiguration.of(percent, bake)));
  }

  private static ImmutableEnvironment hook(UnaryOperator<DeploymentLifecycleHook.Builder> change) {
    DeploymentLifecycleHook hook = BlueGreenFixtures.blueGreenDeployment().lifecycleHooks().get(0);
    return blueGreenDeploymentOf(d -> d.withLifecycleHooks(change.apply(DeploymentLifecycleHook.builder().from(hook))
        .build()));
  }

  private static ImmutableEnvironment withAlarm(UnaryOperator<ImmutableMetricAlarm> change) {
    ImmutableEnvironment env = blueGreenShop();
    return env.withAlarms(change.apply(ImmutableMetricAlarm.copyOf(env.alarms().get(0))));
  }

  private static ImmutableEnvironment withRoleTrustedBy(String name, String trustedBy) {
    ImmutableEnvironment env = blueGreenShop();
    return env.withRoles(env.roles().stream().map(r -> r.roleName().equals(name) ? Fixtures.role(name, trustedBy) : r)
        .toList());
  }

  private static ImmutableLoadBalancer copyOfAlb(ImmutableEnvironment env, String name, LoadBalancerType type,
      String forwardTo) {
    return ImmutableLoadBalancer.copyOf(env.loadBalancers().get(0)).withName(name).withType(type)
        .withListeners(Listener.builder().port(80).defaultTargetGroup(forwardTo).build());
  }

  private static ImmutableEnvironment withExtraLoadBalancer(String name, LoadBalancerType type, String forwardTo) {
    ImmutableEnvironment env = blueGreenShop();
    return env.withLoadBalancers(add(env.loadBalancers(), copyOfAlb(env, name, type, forwardTo)));
  }

  private static ImmutableEnvironment withClassicProduction() {
    ImmutableEnvironment env = blueGreenShop();
    LoadBalancer classic = LoadBalancer.builder().name("legacy-elb").type(LoadBalancerType.CLASSIC)
        .addSubnet("subnet-a").addSubnet("subnet-b").addSecurityGroup("sg-alb")
        .addListener(Listener.builder().port(80).instancePort(8080).build()).build();
    return advancedOf(env.withLoadBalancers(add(env.loadBalancers(), classic)),
        "legacy-elb:80", "web-alb:8443");
  }

  private static ImmutableEnvironment withProductionRuleTo(String targetGroup) {
    ImmutableEnvironment env = blueGreenShop();
    ImmutableLoadBalancer alb = ImmutableLoadBalancer.copyOf(env.loadBalancers().get(0));
    ImmutableListener http = ImmutableListener.copyOf(alb.listeners().get(0));
    ListenerRule api = ListenerRule.builder().from(http.rules().get(0)).targetGroupArn(targetGroup).build();
    return env.withTargetGroups(add(env.targetGroups(),
            TargetGroup.builder().name(targetGroup).targetType(TargetType.IP).port(8080).build()))
        .withLoadBalancers(alb.withListeners(http.withRules(api), alb.listeners().get(1)));
  }

  private static ImmutableEnvironment withTestOn(String otherAlb) {
    ImmutableEnvironment env = withExtraLoadBalancer(otherAlb, LoadBalancerType.APPLICATION, "web-tg");
    return advancedOf(env, "web-alb:80:10", otherAlb + ":80");
  }

  private static ImmutableEnvironment advancedOf(ImmutableEnvironment env, String production, String test) {
    return env.withServices(env.services().stream().map(s -> s.serviceName().equals("web")
        ? dev.ecsdsl.model.ImmutableService.copyOf(s).withLoadBalancers(BlueGreenFixtures.blueGreenEntry()
            .withAdvancedConfiguration(dev.ecsdsl.model.ImmutableAdvancedConfiguration.copyOf(
                BlueGreenFixtures.blueGreenEntry().advancedConfiguration().get())
                .withProductionListenerRule(production).withTestListenerRule(test)))
        : s).toList());
  }

  private static dev.ecsdsl.model.ImmutableListenerRule weighted(TargetGroupTuple... groups) {
    return dev.ecsdsl.model.ImmutableListenerRule.copyOf(ListenerRule.builder().priority(20).addPathPattern("/beta/*")
        .forwardConfig(ForwardConfig.of(groups)).build());
  }

  private static ImmutableEnvironment withRule(ListenerRule rule) {
    ImmutableEnvironment env = blueGreenShop();
    ImmutableLoadBalancer alb = ImmutableLoadBalancer.copyOf(env.loadBalancers().get(0));
    ImmutableListener http = ImmutableListener.copyOf(alb.listeners().get(0));
    return env.withLoadBalancers(alb.withListeners(http.withRules(add(http.rules(), rule)), alb.listeners().get(1)));
  }

  private static ImmutableEnvironment sixTargetGroups() {
    ImmutableEnvironment env = withRule(weighted(IntStream.range(0, 6).mapToObj(i -> TargetGroupTuple.of("tg-" + i, 1))
        .toArray(TargetGroupTuple[]::new)));
    List<TargetGroup> groups = new java.util.ArrayList<>(env.targetGroups());
    IntStream.range(0, 6).forEach(i -> groups.add(TargetGroup.builder().name("tg-" + i).targetType(TargetType.IP)
        .port(8080).build()));
    return env.withTargetGroups(groups);
  }
}
