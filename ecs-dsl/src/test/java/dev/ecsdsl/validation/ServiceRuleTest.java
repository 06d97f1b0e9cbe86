package dev.ecsdsl.validation;

import static dev.ecsdsl.validation.Fixtures.ec2Service;
import static dev.ecsdsl.validation.Fixtures.ec2Task;
import static dev.ecsdsl.validation.Fixtures.fargateService;
import static dev.ecsdsl.validation.Fixtures.fargateTask;
import static dev.ecsdsl.validation.Fixtures.shop;
import static dev.ecsdsl.validation.RuleCase.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cql.ClusterQuery;
import dev.ecsdsl.cql.CqlSyntaxException;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.DeploymentController;
import dev.ecsdsl.model.ImmutableCluster;
import dev.ecsdsl.model.ImmutableService;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementConstraintType;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.PlacementStrategyType;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.ServiceAutoScaling;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.TargetTrackingScalingPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** One test per rule about services: placement, scheduling, capacity providers, deployments and auto scaling. */
class ServiceRuleTest {

  private static final String BAD_CQL = "attribute:ecs.instance-type == ";

  static List<RuleCase> cases() {
    return List.of(
        // ---- placement
        // ---- names and references (CreateService)
        rule("service-name-format").breaking("an empty service name, as generate-cli-skeleton writes")
            .when(() -> Validator.validate(fargateService().withServiceName("")))
            .at("service  → serviceName")
            .saying("service name '' must be 1 to 255 letters, digits, hyphens and underscores"),
        rule("service-name-format").breaking("a space in the name")
            .when(() -> Validator.validate(fargateService().withServiceName("web api")))
            .at("service web api → serviceName")
            .saying("including ' '"),
        rule("cluster-reference-format").breaking("a placeholder for the cluster")
            .when(() -> Validator.validate(fargateService().withCluster("<CLUSTER_NAME>")))
            .at("service web → cluster")
            .saying("cluster '<CLUSTER_NAME>' is neither a cluster name", "nor a cluster ARN"),
        rule("task-definition-reference-format").breaking("a placeholder family with a revision")
            .when(() -> Validator.validate(fargateService().withTaskDefinition("<TASK_DEFINITION>:1")))
            .at("service web → taskDefinition")
            .saying("taskDefinition '<TASK_DEFINITION>:1' is neither family, family:revision nor a task definition ARN"),
        rule("task-definition-reference-format").breaking("revision 0")
            .when(() -> Validator.validate(fargateService().withTaskDefinition("web:0")))
            .at("service web → taskDefinition")
            .saying("'web:0'"),
        rule("placement-not-on-fargate").breaking("memberOf in a Fargate task definition")
            .when(() -> Validator.validate(fargateTask().withPlacementConstraints(
                PlacementConstraint.memberOf("attribute:ecs.instance-type =~ t3.*"))))
            .at("task definition web → placementConstraints")
            .saying("1 placement constraint but runs on Fargate"),
        rule("placement-not-on-fargate").breaking("spread strategy on a Fargate service")
            .when(() -> Validator.validate(fargateService().withPlacementStrategy(
                PlacementStrategy.spread("attribute:ecs.availability-zone"))))
            .at("service web")
            .saying("runs on Fargate but has 1 placement strategy, which Fargate does not support"),
        rule("member-of-expression-syntax").breaking("memberOf expression without a value")
            .when(() -> Validator.validate(ec2Task().withPlacementConstraints(PlacementConstraint.memberOf(BAD_CQL))))
            .at("task definition worker → placementConstraints[0] → expression")
            .saying("memberOf expression '" + BAD_CQL + "' is not valid Cluster Query Language: at column "
                + cqlColumn(BAD_CQL)),
        rule("member-of-expression-syntax").breaking("memberOf without expression on a service")
            .when(() -> Validator.validate(ec2Service().withPlacementConstraints(
                PlacementConstraint.builder().type(PlacementConstraintType.MEMBER_OF).build())))
            .at("service worker → placementConstraints[0] → expression")
            .saying("memberOf needs an expression but has none"),
        rule("distinct-instance-no-expression").breaking("distinctInstance with an expression")
            .when(() -> Validator.validate(ec2Service().withPlacementConstraints(PlacementConstraint.builder()
                .type(PlacementConstraintType.DISTINCT_INSTANCE).expression("attribute:x == y").build())))
            .at("service worker → placementConstraints[0] → expression")
            .saying("distinctInstance takes no expression but has 'attribute:x == y'"),
        rule("binpack-field").breaking("binpack on disk")
            .when(() -> Validator.validate(ec2Service().withPlacementStrategy(PlacementStrategy.binpack("disk"))))
            .at("service worker → placementStrategy[0] → field")
            .saying("binpack field is 'disk'; binpack works on cpu or memory"),
        rule("spread-field").breaking("spread on zone")
            .when(() -> Validator.validate(ec2Service().withPlacementStrategy(PlacementStrategy.spread("zone"))))
            .at("service worker → placementStrategy[0] → field")
            .saying("spread field is 'zone'", "instanceId, host or attribute:<name>"),
        rule("random-no-field").breaking("random with a field")
            .when(() -> Validator.validate(ec2Service().withPlacementStrategy(
                PlacementStrategy.builder().type(PlacementStrategyType.RANDOM).field("cpu").build())))
            .at("service worker → placementStrategy[0] → field")
            .saying("random takes no field but has 'cpu'"),
        rule("max-placement-strategies").breaking("6 strategies")
            .when(() -> Validator.validate(ec2Service().withPlacementStrategy(spreads(6))))
            .at("service worker → placementStrategy")
            .saying("the service has 6 placement strategies; ECS allows at most 5"),
        rule("max-placement-constraints").breaking("8 on the service plus 3 in the task definition")
            .when(() -> Validator.validate(ec2Service().withPlacementConstraints(memberOfs(8)),
                ec2Task().withPlacementConstraints(memberOfs(3))))
            .at("service worker → placementConstraints")
            .saying("11 placement constraints (8 on the service, 3 in the task definition)"),

        // ---- scheduling
        rule("daemon-no-placement-strategy").breaking("DAEMON with a spread strategy")
            .when(() -> Validator.validate(daemon().withPlacementStrategy(PlacementStrategy.spread("instanceId"))))
            .at("service worker → placementStrategy")
            .saying("DAEMON service worker has 1 placement strategy;"),
        rule("daemon-not-on-fargate").breaking("DAEMON on Fargate")
            .when(() -> Validator.validate(fargateService().withSchedulingStrategy(SchedulingStrategy.DAEMON)
                .withDesiredCount(Optional.empty())))
            .at("service web → schedulingStrategy")
            .saying("DAEMON service web runs on Fargate"),
        rule("daemon-no-desired-count").breaking("DAEMON with desiredCount 2")
            .when(() -> Validator.validate(daemon().withDesiredCount(2)))
            .at("service worker → desiredCount")
            .saying("DAEMON service worker sets desiredCount 2"),
        rule("launch-type-with-capacity-provider-strategy").breaking("launchType and a strategy")
            .when(() -> Validator.validate(fargateService().withCapacityProviderStrategy(
                CapacityProviderStrategyItem.of("FARGATE", 0, 1))))
            .at("service web → launchType")
            .saying("sets both launchType FARGATE and a capacityProviderStrategy (FARGATE)"),
        rule("launch-type-compatibility").breaking("FARGATE service for an EC2-only task definition")
            .when(() -> Validator.validate(fargateService(),
                fargateTask().withRequiresCompatibilities(Compatibility.EC2)))
            .at("service web → launchType")
            .saying("launches on FARGATE but task definition web requires EC2"),

        // ---- capacity provider strategy
        rule("capacity-provider-single-base").breaking("two items with a base")
            .when(() -> Validator.validate(strategy(item("ec2-a", 1, 1), item("ec2-b", 2, 1))))
            .at("service worker → capacityProviderStrategy")
            .saying("2 capacity providers set a base (ec2-a, ec2-b)"),
        rule("capacity-provider-base-range").breaking("base 200000")
            .when(() -> Validator.validate(strategy(item("ec2-a", 200_000, 1))))
            .at("service worker → capacityProviderStrategy[0] → base")
            .saying("base 200000 of ec2-a is outside 0–100000"),
        rule("capacity-provider-weight-range").breaking("weight 2000")
            .when(() -> Validator.validate(strategy(item("ec2-a", 0, 2000))))
            .at("service worker → capacityProviderStrategy[0] → weight")
            .saying("weight 2000 of ec2-a is outside 0–1000"),
        rule("capacity-provider-zero-weights").breaking("two providers without weight")
            .when(() -> Validator.validate(strategy(
                CapacityProviderStrategyItem.builder().capacityProvider("ec2-a").base(2).build(),
                CapacityProviderStrategyItem.builder().capacityProvider("ec2-b").build())))
            .at("service worker → capacityProviderStrategy")
            .saying("all 2 capacity providers have weight 0"),
        rule("capacity-provider-mixed-types").breaking("FARGATE with an Auto Scaling group provider")
            .when(() -> Validator.validate(fargateService().withLaunchType(Optional.empty())
                .withCapacityProviderStrategy(item("FARGATE", 0, 1), item("ec2-capacity", 0, 1))))
            .at("service web → capacityProviderStrategy")
            .saying("mixes Fargate providers (FARGATE) with Auto Scaling group providers (ec2-capacity)"),
        rule("capacity-provider-unknown").breaking("FARGATE_SPOT not associated with the cluster")
            .when(() -> {
              var env = shop();
              ImmutableCluster prod = ImmutableCluster.copyOf(env.clusters().get(0));
              return Validator.validate(env
                  .withClusters(prod.withCapacityProviders(prod.capacityProviders().stream()
                      .filter(p -> !p.name().equals("FARGATE_SPOT")).toList()))
                  .withServices(env.services().stream().map(s -> s.serviceName().equals("web")
                      ? ImmutableService.copyOf(s).withLaunchType(Optional.empty())
                          .withCapacityProviderStrategy(item("FARGATE_SPOT", 0, 1)) : s).toList()));
            })
            .at("service web → capacityProviderStrategy[0] → capacityProvider")
            .saying("capacity provider FARGATE_SPOT is not associated with cluster prod",
                "(its providers: FARGATE, ec2-capacity)"),

        // ---- deployment
        rule("minimum-healthy-percent-range").breaking("minimumHealthyPercent 150")
            .when(() -> Validator.validate(fargateService().withDeploymentConfiguration(deployment(150, null))))
            .at("service web → deploymentConfiguration → minimumHealthyPercent")
            .saying("minimumHealthyPercent 150 is outside 0–100"),
        rule("maximum-percent-range").breaking("maximumPercent 50 on a REPLICA service")
            .when(() -> Validator.validate(fargateService().withDeploymentConfiguration(deployment(0, 50))))
            .at("service web → deploymentConfiguration → maximumPercent")
            .saying("maximumPercent 50 is below 100"),
        rule("maximum-below-minimum-healthy-percent").breaking("DAEMON with maximum 50 below minimum 80")
            .when(() -> Validator.validate(daemon().withDeploymentConfiguration(deployment(80, 50))))
            .at("service worker → deploymentConfiguration")
            .saying("maximumPercent 50 is below minimumHealthyPercent 80"),
        rule("deployment-no-progress").breaking("one task with 100/100")
            .when(() -> Validator.validate(fargateService().withDesiredCount(1)
                .withDeploymentConfiguration(deployment(100, 100))))
            .at("service web → deploymentConfiguration")
            .saying("with desiredCount 1, minimumHealthyPercent 100 and maximumPercent 100",
                "can neither start a new task nor stop an old one"),
        rule("circuit-breaker-requires-ecs-controller").breaking("circuit breaker with CODE_DEPLOY")
            .when(() -> Validator.validate(fargateService()
                .withDeploymentController(DeploymentController.builder().type("CODE_DEPLOY").build())
                .withDeploymentConfiguration(DeploymentConfiguration.builder().deploymentCircuitBreaker(
                    DeploymentCircuitBreaker.builder().enable(true).rollback(true).build()).build())))
            .at("service web → deploymentConfiguration → deploymentCircuitBreaker")
            .saying("the deployment controller is CODE_DEPLOY"),
        rule("health-check-grace-period-range").breaking("negative grace period")
            .when(() -> Validator.validate(fargateService().withHealthCheckGracePeriodSeconds(-5)))
            .at("service web → healthCheckGracePeriodSeconds")
            .saying("healthCheckGracePeriodSeconds -5 is negative"),
        rule("health-check-grace-period-unused").breaking("grace period without any health check")
            .when(() -> Validator.validate(fargateService().withHealthCheckGracePeriodSeconds(60), fargateTask()))
            .at("service web → healthCheckGracePeriodSeconds")
            .saying("healthCheckGracePeriodSeconds 60 has no effect", "no load balancer", "no health check"),

        // ---- auto scaling
        rule("autoscaling-capacity-order").breaking("minCapacity 5 above maxCapacity 2")
            .when(() -> Validator.validate(fargateService().withAutoScaling(scaling(5, 2))))
            .at("service web → autoScaling")
            .saying("minCapacity 5 and maxCapacity 2"),
        rule("target-tracking-target-value").breaking("targetValue 0")
            .when(() -> Validator.validate(fargateService().withAutoScaling(ServiceAutoScaling.builder()
                .minCapacity(1).maxCapacity(4).addTargetTrackingPolicy(policy("cpu", 0)).build())))
            .at("service web → autoScaling → targetTrackingPolicies[0] → targetValue")
            .saying("policy cpu tracks targetValue 0.0; it must be greater than 0"),
        rule("alb-request-count-target-group").breaking("request count of another target group")
            .when(() -> Validator.validate(fargateService()
                .withLoadBalancers(ServiceLoadBalancer.targetGroup("web-tg", "app", 80))
                .withAutoScaling(ServiceAutoScaling.builder().minCapacity(1).maxCapacity(4)
                    .addTargetTrackingPolicy(TargetTrackingScalingPolicy.builder().policyName("requests")
                        .predefinedMetricType(PredefinedMetricType.ALB_REQUEST_COUNT_PER_TARGET)
                        .resourceLabel("app/web-alb/50dc6c495c0c9188/targetgroup/api-tg/6d0ecf831eec9f09")
                        .targetValue(1000).build())
                    .build())))
            .at("service web → autoScaling → targetTrackingPolicies[0] → resourceLabel")
            .saying("of target group api-tg, which is not a target group of service web", "(its target groups: web-tg)"),
        rule("desired-count-outside-autoscaling-range").breaking("desiredCount 2 below minCapacity 3")
            .when(() -> Validator.validate(fargateService().withAutoScaling(scaling(3, 10))))
            .at("service web → desiredCount")
            .saying("desiredCount 2 is outside the auto scaling range 3–10", "will move it to 3"),
        rule("scheduled-action-schedule").breaking("cron with five fields")
            .when(() -> Validator.validate(fargateService().withAutoScaling(ServiceAutoScaling.builder()
                .from(scaling(1, 10)).addScheduledActions(dev.ecsdsl.model.ScheduledAction.builder()
                    .scheduledActionName("morning").schedule("cron(0 8 * * *)").minCapacity(4).build()).build())))
            .at("service web → autoScaling → scheduledActions[0] → schedule")
            .saying("scheduled action morning", "cron takes 6 fields"),
        rule("scheduled-action-schedule").breaking("time zone Mars/Olympus")
            .when(() -> Validator.validate(fargateService().withAutoScaling(ServiceAutoScaling.builder()
                .from(scaling(1, 10)).addScheduledActions(dev.ecsdsl.model.ScheduledAction.builder()
                    .scheduledActionName("morning").schedule("cron(0 8 * * ? *)").timezone("Mars/Olympus")
                    .minCapacity(4).build()).build())))
            .at("service web → autoScaling → scheduledActions[0] → timezone")
            .saying("time zone 'Mars/Olympus' is not an IANA time zone name"));
  }

