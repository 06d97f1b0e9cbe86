package dev.ecsdsl.validation;

import static dev.ecsdsl.validation.Fixtures.ec2Service;
import static dev.ecsdsl.validation.Fixtures.ec2TaskWith;
import static dev.ecsdsl.validation.Fixtures.fargateService;
import static dev.ecsdsl.validation.Fixtures.fargateTask;
import static dev.ecsdsl.validation.Fixtures.fargateTaskWith;
import static dev.ecsdsl.validation.Fixtures.role;
import static dev.ecsdsl.validation.Fixtures.shop;
import static dev.ecsdsl.validation.Fixtures.shopWithService;
import static dev.ecsdsl.validation.Fixtures.shopWithTask;
import static dev.ecsdsl.validation.RuleCase.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.ImmutableCluster;
import dev.ecsdsl.model.Effect;
import dev.ecsdsl.model.ImmutableContainerDefinition;
import dev.ecsdsl.model.ImmutableEnvironment;
import dev.ecsdsl.model.ImmutableInstanceGroup;
import dev.ecsdsl.model.ImmutableLoadBalancer;
import dev.ecsdsl.model.ImmutableListener;
import dev.ecsdsl.model.ImmutableScheduledTask;
import dev.ecsdsl.model.ImmutableService;
import dev.ecsdsl.model.ImmutableSubnet;
import dev.ecsdsl.model.ImmutableTargetGroup;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.PolicyStatement;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.Secret;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TargetGroupHealthCheck;
import dev.ecsdsl.model.TargetType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per rule about the environment around services: load balancing, networking, cluster capacity,
 * IAM roles, secrets, images, scheduled tasks, references and names.
 */
class EnvironmentRuleTest {

