package dev.ecsdsl.validation;

import dev.ecsdsl.model.CapacityProvider;
import dev.ecsdsl.model.CapacityProviderType;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.model.EcrRepository;
import dev.ecsdsl.model.EfsAccessPoint;
import dev.ecsdsl.model.EfsFileSystem;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.HealthCheck;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.ImmutableEnvironment;
import dev.ecsdsl.model.ImmutableService;
import dev.ecsdsl.model.ImmutableTaskDefinition;
import dev.ecsdsl.model.ImmutableVpc;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.Listener;
import dev.ecsdsl.model.ListenerRule;
import dev.ecsdsl.model.LoadBalancer;
import dev.ecsdsl.model.LoadBalancerType;
import dev.ecsdsl.model.LogConfiguration;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.model.PortMapping;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.ScheduledTask;
import dev.ecsdsl.model.Secret;
import dev.ecsdsl.model.SecurityGroup;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.ServiceAutoScaling;
import dev.ecsdsl.model.ServiceLoadBalancer;
import dev.ecsdsl.model.Subnet;
import dev.ecsdsl.model.TargetGroup;
import dev.ecsdsl.model.TargetTrackingScalingPolicy;
import dev.ecsdsl.model.TargetType;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.model.Vpc;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Valid baselines for validation tests: a Fargate and an EC2 task definition, a service for each, and a
 * realistic environment ("shop") holding them with everything they refer to. Each test changes one thing.
 */
final class Fixtures {
  private Fixtures() {}

  static final String ACCOUNT = "123456789012";
  static final String WEB_IMAGE = ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com/shop/web:1.4.2";

  /** A container with a public image and nothing else. */
  static ContainerDefinition.Builder container(String name) {
    return ContainerDefinition.builder().name(name).image("public.ecr.aws/nginx/nginx:1.25");
  }

  /** A minimal valid Fargate task definition {@code web}: awsvpc, 256/512, container app on port 80. */
  static ImmutableTaskDefinition fargateTask() {
    return ImmutableTaskDefinition.copyOf(TaskDefinition.builder()
        .family("web")
        .networkMode(NetworkMode.AWSVPC)
        .addRequiresCompatibility(Compatibility.FARGATE)
        .cpu("256")
        .memory("512")
        .addContainerDefinition(container("app").addPortMapping(PortMapping.of(80)).build())
        .build());
  }

  /** A minimal valid EC2 task definition {@code worker}: bridge mode, container job with a dynamic host port. */
  static ImmutableTaskDefinition ec2Task() {
    return ImmutableTaskDefinition.copyOf(TaskDefinition.builder()
        .family("worker")
        .networkMode(NetworkMode.BRIDGE)
        .addRequiresCompatibility(Compatibility.EC2)
        .addContainerDefinition(container("job").memoryReservation(256).addPortMapping(PortMapping.of(8080)).build())
        .build());
  }

  /** The Fargate task definition with one container changed. */
  static ImmutableTaskDefinition fargateTaskWith(UnaryOperator<ContainerDefinition.Builder> change) {
    return fargateTask().withContainerDefinitions(
        change.apply(container("app").addPortMapping(PortMapping.of(80))).build());
  }

  /** The EC2 task definition with its container changed. */
  static ImmutableTaskDefinition ec2TaskWith(UnaryOperator<ContainerDefinition.Builder> change) {
    return ec2Task().withContainerDefinitions(
        change.apply(container("job").memoryReservation(256).addPortMapping(PortMapping.of(8080))).build());
  }

  /** A minimal valid Fargate service {@code web} of 2 tasks in subnets a and b. */
  static ImmutableService fargateService() {
    return ImmutableService.copyOf(Service.builder()
        .serviceName("web")
        .cluster("prod")
        .taskDefinition("web")
        .desiredCount(2)
        .launchType(LaunchType.FARGATE)
        .networkConfiguration(NetworkConfiguration.of(List.of("subnet-a", "subnet-b"), List.of("sg-web")))
        .build());
  }

  /** A minimal valid EC2 service {@code worker} of 2 tasks. */
  static ImmutableService ec2Service() {
    return ImmutableService.copyOf(Service.builder()
        .serviceName("worker")
        .cluster("prod")
        .taskDefinition("worker")
        .desiredCount(2)
        .launchType(LaunchType.EC2)
        .build());
  }

  /** The VPC 10.0.0.0/16 with subnets a (us-east-1a) and b (us-east-1b) and security groups sg-web and sg-alb. */
  static ImmutableVpc vpc() {
    return ImmutableVpc.copyOf(Vpc.builder()
        .addSubnet(Subnet.builder().subnetId("subnet-a").availabilityZone("us-east-1a").cidrBlock("10.0.1.0/24").build())
        .addSubnet(Subnet.builder().subnetId("subnet-b").availabilityZone("us-east-1b").cidrBlock("10.0.2.0/24").build())
        .addSecurityGroup(SecurityGroup.builder().groupId("sg-web").build())
        .addSecurityGroup(SecurityGroup.builder().groupId("sg-alb").build())
        .build());
  }

