package dev.ecsdsl.validation;

import static dev.ecsdsl.validation.Fixtures.container;
import static dev.ecsdsl.validation.Fixtures.role;
import static dev.ecsdsl.validation.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.ContainerCondition;
import dev.ecsdsl.model.ContainerDependency;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.ImmutableService;
import dev.ecsdsl.model.ImmutableTaskDefinition;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.ScheduledTask;
import dev.ecsdsl.model.SchedulingStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TargetType;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole-description behaviour: valid descriptions pass, bad ones list every problem, nothing throws. */
class ValidatorTest {

  /** An EC2-only environment: bridge service behind an ALB (instance targets), a host-mode daemon, a strategy. */
  static Environment batch() {
    return Environment.builder()
        .name("batch")
        .vpc(Vpc.builder()
            .addSubnet(Subnet.builder().subnetId("subnet-1").availabilityZone("eu-west-1a").cidrBlock("10.0.0.0/20").build())
            .addSubnet(Subnet.builder().subnetId("subnet-2").availabilityZone("eu-west-1b").cidrBlock("10.0.16.0/20").build())
            .build())
        .region("eu-west-1")
        .addRole(role("ecsInstanceRole", IamRole.EC2))
        .addLoadBalancer(LoadBalancer.builder().name("api").type(LoadBalancerType.APPLICATION)
            .addSubnet("subnet-1").addSubnet("subnet-2")
            .addListener(Listener.builder().port(80).defaultTargetGroup("api-tg").build()).build())
        .addTargetGroup(TargetGroup.builder().name("api-tg").targetType(TargetType.INSTANCE).build())
        .addCluster(Cluster.builder().clusterName("batch")
            .addInstanceGroup(InstanceGroup.builder().name("workers").instanceType("m5.large").desiredCapacity(3)
                .addAvailabilityZone("eu-west-1a").addAvailabilityZone("eu-west-1b")
                .iamInstanceProfile("arn:aws:iam::123456789012:role/ecsInstanceRole").build())
            .addCapacityProvider(CapacityProvider.builder().name("workers-cp")
                .type(CapacityProviderType.AUTO_SCALING_GROUP).autoScalingGroup("workers").build())
            .addDefaultCapacityProviderStrategy(CapacityProviderStrategyItem.of("workers-cp", 1, 1))
            .build())
        .addTaskDefinition(TaskDefinition.builder().family("api").networkMode(NetworkMode.BRIDGE)
            .addContainerDefinition(container("api").memory(512).cpu(256)
                .addPortMapping(PortMapping.of(8080, 0))
                .healthCheck(HealthCheck.shell("curl -f localhost:8080/health"))
                .addDependsOn(ContainerDependency.of("migrate", ContainerCondition.SUCCESS))
                .addDependsOn(ContainerDependency.of("proxy", ContainerCondition.HEALTHY)).build())
            .addContainerDefinition(container("migrate").memoryReservation(128).essential(false).build())
            .addContainerDefinition(container("proxy").memoryReservation(64)
                .healthCheck(HealthCheck.builder().addCommand("CMD", "/bin/check").interval(10).timeout(3)
                    .retries(2).startPeriod(20).build()).build())
            .build())
        .addTaskDefinition(TaskDefinition.builder().family("agent").networkMode(NetworkMode.HOST)
            .addRequiresCompatibility(Compatibility.EC2).cpu("128").memory("256")
            .addContainerDefinition(container("agent").addPortMapping(PortMapping.of(9100, 9100)).build())
            .addPlacementConstraint(PlacementConstraint.memberOf("attribute:ecs.os-type == linux"))
            .build())
        .addService(Service.builder().serviceName("api").cluster("batch").taskDefinition("api:1").desiredCount(3)
            .addLoadBalancer(ServiceLoadBalancer.targetGroup("api-tg", "api", 8080))
            .healthCheckGracePeriodSeconds(30)
            .addPlacementStrategy(PlacementStrategy.spread("attribute:ecs.availability-zone"))
            .addPlacementStrategy(PlacementStrategy.binpack("memory"))
            .deploymentConfiguration(DeploymentConfiguration.builder().minimumHealthyPercent(50).maximumPercent(100)
                .build())
            .build())
        .addService(Service.builder().serviceName("agent").cluster("arn:aws:ecs:eu-west-1:123456789012:cluster/batch")
            .taskDefinition("agent").schedulingStrategy(SchedulingStrategy.DAEMON).launchType(LaunchType.EC2).build())
        .addScheduledTask(ScheduledTask.builder().ruleName("hourly").scheduleExpression("rate(1 hour)")
            .cluster("batch").taskDefinition("api").taskCount(2).build())
        .addScheduledTask(ScheduledTask.builder().ruleName("weekdays").scheduleExpression("cron(0/15 8-18 ? * MON-FRI *)")
            .cluster("batch").taskDefinition("api").build())
        .build();
  }