  static List<RuleCase> cases() {
    return List.of(
        // ---- load balancing
        rule("load-balancer-container-port").breaking("service routes to port 80 of a container mapping 8080")
            .when(() -> Validator.validate(shopWithService("web",
                s -> s.withLoadBalancers(ServiceLoadBalancer.targetGroup("web-tg", "app", 80)))))
            .at("service web → loadBalancers[0] → containerPort")
            .saying("containerPort 80 is not a port mapping of container app (its container ports: 8080)"),
        rule("load-balancer-container-port").breaking("service routes to a container that does not exist")
            .when(() -> Validator.validate(shopWithService("web",
                s -> s.withLoadBalancers(ServiceLoadBalancer.targetGroup("web-tg", "nginx", 8080)))))
            .at("service web → loadBalancers[0] → containerName")
            .saying("containerName nginx is not a container of task definition web (containers: app)"),
        rule("classic-load-balancer-awsvpc").breaking("Classic Load Balancer for a Fargate service")
            .when(() -> Validator.validate(fargateService().withLoadBalancers(classic("app", 80)), fargateTask()))
            .at("service web → loadBalancers[0] → loadBalancerName")
            .saying("Classic Load Balancer legacy-elb cannot route to Fargate tasks"),
        rule("target-type-matches-network-mode").breaking("instance target group for awsvpc tasks")
            .when(() -> Validator.validate(withTargetGroup(tg -> tg.withTargetType(TargetType.INSTANCE))))
            .at("service web → loadBalancers[0] → targetGroupArn")
            .saying("target group web-tg has target type instance but the tasks use awsvpc network mode"),
        rule("target-group-load-balancer").breaking("target group no listener forwards to")
            .when(() -> Validator.validate(shop()
                .withTargetGroups(shop().targetGroups().get(0),
                    TargetGroup.builder().name("api-tg").targetType(TargetType.IP).build())
                .withServices(shop().services().stream().map(s -> s.serviceName().equals("web")
                    ? ImmutableService.copyOf(s).withLoadBalancers(ServiceLoadBalancer.targetGroup("api-tg", "app", 8080))
                    : s).toList())))
            .at("service web → loadBalancers[0] → targetGroupArn")
            .saying("target group api-tg is not attached to any Application or Network Load Balancer listener"),
        rule("alb-two-availability-zones").breaking("ALB in one zone")
            .when(() -> Validator.validate(withLoadBalancer(lb -> lb.withSubnets("subnet-a"))))
            .at("load balancer web-alb → subnets")
            .saying("has subnets in 1 Availability Zone (us-east-1a); it needs at least two"),
        rule("listener-rule-priority").breaking("two rules with priority 10")
            .when(() -> Validator.validate(withLoadBalancer(lb -> lb.withListeners(
                ImmutableListener.copyOf(lb.listeners().get(0)).withRules(
                    ListenerRule.builder().priority(10).addPathPattern("/api/*").targetGroupArn("web-tg").build(),
                    ListenerRule.builder().priority(10).addPathPattern("/admin/*").targetGroupArn("web-tg").build())))))
            .at("load balancer web-alb → listener 80 → rules[1] → priority")
            .saying("rule priority 10 is already used by rules[0] of listener 80"),
        rule("listener-rule-priority").breaking("priority 0")
            .when(() -> Validator.validate(withLoadBalancer(lb -> lb.withListeners(
                ImmutableListener.copyOf(lb.listeners().get(0)).withRules(
                    ListenerRule.builder().priority(0).addPathPattern("/api/*").targetGroupArn("web-tg").build())))))
            .at("load balancer web-alb → listener 80 → rules[0] → priority")
            .saying("rule priority 0 is outside 1–50000"),
        rule("target-group-health-check-range").breaking("health check every 400 s")
            .when(() -> Validator.validate(withTargetGroup(tg -> tg.withHealthCheck(
                TargetGroupHealthCheck.builder().intervalSeconds(400).build()))))
            .at("target group web-tg → healthCheck → intervalSeconds")
            .saying("health check intervalSeconds 400 is outside the allowed 5–300"),
        rule("target-group-health-check-range").breaking("timeout not below interval")
            .when(() -> Validator.validate(withTargetGroup(tg -> tg.withHealthCheck(
                TargetGroupHealthCheck.builder().intervalSeconds(10).timeoutSeconds(10).build()))))
            .at("target group web-tg → healthCheck → timeoutSeconds")
            .saying("timeoutSeconds 10 is not below intervalSeconds 10"),
        rule("max-target-groups-per-service").breaking("6 target groups")
            .when(() -> Validator.validate(fargateService().withLoadBalancers(targetGroups(6))))
            .at("service web → loadBalancers")
            .saying("the service attaches 6 target groups; ECS allows at most 5"),
        rule("container-health-check-with-classic-load-balancer").breaking("health check behind a CLB")
            .when(() -> Validator.validate(ec2Service().withLoadBalancers(classic("job", 8080)),
                ec2TaskWith(c -> c.healthCheck(HealthCheck.shell("pgrep job")))))
            .at("service worker → loadBalancers[0] → loadBalancerName")
            .saying("container health checks, which ECS does not use", "Classic Load Balancer legacy-elb"),

        // ---- network
        rule("awsvpc-network-configuration-required").breaking("awsvpc service without subnets")
            .when(() -> Validator.validate(fargateService().withNetworkConfiguration(java.util.Optional.empty()),
                fargateTask()))
            .at("service web → networkConfiguration")
            .saying("service web runs awsvpc tasks but has no networkConfiguration"),
        rule("network-configuration-requires-awsvpc").breaking("networkConfiguration for a bridge task")
            .when(() -> Validator.validate(ec2Service().withNetworkConfiguration(
                NetworkConfiguration.of(List.of("subnet-a"), List.of())), Fixtures.ec2Task()))
            .at("service worker → networkConfiguration")
            .saying("has a networkConfiguration but its task definition does not use awsvpc"),
        rule("awsvpc-subnet-count").breaking("17 subnets")
            .when(() -> Validator.validate(fargateService().withNetworkConfiguration(
                NetworkConfiguration.of(ids("subnet-", 17), List.of("sg-web")))))
            .at("service web → networkConfiguration → subnets")
            .saying("names 17 subnets; it needs 1 to 16"),
        rule("awsvpc-subnet-count").breaking("no subnets")
            .when(() -> Validator.validate(fargateService().withNetworkConfiguration(
                NetworkConfiguration.of(List.of(), List.of("sg-web")))))
            .at("service web → networkConfiguration → subnets")
            .saying("names 0 subnets; it needs 1 to 16"),
        rule("awsvpc-security-group-count").breaking("6 security groups")
            .when(() -> Validator.validate(fargateService().withNetworkConfiguration(
                NetworkConfiguration.of(List.of("subnet-a"), ids("sg-", 6)))))
            .at("service web → networkConfiguration → securityGroups")
            .saying("names 6 security groups; ECS allows at most 5"),
        rule("subnet-unknown").breaking("service in a subnet the VPC does not have")
            .when(() -> Validator.validate(shopWithService("web", s -> s.withNetworkConfiguration(
                NetworkConfiguration.of(List.of("subnet-a", "subnet-z"), List.of("sg-web"))))))
            .at("service web → networkConfiguration → subnets[1]")
            .saying("subnet subnet-z is not a subnet of VPC vpc-main (subnets: subnet-a, subnet-b)"),
        rule("security-group-unknown").breaking("service with an unknown security group")
            .when(() -> Validator.validate(shopWithService("web", s -> s.withNetworkConfiguration(
                NetworkConfiguration.of(List.of("subnet-a"), List.of("sg-missing"))))))
            .at("service web → networkConfiguration → securityGroups[0]")
            .saying("security group sg-missing is not a security group of VPC vpc-main"),
        rule("cidr-block-size").breaking("a /29 subnet")
            .when(() -> Validator.validate(withSubnetB("10.0.2.0/29")))
            .at("vpc vpc-main → subnet subnet-b → cidrBlock")
            .saying("CIDR block 10.0.2.0/29 with prefix /29", "from /16 (65,536 addresses) to /28"),
        rule("cidr-block-size").breaking("an unreadable subnet block")
            .when(() -> Validator.validate(withSubnetB("10.0.2/24")))
            .at("vpc vpc-main → subnet subnet-b → cidrBlock")
            .saying("'10.0.2/24', which is not an IPv4 CIDR block"),
        rule("subnet-cidr-in-vpc").breaking("subnet outside the VPC block")
            .when(() -> Validator.validate(withSubnetB("10.1.2.0/24")))
            .at("vpc vpc-main → subnet subnet-b → cidrBlock")
            .saying("CIDR block 10.1.2.0/24, which is not inside VPC block 10.0.0.0/16"),
        rule("subnet-cidr-overlap").breaking("subnet b inside subnet a")
            .when(() -> Validator.validate(withSubnetB("10.0.1.128/25")))
            .at("vpc vpc-main → subnet subnet-b → cidrBlock")
            .saying("subnet subnet-b (10.0.1.128/25) overlaps subnet subnet-a (10.0.1.0/24)"),

        // ---- cluster capacity
        rule("instance-group-size-order").breaking("desired 5 above max 4")
            .when(() -> Validator.validate(withInstanceGroup(g -> g.withDesiredCapacity(5))))
            .at("cluster prod → instance group general")
            .saying("minSize 1, desiredCapacity 5 and maxSize 4"),
        rule("instance-type-unknown").breaking("instance type z9.mega")
            .when(() -> Validator.validate(withInstanceGroup(g -> g.withInstanceType("z9.mega"))))
            .at("cluster prod → instance group general → instanceType")
            .saying("instance type z9.mega is not a known instance type"),
        rule("instance-group-zone-unknown").breaking("zone without a subnet")
            .when(() -> Validator.validate(withInstanceGroup(
                g -> g.withAvailabilityZones("us-east-1a", "us-east-1b", "us-east-1c"))))
            .at("cluster prod → instance group general → availabilityZones[2]")
            .saying("zone us-east-1c has no subnet in the VPC (zones with subnets: us-east-1a, us-east-1b)"),
        rule("capacity-provider-asg-unknown").breaking("provider for an instance group that does not exist")
            .when(() -> Validator.validate(withCluster(c -> c.withCapacityProviders(CapacityProvider.fargate(),
                CapacityProvider.fargateSpot(), CapacityProvider.builder().name("ec2-capacity")
                    .type(CapacityProviderType.AUTO_SCALING_GROUP).autoScalingGroup("gpu").build()))))
            .at("cluster prod → capacity provider ec2-capacity → autoScalingGroup")
            .saying("names Auto Scaling group gpu, which is not an instance group of cluster prod",
                "(instance groups: general)"),

        // ---- IAM
        rule("role-unknown").breaking("task role that does not exist")
            .when(() -> Validator.validate(shopWithTask("web", td -> td.withTaskRoleArn("missingRole"))))
            .at("service web → task definition web:1 → taskRoleArn")
            .saying("task role missingRole is not a role of the environment"),
        rule("task-role-trust").breaking("task role trusted by EC2")
            .when(() -> Validator.validate(withRole("webTaskRole", IamRole.EC2)))
            .at("service web → task definition web:1 → taskRoleArn")
            .saying("task role webTaskRole is trusted by ec2.amazonaws.com but must be trusted by ecs-tasks.amazonaws.com"),
        rule("instance-role-trust").breaking("instance role trusted by ECS tasks")
            .when(() -> Validator.validate(withRole("ecsInstanceRole", IamRole.ECS_TASKS)))
            .at("cluster prod → instance group general → iamInstanceProfile")
            .saying("instance profile role ecsInstanceRole is trusted by ecs-tasks.amazonaws.com",
                "must be trusted by ec2.amazonaws.com"),
        rule("events-role-trust").breaking("EventBridge role trusted by ECS tasks")
            .when(() -> Validator.validate(withRole("eventsRole", IamRole.ECS_TASKS)))
            .at("scheduled task nightly → roleArn")
            .saying("EventBridge role eventsRole", "must be trusted by events.amazonaws.com"),

        rule("instance-role-task-permissions").breaking("application permissions on the instance role")
            .when(() -> Validator.validate(withInstanceRoleStatement(PolicyStatement.builder().sid("Uploads")
                .effect(Effect.ALLOW).addAction("s3:*").addResource("arn:aws:s3:::shop-uploads/*").build())))
            .at("cluster prod → instance group general → iamInstanceProfile → role ecsInstanceRole → statements[0]")
            .saying("instance role ecsInstanceRole allows s3:* on arn:aws:s3:::shop-uploads/* (statement Uploads)",
                "every container on these instances can use it"),

        // ---- secrets and images
        rule("secrets-require-execution-role").breaking("secret without execution role")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.addSecret(Secret.of("DB_PASSWORD", "db-password")))))
            .at("task definition web → container app → secrets")
            .saying("container app reads secrets (DB_PASSWORD)", "no executionRoleArn"),
        rule("secret-unknown").breaking("secret ARN of a secret that does not exist")
            .when(() -> Validator.validate(withWebContainer(c -> c.withSecrets(Secret.of("DB_PASSWORD",
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/missing-AbCdEf")))))
            .at("service web → task definition web:1 → container app → secrets[0] → valueFrom")
            .saying("secret DB_PASSWORD reads 'arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/missing-AbCdEf'",
                "neither a Secrets Manager secret nor an SSM parameter"),
        rule("private-image-requires-execution-role").breaking("private ECR image on Fargate without execution role")
            .when(() -> Validator.validate(fargateTaskWith(c -> c.image(Fixtures.WEB_IMAGE))))
            .at("task definition web → container app → image")
            .saying("pulls " + Fixtures.WEB_IMAGE + " from a private ECR repository on Fargate", "no executionRoleArn"),
        rule("ecr-image-unknown").breaking("tag that was never pushed")
            .when(() -> Validator.validate(withWebContainer(c -> c.withImage(
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web:9.9.9"))))
            .at("service web → task definition web:1 → container app → image")
            .saying("names tag 9.9.9, which was not pushed to repository shop/web (tags: 1.4.2)"),
        rule("ecr-image-unknown").breaking("repository that does not exist")
            .when(() -> Validator.validate(withWebContainer(c -> c.withImage(
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api:1.0"))))
            .at("service web → task definition web:1 → container app → image")
            .saying("names ECR repository shop/api, which the environment does not have (repositories: shop/web)"),

        // ---- scheduled tasks
        rule("schedule-expression").breaking("rate(1 hours)")
            .when(() -> Validator.validate(withNightly(t -> t.withScheduleExpression("rate(1 hours)"))))
            .at("scheduled task nightly → scheduleExpression")
            .saying("'rate(1 hours)' is not valid", "a rate of 1 takes the singular unit: rate(1 hour)"),
        rule("schedule-expression").breaking("cron with five fields")
            .when(() -> Validator.validate(withNightly(t -> t.withScheduleExpression("cron(0 3 * * *)"))))
            .at("scheduled task nightly → scheduleExpression")
            .saying("cron takes 6 fields", "but has 5"),
        rule("scheduled-task-count-range").breaking("taskCount 11")
            .when(() -> Validator.validate(withNightly(t -> t.withTaskCount(11))))
            .at("scheduled task nightly → taskCount")
            .saying("taskCount 11 is outside 1–10"),

        // ---- references and names
        rule("cluster-unknown").breaking("service in cluster staging")
            .when(() -> Validator.validate(shopWithService("web", s -> s.withCluster("staging"))))
            .at("service web → cluster")
            .saying("runs in cluster staging, which is not a cluster of the environment (clusters: prod)"),
        rule("cluster-unknown").breaking("scheduled task in cluster staging")
            .when(() -> Validator.validate(withNightly(t -> t.withCluster("staging"))))
            .at("scheduled task nightly → cluster")
            .saying("runs in cluster staging"),
        rule("task-definition-unknown").breaking("revision 7 of a family with one revision")
            .when(() -> Validator.validate(shopWithService("web", s -> s.withTaskDefinition("web:7"))))
            .at("service web → taskDefinition")
            .saying("task definition web:7 is not in the environment (family web has revision 1)"),
        rule("target-group-unknown").breaking("service with a target group that does not exist")
            .when(() -> Validator.validate(shopWithService("web",
                s -> s.withLoadBalancers(ServiceLoadBalancer.targetGroup("missing-tg", "app", 8080)))))
            .at("service web → loadBalancers[0] → targetGroupArn")
            .saying("target group missing-tg is not in the environment (target groups: web-tg)"),
        rule("target-group-unknown").breaking("listener forwarding to a target group that does not exist")
            .when(() -> Validator.validate(withLoadBalancer(lb -> lb.withListeners(
                ImmutableListener.copyOf(lb.listeners().get(0)).withDefaultTargetGroup("old-tg")))))
            .at("load balancer web-alb → listener 80 → defaultTargetGroup")
            .saying("target group old-tg is not in the environment"),
        rule("load-balancer-unknown").breaking("Classic Load Balancer that does not exist")
            .when(() -> Validator.validate(shopWithService("worker", s -> s.withLoadBalancers(classic("job", 8080)))))
            .at("service worker → loadBalancers[0] → loadBalancerName")
            .saying("load balancer legacy-elb is not in the environment"),
        rule("cluster-name-unique").breaking("two clusters named prod")
            .when(() -> Validator.validate(shop().withClusters(shop().clusters().get(0), shop().clusters().get(0))))
            .at("cluster prod")
            .saying("cluster name prod is used by more than one cluster"),
        rule("service-name-unique").breaking("two services named worker in prod")
            .when(() -> Validator.validate(shop().withServices(add(shop().services(), ec2Service()))))
            .at("service worker")
            .saying("service name worker is used by more than one service of cluster prod"),
        rule("target-group-name-unique").breaking("two target groups named web-tg")
            .when(() -> Validator.validate(shop().withTargetGroups(add(shop().targetGroups(),
                shop().targetGroups().get(0)))))
            .at("target group web-tg")
            .saying("target group name web-tg is used by more than one target group"),
        rule("role-name-unique").breaking("two roles named eventsRole")
            .when(() -> Validator.validate(shop().withRoles(add(shop().roles(), role("eventsRole", IamRole.EVENTS)))))
            .at("role eventsRole")
            .saying("role name eventsRole is used by more than one role"));
  }

  @TestFactory
  Stream<DynamicTest> rules() {
    return cases().stream().map(RuleCase::toTest);
  }

  @Test
  void shopIsValid() {
    assertThat(Validator.validate(shop()).problems()).isEmpty();
  }

  @Test
  void taskDefinitionProblemsAppearUnderTheServiceThatRunsThem() {
    var env = shopWithTask("web", td -> td.withCpu("300"));
    assertThat(Validator.validate(env).problems()).singleElement()
        .satisfies(p -> assertThat(p.path()).hasToString("service web → task definition web:1 → cpu"));
  }

  @Test
  void secretsResolveByNameArnAndSsmParameter() {
    var env = shop().withSsmParameters(java.util.Map.of("/shop/api-key", "x"));
    assertThat(SecretRules.exists(env, "shop/db-password")).contains(true);
    assertThat(SecretRules.exists(env, "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db-password-a1B2c3"))
        .contains(true);
    assertThat(SecretRules.exists(env,
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db-password-a1B2c3:password::")).contains(true);
    assertThat(SecretRules.exists(env, "arn:aws:ssm:us-east-1:123456789012:parameter/shop/api-key")).contains(true);
    assertThat(SecretRules.exists(env, "/shop/api-key")).contains(true);
    assertThat(SecretRules.exists(env, "arn:aws:ssm:eu-west-1:999999999999:parameter/other")).isEmpty();
    assertThat(SecretRules.exists(env, "shop/nothing")).contains(false);
  }

  // ---- helpers: the shop with one part changed

  private static ServiceLoadBalancer classic(String container, int port) {
    return ServiceLoadBalancer.builder().loadBalancerName("legacy-elb").containerName(container).containerPort(port)
        .build();
  }

  private static List<ServiceLoadBalancer> targetGroups(int n) {
    List<ServiceLoadBalancer> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(ServiceLoadBalancer.targetGroup("tg-" + i, "app", 80));
    }
    return list;
  }

  private static List<String> ids(String prefix, int n) {
    List<String> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(prefix + i);
    }
    return list;
  }

  private static <T> List<T> add(List<T> list, T element) {
    List<T> result = new ArrayList<>(list);
    result.add(element);
    return result;
  }

  private static ImmutableEnvironment withTargetGroup(UnaryOperator<ImmutableTargetGroup> change) {
    var env = shop();
    return env.withTargetGroups(change.apply(ImmutableTargetGroup.copyOf(env.targetGroups().get(0))));
  }

  private static ImmutableEnvironment withLoadBalancer(UnaryOperator<ImmutableLoadBalancer> change) {
    var env = shop();
    return env.withLoadBalancers(change.apply(ImmutableLoadBalancer.copyOf(env.loadBalancers().get(0))));
  }

  private static ImmutableEnvironment withSubnetB(String cidr) {
    var env = shop();
    var vpc = Fixtures.vpc();
    return env.withVpc(vpc.withSubnets(vpc.subnets().get(0),
        ImmutableSubnet.copyOf(vpc.subnets().get(1)).withCidrBlock(cidr)));
  }

  private static ImmutableEnvironment withCluster(UnaryOperator<ImmutableCluster> change) {
    var env = shop();
    return env.withClusters(change.apply(ImmutableCluster.copyOf(env.clusters().get(0))));
  }

  private static ImmutableEnvironment withInstanceGroup(UnaryOperator<ImmutableInstanceGroup> change) {
    return withCluster(c -> c.withInstanceGroups(change.apply(ImmutableInstanceGroup.copyOf(c.instanceGroups().get(0)))));
  }

  private static ImmutableEnvironment withRole(String name, String trustedBy) {
    var env = shop();
    return env.withRoles(env.roles().stream().map(r -> r.roleName().equals(name) ? role(name, trustedBy) : r).toList());
  }

  private static ImmutableEnvironment withInstanceRoleStatement(PolicyStatement statement) {
    var env = shop();
    return env.withRoles(env.roles().stream().map(r -> r.roleName().equals("ecsInstanceRole")
        ? IamRole.builder().from(r).addStatement(statement).build() : r).toList());
  }

  private static ImmutableEnvironment withNightly(UnaryOperator<ImmutableScheduledTask> change) {
    var env = shop();
    return env.withScheduledTasks(change.apply(ImmutableScheduledTask.copyOf(env.scheduledTasks().get(0))));
  }

  private static ImmutableEnvironment withWebContainer(UnaryOperator<ImmutableContainerDefinition> change) {
    return shopWithTask("web", td -> td.withContainerDefinitions(
        change.apply(ImmutableContainerDefinition.copyOf(td.containerDefinitions().get(0)))));
  }
}