  @TestFactory
  Stream<DynamicTest> rules() {
    return cases().stream().map(RuleCase::toTest);
  }

  @Test
  void baselinesAreValid() {
    assertThat(Validator.validate(fargateService()).problems()).isEmpty();
    assertThat(Validator.validate(ec2Service()).problems()).isEmpty();
    assertThat(Validator.validate(fargateService(), fargateTask()).problems()).isEmpty();
    assertThat(Validator.validate(ec2Service(), ec2Task()).problems()).isEmpty();
  }

  @Test
  void clusterAndTaskDefinitionByNameOrArnPass() {
    for (String cluster : List.of("prod", "prod_2-east", "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
        "arn:aws-cn:ecs:cn-north-1:123456789012:cluster/prod")) {
      assertThat(Validator.validate(fargateService().withCluster(cluster)).problems()).as(cluster).isEmpty();
    }
    for (String td : List.of("web", "web:3", "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3",
        "arn:aws:ecs:us-east-1:123456789012:task-definition/web")) {
      assertThat(Validator.validate(fargateService().withTaskDefinition(td)).problems()).as(td).isEmpty();
    }
  }

  @Test
  void validPlacementPasses() {
    var svc = ec2Service()
        .withPlacementConstraints(PlacementConstraint.distinctInstance(),
            PlacementConstraint.memberOf("attribute:ecs.instance-type =~ t3.* and attribute:ecs.os-type == linux"))
        .withPlacementStrategy(PlacementStrategy.spread("attribute:ecs.availability-zone"),
            PlacementStrategy.spread("host"), PlacementStrategy.binpack("memory"), PlacementStrategy.random());
    assertThat(Validator.validate(svc).problems()).isEmpty();
  }