  @Test
  void realisticEnvironmentsHaveNoProblems() {
    assertThat(Validator.validate(shop()).problems()).isEmpty();
    assertThat(Validator.validate(batch()).problems()).isEmpty();
  }

  @Test
  void anEnvironmentWithSeveralProblemsListsAllOfThem() {
    var env = shop();
    ImmutableTaskDefinition web = ImmutableTaskDefinition.copyOf(env.taskDefinitions().get(0))
        .withNetworkMode(NetworkMode.BRIDGE)
        .withCpu("lots")
        .withExecutionRoleArn("missingRole");
    ImmutableService service = ImmutableService.copyOf(env.services().get(0))
        .withDesiredCount(1)
        .withDeploymentConfiguration(DeploymentConfiguration.builder().minimumHealthyPercent(100)
            .maximumPercent(100).build())
        .withPlacementStrategy(PlacementStrategy.binpack("disk"));
    var broken = env.withTaskDefinitions(web, env.taskDefinitions().get(1))
        .withServices(service, env.services().get(1))
        .withScheduledTasks(ImmutableScheduledTaskCopy.of(env.scheduledTasks().get(0), "rate(5 minute)"));

    ValidationResult result = Validator.validate(broken);

    assertThat(result.problems()).extracting(Problem::rule).contains(
        "fargate-requires-awsvpc", "task-size-unreadable", "role-unknown", "target-type-matches-network-mode",
        "binpack-field", "placement-not-on-fargate", "deployment-no-progress", "desired-count-outside-autoscaling-range",
        "network-configuration-requires-awsvpc", "schedule-expression");
    assertThat(result.isValid()).isFalse();
    assertThat(result.warnings()).extracting(Problem::rule)
        .containsExactlyInAnyOrder("deployment-no-progress", "desired-count-outside-autoscaling-range");
    assertThatThrownBy(() -> result.throwIfInvalid("environment shop"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("environment shop is not valid: " + result.errors().size() + " errors, 2 warnings")
        .hasMessageContaining("service web → task definition web:1 → networkMode")
        .hasMessageContaining("[schedule-expression]");
    assertThat(result.problems()).allSatisfy(p -> assertThat(RuleCatalogue.find(p.rule())).isPresent());
  }

  @Test
  void unreadableAndDanglingDataDoesNotStopTheOtherChecks() {
    TaskDefinition td = TaskDefinition.builder().family("???").networkMode(NetworkMode.AWSVPC)
        .addRequiresCompatibility(Compatibility.FARGATE).cpu("99999999999999999999").memory("-1 GB")
        .addContainerDefinition(container("a").addDependsOn(ContainerDependency.of("b", ContainerCondition.HEALTHY))
            .addPortMapping(PortMapping.builder().containerPortRange("9000-x").build())
            .healthCheck(HealthCheck.builder().build()).build())
        .addContainerDefinition(container("b").addDependsOn(ContainerDependency.of("a", ContainerCondition.SUCCESS))
            .image("123456789012.dkr.ecr.us-east-1.amazonaws.com/x@sha256:abc").build())
        .taskRoleArn("arn:aws:iam::")
        .build();
    Environment env = Environment.builder().name("garbage")
        .vpc(Vpc.builder().cidrBlock("nonsense").addSubnet(Subnet.builder().subnetId("s").availabilityZone("z")
            .cidrBlock("999.0.0.0/99").build()).build())
        .addTaskDefinition(td)
        .addService(Service.builder().serviceName("s").taskDefinition("arn:aws:ecs:bad").desiredCount(-3)
            .addLoadBalancer(ServiceLoadBalancer.builder().build())
            .addCapacityProviderStrategy(CapacityProviderStrategyItem.builder().capacityProvider("").build())
            .build())
        .addService(Service.builder().serviceName("t").taskDefinition("???:x").build())
        .addScheduledTask(ScheduledTask.builder().ruleName("r").scheduleExpression("cron()").cluster("")
            .taskDefinition("").taskCount(0).build())
        .build();

    assertThatCode(() -> Validator.validate(env)).doesNotThrowAnyException();
    ValidationResult result = Validator.validate(env);
    assertThat(result.problems()).extracting(Problem::rule).contains(
        "family-name-format", "task-size-unreadable", "depends-on-cycle", "depends-on-healthy-needs-health-check",
        "depends-on-complete-on-essential", "health-check-command-format", "cidr-block-size", "cluster-unknown",
        "task-definition-unknown", "schedule-expression", "scheduled-task-count-range", "role-unknown");
    assertThat(result.problems()).allSatisfy(p -> {
      assertThat(RuleCatalogue.find(p.rule())).isPresent();
      assertThat(p.path().isRoot()).isFalse();
      assertThat(p.fix()).isNotBlank();
    });
  }

  @Test
  void standaloneEntryPointsUseTheirOwnPaths() {
    var td = Fixtures.fargateTaskWith(c -> c.healthCheck(HealthCheck.builder().addCommand("CMD-SHELL", "true")
        .interval(1).build()));
    assertThat(Validator.validate(td).problems()).singleElement()
        .satisfies(p -> assertThat(p.path()).hasToString("task definition web → container app → healthCheck → interval"));
    assertThat(Validator.validate(Fixtures.fargateService().withTaskDefinition("web:3"), td).problems()).singleElement()
        .satisfies(p -> assertThat(p.path())
            .hasToString("service web → task definition web:3 → container app → healthCheck → interval"));
  }

  @Test
  void warningsAloneKeepADescriptionValid() {
    ValidationResult result = Validator.validate(Fixtures.fargateService().withDesiredCount(1)
        .withDeploymentConfiguration(DeploymentConfiguration.builder().minimumHealthyPercent(100).maximumPercent(100)
            .build()));
    assertThat(result.problems()).hasSize(1);
    assertThat(result.isValid()).isTrue();
    assertThatCode(() -> result.throwIfInvalid("service web")).doesNotThrowAnyException();
  }

  /**
   * ECS validates a task definition without requiresCompatibilities against every launch type when it is
   * registered (RegisterTaskDefinition's read-only {@code compatibilities}); a Fargate service may run it when
   * it meets Fargate's requirements, which the Fargate rules then check.
   */
  @Test
  void fargateRulesApplyWhenAServiceRunsAnUnmarkedTaskDefinitionOnFargate() {
    var env = Fixtures.shopWithTask("web", td -> td.withRequiresCompatibilities(List.of()).withNetworkMode(NetworkMode.BRIDGE));
    assertThat(Validator.validate(env).problems()).extracting(Problem::rule)
        .contains("fargate-requires-awsvpc").doesNotContain("launch-type-compatibility");
  }

  @Test
  void aFargateServiceMayRunATaskDefinitionWithoutRequiresCompatibilitiesThatMeetsFargatesRequirements() {
    var env = Fixtures.shopWithTask("web", td -> td.withRequiresCompatibilities(List.of()));
    assertThat(Validator.validate(env).errors()).isEmpty();
    assertThat(Validator.validate(Fixtures.fargateService(),
        Fixtures.fargateTask().withRequiresCompatibilities(List.of())).errors()).isEmpty();
  }

  @Test
  void scheduleExpressions() {
    for (String ok : List.of("rate(1 minute)", "rate(5 minutes)", "rate(1 hour)", "rate(12 hours)", "rate(1 day)",
        "rate(7 days)", "cron(0 12 * * ? *)", "cron(15 10 ? * 6L 2022-2023)", "cron(0 18 ? * MON-FRI *)",
        "cron(0 8 1 * ? *)", "cron(0/10 * ? * MON-FRI *)", "cron(0/5 8-17 ? * MON-FRI *)", "cron(0 9 ? * 2#1 *)",
        "cron(0 0 L * ? *)", "cron(0 0 3W * ? *)", "cron(30 4 ? JAN,JUL SUN *)")) {
      assertThat(ScheduleExpressions.problem(ok)).as(ok).isEmpty();
    }
    for (String bad : List.of("rate(0 minutes)", "rate(5 minute)", "rate(1 days)", "rate(2 weeks)", "rate(1.5 hours)",
        "rate()", "every 5 minutes", "cron(0 12 * * * *)", "cron(0 12 ? * ? *)", "cron(60 12 * * ? *)",
        "cron(0 24 * * ? *)", "cron(0 12 32 * ? *)", "cron(0 12 ? 13 * *)", "cron(0 12 ? * 8 *)",
        "cron(0 12 * * ? 1969)", "cron(0 12 * * ?)", "cron(0 ? * * ? *)", "cron(0 12 * FOO ? *)")) {
      assertThat(ScheduleExpressions.problem(bad)).as(bad).isPresent();
    }
  }

  /** Copies a scheduled task with another schedule. */
  private static final class ImmutableScheduledTaskCopy {
    static ScheduledTask of(ScheduledTask t, String schedule) {
      return dev.ecsdsl.model.ImmutableScheduledTask.copyOf(t).withScheduleExpression(schedule);
    }
  }
}
