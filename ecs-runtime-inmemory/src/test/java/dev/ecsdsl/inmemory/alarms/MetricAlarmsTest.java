package dev.ecsdsl.inmemory.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.services.CircuitBreakerStatus;
import dev.ecsdsl.control.services.ServiceDeployment;
import dev.ecsdsl.control.services.ServiceDeploymentStatus;
import dev.ecsdsl.dsl.ServiceBuilder;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.ComparisonOperator;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.model.TreatMissingData;
import dev.ecsdsl.runtime.AlarmHistoryItem;
import dev.ecsdsl.runtime.AlarmStateValue;
import dev.ecsdsl.runtime.EventType;
import dev.ecsdsl.runtime.MetricAlarmDescription;
import dev.ecsdsl.runtime.RequestLoad;
import dev.ecsdsl.runtime.RequestResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * CloudWatch metric alarms evaluated on the simulated metrics, and ROLLING deployments that watch them (developer
 * guide, "How CloudWatch alarms detect Amazon ECS deployment failures"; CloudWatch user guide, "Using Amazon
 * CloudWatch alarms"; Elastic Load Balancing, "CloudWatch metrics for your Application Load Balancer").
 */
class MetricAlarmsTest {
  private static final String ERRORS = "web-5xx";
  private static final String CPU = "web-cpu";

  static Environment shop(int evaluationPeriods, Consumer<ServiceBuilder> service) {
    var builder = Ecs.environment("shop")
        .role("execution", r -> r.trustedBy(IamRole.ECS_TASKS))
        .loadBalancer("shop-alb", lb -> lb.subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b")
            .securityGroups("default").listener(80, l -> l.forwardTo("web")))
        .targetGroup("web", tg -> tg.ip().port(8080))
        .alarm(MetricAlarm.builder().alarmName(ERRORS).namespace("AWS/ApplicationELB")
            .metricName("HTTPCode_Target_5XX_Count").statistic(Statistic.SUM).period(60)
            .evaluationPeriods(evaluationPeriods).threshold(5)
            .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
            .treatMissingData(TreatMissingData.NOT_BREACHING)
            .addDimension(MetricDimension.of("TargetGroup", "targetgroup/web/0123456789abcdef"))
            .addDimension(MetricDimension.of("LoadBalancer", "app/shop-alb/0123456789abcdef")).build())
        .alarm(MetricAlarm.builder().alarmName(CPU).namespace("AWS/ECS").metricName("CPUUtilization")
            .statistic(Statistic.AVERAGE).period(120).evaluationPeriods(1).threshold(80)
            .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
            .addDimension(MetricDimension.of("ClusterName", "prod"))
            .addDimension(MetricDimension.of("ServiceName", "web")).build())
        .cluster("prod", c -> c.fargateCapacityProviders());
    for (String version : List.of("1", "2")) {
      builder.taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
          .container("app", a -> a.image("shop/web:" + version).port(8080)));
    }
    return builder.service("web", s -> {
      s.cluster("prod").taskDefinition("web:1").desiredCount(4).fargate()
          .subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b").securityGroups("default")
          .loadBalancer("web", "app", 8080);
      service.accept(s);
    }).build();
  }

  private static InMemoryEcs steady(Environment environment) {
    InMemoryEcs ecs = InMemoryEcs.create(21);
    ecs.deploy(environment);
    ecs.clock().advance(Duration.ofMinutes(5));
    return ecs;
  }

  private static ServiceDeployment deployWeb2(InMemoryEcs ecs) {
    ecs.ecs().updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2"));
    return ecs.serviceDeployments().list("prod", "web", List.of(), Optional.empty(), Optional.empty()).get(0);
  }

  private static MetricAlarmDescription describe(InMemoryEcs ecs, String alarm) {
    return ecs.cloudWatch().describeAlarms(r -> r.addAlarmNames(alarm)).metricAlarms().get(0);
  }

  /** A target of a revision scripted to answer 5 % with 503 answers exactly every 20th request so. */
  @Test
  void aContainerScriptedToAnswerFivePercentWith503AnswersEveryTwentiethRequestSo() {
    try (InMemoryEcs ecs = steady(shop(1, s -> { }))) {
      ecs.behaviour("web:1", "app", ContainerBehaviour.runsUntilStopped().withErrorResponses(5, 503));
      RequestResult result = ecs.elb().sendRequests(r -> r.loadBalancer("shop-alb").listenerPort(80)
          .host("shop.example.com").path("/").count(400));
      assertThat(result.served()).isEqualTo(400);
      assertThat(result.targetErrors()).isEqualTo(20);
    }
  }

  /**
   * A new alarm is INSUFFICIENT_DATA ("Unchecked: Initial alarm creation"); minutes without 5xx answers are missing
   * data that notBreaching counts as good (ELB reports HTTPCode_Target_5XX_Count only when it is not zero); a minute
   * with more than 5 puts the alarm in ALARM with CloudWatch's "Threshold Crossed" reason, in its history and on the
   * timeline.
   */
  @Test
  void aFiveXxAlarmFollowsTheTargetGroupsAnswersMinuteByMinute() {
    try (InMemoryEcs ecs = steady(shop(1, s -> { }))) {
      RequestLoad load = ecs.elb().driveRequests(r -> r.loadBalancer("shop-alb").listenerPort(80)
          .host("shop.example.com").path("/").perSecond(10));
      ecs.clock().advance(Duration.ofMinutes(2));
      assertThat(describe(ecs, ERRORS).stateValue()).isEqualTo(AlarmStateValue.OK);

      ecs.behaviour("web:1", "app", ContainerBehaviour.runsUntilStopped().withErrorResponses(5, 503));
      ecs.clock().advance(Duration.ofMinutes(2));
      MetricAlarmDescription alarm = describe(ecs, ERRORS);
      assertThat(alarm.stateValue()).isEqualTo(AlarmStateValue.ALARM);
      // 600 requests a minute over 4 targets, 150 each; 5 % is 7.5 each, of which 7 whole answers the first minute
      assertThat(alarm.stateReason()).hasValueSatisfying(r -> assertThat(r).startsWith(
          "Threshold Crossed: 1 out of the last 1 datapoints [28.0] was greater than the threshold (5.0)"));
      assertThat(alarm.history()).extracting(AlarmHistoryItem::historySummary).containsExactly(
          "Alarm updated from INSUFFICIENT_DATA to INSUFFICIENT_DATA", "Alarm updated from INSUFFICIENT_DATA to OK",
          "Alarm updated from OK to ALARM");
      assertThat(load.targetErrors()).isEqualTo(60);  // 1,200 requests in the 2 minutes, 5 %
      assertThat(ecs.events().ofType(EventType.ALARM_STATE_CHANGED).about("alarm/" + ERRORS)).hasSize(3);

      ecs.behaviour("web:1", "app", ContainerBehaviour.runsUntilStopped());
      ecs.clock().advance(Duration.ofMinutes(2));
      assertThat(describe(ecs, ERRORS).stateValue()).isEqualTo(AlarmStateValue.OK);
      load.stop();
    }
  }

  /** AWS/ECS CPUUtilization of the service (ServiceName, ClusterName), averaged over the alarm's period. */
  @Test
  void aCpuAlarmWatchesTheServicesAverageUtilization() {
    try (InMemoryEcs ecs = steady(shop(1, s -> { }))) {
      ecs.behaviour("web:1", "app", ContainerBehaviour.usesCpu(0.9));
      ecs.clock().advance(Duration.ofMinutes(4));
      assertThat(describe(ecs, CPU).stateValue()).isEqualTo(AlarmStateValue.ALARM);
      assertThat(describe(ecs, CPU).stateReason()).hasValueSatisfying(r -> assertThat(r).contains("[90.0]"));

      ecs.behaviour("web:1", "app", ContainerBehaviour.usesCpu(0.5));
      ecs.clock().advance(Duration.ofMinutes(4));
      assertThat(describe(ecs, CPU).stateValue()).isEqualTo(AlarmStateValue.OK);
    }
  }

  /**
   * alarms: "Amazon ECS considers the service deployment as failed when any of the alarms move to the ALARM state";
   * with the rollback option it rolls back to the last completed deployment. Revision 2 answers 5 % with 503.
   */
  @Test
  void aRollingDeploymentWhoseRevisionRaisesThe5xxAlarmRollsBack() {
    try (InMemoryEcs ecs = steady(shop(1, s -> s.deploymentAlarms(true, ERRORS)))) {
      ecs.behaviour("web:2", "app", ContainerBehaviour.runsUntilStopped().withErrorResponses(5, 503));
      RequestLoad load = ecs.elb().driveRequests(r -> r.loadBalancer("shop-alb").listenerPort(80)
          .host("shop.example.com").path("/").perSecond(20));
      ServiceDeployment deployment = deployWeb2(ecs);
      assertThat(deployment.alarmsStatus()).isEqualTo(CircuitBreakerStatus.MONITORING);
      ecs.clock().advance(Duration.ofMinutes(30));

      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);
      assertThat(deployment.alarmsStatus()).isEqualTo(CircuitBreakerStatus.TRIGGERED);
      assertThat(deployment.triggeredAlarmNames()).containsExactly(ERRORS);
      assertThat(deployment.statusReason()).contains("ECS deployment alarm: " + ERRORS + " is in ALARM.");
      assertThat(ecs.ecs().describeServices(r -> r.cluster("prod").services("web")).services().get(0).taskDefinition()).endsWith("web:1");
      assertThat(ecs.ecs().describeServices(r -> r.cluster("prod").services("web")).services().get(0).runningCount()).isEqualTo(4);
      // web:1 answers everything: the alarm goes back to OK
      assertThat(describe(ecs, ERRORS).stateValue()).isEqualTo(AlarmStateValue.OK);
      assertThat(load.failed()).isZero();
      load.stop();
    }
  }

  /**
   * alarms: for ROLLING, ECS "adds a bake time ... based on the alarm configuration" after the rollout (A6:
   * period × evaluationPeriods of the longest alarm, here 3 minutes); the deployment is SUCCESSFUL only then.
   */
  @Test
  void aRollingDeploymentWithAlarmsBakesBeforeItIsSuccessful() {
    try (InMemoryEcs ecs = steady(shop(3, s -> s.deploymentAlarms(true, ERRORS)))) {
      ServiceDeployment deployment = deployWeb2(ecs);
      for (int i = 0; i < 360 && ecs.ecs().describeServices(r -> r.cluster("prod").services("web")).services().get(0)
          .deployments().size() > 1; i++) {
        ecs.clock().advance(Duration.ofSeconds(5));
      }
      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.IN_PROGRESS);
      ecs.clock().advance(Duration.ofMinutes(2));
      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.IN_PROGRESS);
      ecs.clock().advance(Duration.ofMinutes(2));
      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.SUCCESSFUL);
      assertThat(deployment.alarmsStatus()).isEqualTo(CircuitBreakerStatus.MONITORING_COMPLETE);
    }
  }

  /** alarms.rollback false: the deployment fails (STOPPED) where it is; no rollback. */
  @Test
  void withoutRollbackTheAlarmStopsTheRollingDeployment() {
    try (InMemoryEcs ecs = steady(shop(1, s -> s.deploymentAlarms(false, ERRORS)))) {
      ecs.behaviour("web:2", "app", ContainerBehaviour.runsUntilStopped().withErrorResponses(50, 503));
      RequestLoad load = ecs.elb().driveRequests(r -> r.loadBalancer("shop-alb").listenerPort(80)
          .host("shop.example.com").path("/").perSecond(20));
      ServiceDeployment deployment = deployWeb2(ecs);
      ecs.clock().advance(Duration.ofMinutes(30));
      assertThat(deployment.status()).isEqualTo(ServiceDeploymentStatus.STOPPED);
      assertThat(deployment.rollback()).isEmpty();
      load.stop();
    }
  }
}