  @Test
  void deploymentThatCanProgressIsQuiet() {
    assertThat(Validator.validate(fargateService().withDesiredCount(4).withDeploymentConfiguration(deployment(50, 100)))
        .problems()).isEmpty();
    assertThat(Validator.validate(fargateService().withDesiredCount(2).withDeploymentConfiguration(deployment(60, 120)))
        .problems()).extracting(Problem::rule).containsExactly("deployment-no-progress");
  }

  @Test
  void daemonUsesDaemonDefaults() {
    assertThat(Validator.validate(daemon()).problems()).isEmpty();
  }

  private static int cqlColumn(String expression) {
    try {
      ClusterQuery.parse(expression);
      throw new AssertionError("expected a syntax error for " + expression);
    } catch (CqlSyntaxException e) {
      return e.column();
    }
  }

  private static ImmutableService daemon() {
    return ec2Service().withSchedulingStrategy(SchedulingStrategy.DAEMON).withDesiredCount(Optional.empty());
  }

  private static ImmutableService strategy(CapacityProviderStrategyItem... items) {
    return ec2Service().withLaunchType(Optional.empty()).withCapacityProviderStrategy(items);
  }

  private static CapacityProviderStrategyItem item(String provider, int base, int weight) {
    return CapacityProviderStrategyItem.of(provider, base, weight);
  }

  private static DeploymentConfiguration deployment(Integer min, Integer max) {
    return DeploymentConfiguration.builder().minimumHealthyPercent(Optional.ofNullable(min))
        .maximumPercent(Optional.ofNullable(max)).build();
  }

  private static ServiceAutoScaling scaling(int min, int max) {
    return ServiceAutoScaling.builder().minCapacity(min).maxCapacity(max).addTargetTrackingPolicy(policy("cpu", 60))
        .build();
  }

  private static TargetTrackingScalingPolicy policy(String name, double target) {
    return TargetTrackingScalingPolicy.builder().policyName(name)
        .predefinedMetricType(PredefinedMetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION).targetValue(target).build();
  }

  private static List<PlacementStrategy> spreads(int n) {
    List<PlacementStrategy> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(PlacementStrategy.spread("attribute:custom-" + i));
    }
    return list;
  }

  private static List<PlacementConstraint> memberOfs(int n) {
    List<PlacementConstraint> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(PlacementConstraint.memberOf("attribute:rack-" + i + " exists"));
    }
    return list;
  }
}