  static IamRole role(String name, String trustedBy) {
    return IamRole.builder().roleName(name).addTrustedService(trustedBy).build();
  }

  /** The web task definition as the environment holds it: ECR image, awslogs, a secret, execution and task roles. */
  static ImmutableTaskDefinition shopWebTask() {
    return fargateTask()
        .withExecutionRoleArn("arn:aws:iam::" + ACCOUNT + ":role/ecsTaskExecutionRole")
        .withTaskRoleArn("webTaskRole")
        .withContainerDefinitions(container("app")
            .image(WEB_IMAGE)
            .addPortMapping(PortMapping.of(8080))
            .addSecret(Secret.of("DB_PASSWORD", "shop/db-password"))
            .logConfiguration(LogConfiguration.builder().logDriver("awslogs")
                .putOption("awslogs-group", "/ecs/web").build())
            .healthCheck(HealthCheck.shell("curl -f http://localhost:8080/health || exit 1"))
            .build());
  }

  /**
   * A realistic valid environment "shop": VPC with two subnets, roles, a secret, an ECR repository, an EFS
   * file system, an ALB forwarding to target group web-tg, cluster prod (Fargate providers and an EC2
   * instance group), task definitions web (Fargate) and worker (EC2), services web and worker, and a nightly
   * scheduled task.
   */
  static ImmutableEnvironment shop() {
    return ImmutableEnvironment.copyOf(Environment.builder()
        .name("shop")
        .vpc(vpc())
        .addRole(role("ecsTaskExecutionRole", IamRole.ECS_TASKS))
        .addRole(role("webTaskRole", IamRole.ECS_TASKS))
        .addRole(role("ecsInstanceRole", IamRole.EC2))
        .addRole(role("eventsRole", IamRole.EVENTS))
        .putSecret("shop/db-password", "not-a-real-password")
        .addEcrRepository(EcrRepository.builder().repositoryName("shop/web").addImageTag("1.4.2").build())
        .addEfsFileSystem(EfsFileSystem.builder().fileSystemId("fs-shared")
            .addAccessPoint(EfsAccessPoint.builder().accessPointId("fsap-uploads").rootDirectory("/uploads").build())
            .build())
        .addLoadBalancer(LoadBalancer.builder().name("web-alb").type(LoadBalancerType.APPLICATION)
            .addSubnet("subnet-a").addSubnet("subnet-b").addSecurityGroup("sg-alb")
            .addListener(Listener.builder().port(80).defaultTargetGroup("web-tg")
                .addRule(ListenerRule.builder().priority(10).addPathPattern("/api/*").targetGroupArn("web-tg").build())
                .build())
            .build())
        .addTargetGroup(TargetGroup.builder().name("web-tg").targetType(TargetType.IP).port(8080).build())
        .addCluster(Cluster.builder().clusterName("prod")
            .addCapacityProvider(CapacityProvider.fargate())
            .addCapacityProvider(CapacityProvider.fargateSpot())
            .addCapacityProvider(CapacityProvider.builder().name("ec2-capacity")
                .type(CapacityProviderType.AUTO_SCALING_GROUP).autoScalingGroup("general").build())
            .addInstanceGroup(InstanceGroup.builder().name("general").instanceType("t3.medium")
                .minSize(1).desiredCapacity(2).maxSize(4)
                .addAvailabilityZone("us-east-1a").addAvailabilityZone("us-east-1b")
                .iamInstanceProfile("ecsInstanceRole").build())
            .build())
        .addTaskDefinition(shopWebTask())
        .addTaskDefinition(ec2Task())
        .addService(fargateService()
            .withLoadBalancers(ServiceLoadBalancer.targetGroup("web-tg", "app", 8080))
            .withHealthCheckGracePeriodSeconds(60)
            .withAutoScaling(ServiceAutoScaling.builder().minCapacity(2).maxCapacity(10)
                .addTargetTrackingPolicy(TargetTrackingScalingPolicy.builder().policyName("cpu60")
                    .predefinedMetricType(PredefinedMetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION)
                    .targetValue(60).build())
                .build()))
        .addService(ec2Service())
        .addScheduledTask(ScheduledTask.builder().ruleName("nightly").scheduleExpression("cron(0 3 * * ? *)")
            .cluster("prod").taskDefinition("worker").launchType(LaunchType.EC2).roleArn("eventsRole").build())
        .build());
  }

  /** The shop with its service {@code name} changed. */
  static ImmutableEnvironment shopWithService(String name, UnaryOperator<ImmutableService> change) {
    ImmutableEnvironment env = shop();
    return env.withServices(env.services().stream()
        .map(s -> s.serviceName().equals(name) ? change.apply(ImmutableService.copyOf(s)) : s).toList());
  }

  /** The shop with its task definition {@code family} changed. */
  static ImmutableEnvironment shopWithTask(String family, UnaryOperator<ImmutableTaskDefinition> change) {
    ImmutableEnvironment env = shop();
    return env.withTaskDefinitions(env.taskDefinitions().stream()
        .map(t -> t.family().equals(family) ? change.apply(ImmutableTaskDefinition.copyOf(t)) : t).toList());
  }
}
