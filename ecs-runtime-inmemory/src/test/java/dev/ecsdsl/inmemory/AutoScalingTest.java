package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.AutoScalingBuilder;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.AdjustmentType;
import dev.ecsdsl.model.ComparisonOperator;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.PredefinedMetricType;
import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.model.StepAdjustment;
import dev.ecsdsl.model.StepScalingPolicy;
import dev.ecsdsl.runtime.MetricDatapoint;
import dev.ecsdsl.runtime.ScalingActivity;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Application Auto Scaling of services on the virtual clock. */
class AutoScalingTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  /** A Fargate web service of {@code desired} tasks behind an ALB, scaled between 2 and 10 tasks. */
  private static Environment web(int desired, Consumer<AutoScalingBuilder> scaling) {
    return Ecs.environment("scaling")
        .vpc(v -> v.cidr("10.0.0.0/16")
            .subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24")
            .securityGroup("sg-alb", sg -> sg.ingress(80, "0.0.0.0/0"))
            .securityGroup("sg-web", sg -> sg.ingressFrom(8080, "sg-alb")))
        .role("execution", r -> r.trustedBy(IamRole.ECS_TASKS).managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY))
        .loadBalancer("alb", lb -> lb.application().subnets("subnet-a", "subnet-b").securityGroups("sg-alb")
            .listener(80, l -> l.forwardTo("web")))
        .targetGroup("web", tg -> tg.ip().port(8080).healthCheck("/health").deregistrationDelay(30))
        .cluster("prod", c -> c.fargateCapacityProviders())
        .taskDefinition("web", td -> td.fargate().cpu(512).memory(1024).executionRole("execution")
            .container("app", a -> a.image("web:1").port(8080)))
        .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(desired).fargate()
            .subnets("subnet-a", "subnet-b").securityGroups("sg-web").loadBalancer("web", "app", 8080)
            .healthCheckGracePeriod(60).autoScaling(2, 10, scaling))
        .build();
  }

  private static InMemoryEcs steady(Environment environment) {
    InMemoryEcs ecs = InMemoryEcs.create(17);
    ecs.deploy(environment);
    ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
    return ecs;
  }

  private static List<String> changes(InMemoryEcs ecs) {
    return ecs.autoScaling().describeScalingActivities(q -> q.cluster("prod").service("web")).scalingActivities()
        .stream()
        .map(a -> a.policyName() + " " + a.fromCount() + "→" + a.toCount()).toList();
  }

  @Test
  void requestCountPerTargetScalesOutUnderRisingLoadAndBackInWhenItFalls() {
    try (InMemoryEcs ecs = steady(web(2, a -> a.targetRequestsPerTarget("web", 600)))) {
      dev.ecsdsl.runtime.RequestLoad load = ecs.elb().driveRequests(q -> q.loadBalancer("alb").listenerPort(80)
          .host("shop.example.com").path("/").perSecond(10));
      ecs.clock().advance(Duration.ofMinutes(5));
      assertThat(changes(ecs)).as("300 requests per target per minute: below 600, above 90% of it? no").isEmpty();

      Instant raised = ecs.clock().now();
      load.perSecond(60);
      ecs.clock().advance(Duration.ofMinutes(10));

      List<ScalingActivity> activities = ecs.autoScaling().describeScalingActivities(q -> q.cluster("prod")
          .service("web")).scalingActivities();
      assertThat(changes(ecs)).first().isEqualTo("requests-target 2→6");
      assertThat(Duration.between(raised, activities.get(0).startTime()))
          .as("3 one-minute datapoints above the target (the first may be a part minute)")
          .isBetween(Duration.ofMinutes(2), Duration.ofMinutes(4));
      assertThat(activities.get(0).cause()).startsWith("AlarmHigh: RequestCountPerTarget/web > 600");
      assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("web")).service().runningCount())
          .isEqualTo(6);
      List<MetricDatapoint> perTarget = ecs.cloudWatch().getMetricStatistics(q -> q.cluster("prod").service("web")
          .metric(PredefinedMetricType.ALB_REQUEST_COUNT_PER_TARGET)).datapoints();
      assertThat(perTarget.get(perTarget.size() - 1).value()).as("3,600 a minute over 6 targets").isEqualTo(600);

      load.perSecond(10);
      ecs.clock().advance(Duration.ofMinutes(30));
      assertThat(changes(ecs)).containsExactly("requests-target 2→6", "requests-target 6→2");
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
      assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("web")).service().runningCount())
          .isEqualTo(2);
    }
  }

  /**
   * The resource label as Application Auto Scaling takes it (and CloudFormation templates write it), {@code
   * app/<load-balancer-name>/<id>/targetgroup/<target-group-name>/<id>}: the policy counts that target group's
   * requests (https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PredefinedMetricSpecification.html).
   */
  @Test
  void aResourceLabelAsApplicationAutoScalingWritesItNamesTheTargetGroup() {
    String label = "app/alb/50dc6c495c0c9188/targetgroup/web/73e2d6bc24d8a067";
    try (InMemoryEcs ecs = steady(web(2, a -> a.targetRequestsPerTarget(label, 600)))) {
      ecs.elb().driveRequests(q -> q.loadBalancer("alb").listenerPort(80).host("shop.example.com").path("/")
          .perSecond(60));
      ecs.clock().advance(Duration.ofMinutes(10));

      assertThat(changes(ecs)).first().isEqualTo("requests-target 2→6");
      assertThat(ecs.autoScaling().describeScalingActivities(q -> q.cluster("prod").service("web")).scalingActivities()
          .get(0).cause())
          .startsWith("AlarmHigh: RequestCountPerTarget/web > 600");
    }
  }

  @Test
  void cpuTargetTrackingFollowsTheContainersCpuUseWithinMinAndMax() {
    try (InMemoryEcs ecs = steady(web(2, a -> a.targetCpu(50)))) {
      ecs.behaviour("web", "app", ContainerBehaviour.usesCpu(0.9));
      ecs.clock().advance(Duration.ofMinutes(5));
      assertThat(changes(ecs)).containsExactly("cpu-target 2→4");

      ecs.behaviour("web", "app", ContainerBehaviour.usesCpu(3.0));
      ecs.clock().advance(Duration.ofMinutes(15));
      assertThat(changes(ecs)).as("capped at max capacity 10").endsWith("cpu-target 4→10");

      ecs.behaviour("web", "app", ContainerBehaviour.usesCpu(0.05));
      ecs.clock().advance(Duration.ofMinutes(25));
      assertThat(changes(ecs)).as("15 minutes below 45%, then down to min capacity").last()
          .isEqualTo("cpu-target 10→2");
    }
  }

  @Test
  void aStepScalingPolicyAppliesTheStepOfTheBreachAfterItsEvaluationPeriods() {
    StepScalingPolicy steps = StepScalingPolicy.builder().policyName("cpu-steps")
        .alarm(MetricAlarm.builder().alarmName("cpu-high").metricName("CPUUtilization").namespace("AWS/ECS")
            .statistic(Statistic.AVERAGE).period(60).evaluationPeriods(2).threshold(70)
            .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD).build())
        .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY).cooldown(120)
        .addStepAdjustments(StepAdjustment.builder().metricIntervalLowerBound(0.0).metricIntervalUpperBound(20.0)
            .scalingAdjustment(1).build())
        .addStepAdjustments(StepAdjustment.builder().metricIntervalLowerBound(20.0).scalingAdjustment(3).build())
        .build();
    try (InMemoryEcs ecs = steady(web(2, a -> a.stepScaling(steps)))) {
      ecs.behaviour("web", "app", ContainerBehaviour.usesCpu(0.95));
      ecs.clock().advance(Duration.ofMinutes(2));
      assertThat(changes(ecs)).as("95% is 25 above the threshold: the second step").containsExactly("cpu-steps 2→5");

      ecs.clock().advance(Duration.ofMinutes(1));
      assertThat(changes(ecs)).as("in cooldown, the same step adds nothing beyond its 3").hasSize(1);
    }
  }

  @Test
  void aDesiredCountBelowMinCapacityIsRaisedWhenTheServiceIsRegistered() {
    try (InMemoryEcs ecs = steady(web(1, a -> a.targetCpu(50)))) {
      assertThat(changes(ecs)).containsExactly("scalable target 1→2");
      assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("web")).service().runningCount())
          .isEqualTo(2);
    }
  }

  @Test
  void theSameSeedScalesAtTheSameInstants() {
    List<ScalingActivity> first = run();
    assertThat(run()).isEqualTo(first).isNotEmpty();
  }

  private static List<ScalingActivity> run() {
    try (InMemoryEcs ecs = steady(web(2, a -> a.targetRequestsPerTarget("web", 600)))) {
      ecs.elb().driveRequests(q -> q.loadBalancer("alb").listenerPort(80).host("shop.example.com").path("/")
          .perSecond(45));
      ecs.clock().advance(Duration.ofMinutes(20));
      return ecs.autoScaling().describeScalingActivities(q -> q.cluster("prod").service("web")).scalingActivities();
    }
  }

  /** Application Auto Scaling, "Scheduled scaling": the action sets min/max; the desired count follows into range. */
  @Test
  void scheduledActionsRaiseAndLowerTheCapacityRangeAtTheirTimes() {
    try (InMemoryEcs ecs = steady(web(2, a -> a.scheduled("business-hours", "cron(0 8 * * ? *)", 6, 10)
        .scheduled("night", "cron(0 20 * * ? *)", 2, 2)))) {
      Instant start = ecs.clock().now();
      ecs.clock().advance(Duration.ofHours(24));

      assertThat(changes(ecs)).containsExactly("business-hours 2→6", "night 6→2");
      List<ScalingActivity> activities = ecs.autoScaling().describeScalingActivities(q -> q.cluster("prod")
          .service("web")).scalingActivities();
      assertThat(activities).extracting(a -> a.startTime().atZone(java.time.ZoneOffset.UTC).getHour())
          .containsExactly(8, 20);
      assertThat(activities.get(0).startTime()).isAfter(start);
    }
  }

  /**
   * CloudWatch's ECS metrics: CPUUtilization is the CPU the service's tasks use over the CPU "reserved for
   * the tasks" — the task-level value when the task definition has one, not the sum of its containers'.
   */
  @Test
  void cpuUtilizationIsMeasuredAgainstTheTaskLevelReservation() {
    Environment quarter = Ecs.environment("quarter")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(1)
            .zones("us-east-1a")))
        .taskDefinition("batch", td -> td.ec2().cpu(1024).memory(1024)
            .container("app", a -> a.image("batch:1").cpu(256).memory(512)))
        .service("batch", s -> s.cluster("prod").taskDefinition("batch").desiredCount(1).ec2()
            .autoScaling(1, 1, a -> a.targetCpu(90)))
        .build();
    try (InMemoryEcs ecs = InMemoryEcs.create(2)) {
      ecs.behaviourOfImage("batch:1", ContainerBehaviour.usesCpu(1.0));
      ecs.deploy(quarter);
      ecs.clock().advance(Duration.ofMinutes(3));

      List<MetricDatapoint> cpu = ecs.cloudWatch().getMetricStatistics(q -> q.cluster("prod").service("batch")
          .metric(PredefinedMetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION)).datapoints();
      assertThat(cpu).isNotEmpty();
      assertThat(cpu.get(cpu.size() - 1).value()).as("256 of the task's 1024 units").isEqualTo(25.0);
    }
  }
}
