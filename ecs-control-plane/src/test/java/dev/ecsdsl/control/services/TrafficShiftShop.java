package dev.ecsdsl.control.services;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.control.ControlPlane;
import dev.ecsdsl.control.TestAgent;
import dev.ecsdsl.control.TestLoop;
import dev.ecsdsl.control.Timings;
import dev.ecsdsl.dsl.ServiceBuilder;
import dev.ecsdsl.model.ComparisonOperator;
import dev.ecsdsl.model.DeploymentLifecycleHookStage;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.MetricAlarm;
import dev.ecsdsl.model.MetricDimension;
import dev.ecsdsl.model.Statistic;
import dev.ecsdsl.runtime.ServiceEvent;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A shop whose service web (2 Fargate tasks) deploys with traffic shifting behind web-alb: production rule 10 of
 * listener 80 (blue target group first), test listener 8080 (green), alternate target group green, a Lambda hook
 * at POST_TEST_TRAFFIC_SHIFT and the alarm green-5xx with rollback. Revisions web:1 (image web:1) and web:2.
 */
final class TrafficShiftShop {
  static final String HOOK = "arn:aws:lambda:us-east-1:123456789012:function:smoke";
  static final String PRODUCTION_RULE = "web-alb:80:10";
  static final String TEST_RULE = "web-alb:8080";

  final TestLoop loop = new TestLoop();
  final TestAgent agent = new TestAgent();
  final ControlPlane plane = new ControlPlane(loop, agent, 7, Timings.defaults());

  static Environment shop(Consumer<ServiceBuilder> strategy, DeploymentLifecycleHookStage... hookStages) {
    return Ecs.environment("shop")
        .role("ecsTaskExecutionRole", r -> r.trustedBy(IamRole.ECS_TASKS))
        .role("ecs-infrastructure", r -> r.trustedBy(IamRole.ECS))
        .role("hook-invoker", r -> r.trustedBy(IamRole.ECS).allow("lambda:InvokeFunction",
            "arn:aws:lambda:us-east-1:123456789012:function:*"))
        .loadBalancer("web-alb", lb -> lb.subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b")
            .securityGroups("default")
            .listener(80, l -> l.forwardTo("blue").pathRule(10, "/*", "blue"))
            .listener(8080, l -> l.forwardTo("green")))
        .targetGroup("blue", tg -> tg.ip().port(80))
        .targetGroup("green", tg -> tg.ip().port(80))
        .alarm(MetricAlarm.builder().alarmName("green-5xx").namespace("AWS/ApplicationELB")
            .metricName("HTTPCode_Target_5XX_Count").statistic(Statistic.SUM).period(60).evaluationPeriods(1)
            .threshold(1).comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
            .addDimension(MetricDimension.of("TargetGroup", "targetgroup/green/0000000000000000")).build())
        .cluster("prod", c -> c.fargateCapacityProviders())
        .taskDefinition("web", d -> d.fargate().cpu("256").memory("512").executionRole("ecsTaskExecutionRole")
            .container("app", c -> c.image("web:1").port(80)))
        .taskDefinition("web", d -> d.fargate().cpu("256").memory("512").executionRole("ecsTaskExecutionRole")
            .container("app", c -> c.image("web:2").port(80)))
        .service("web", s -> {
          s.cluster("prod").taskDefinition("web:1").desiredCount(2).fargate()
              .subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b").securityGroups("default")
              .loadBalancer("blue", "app", 80, a -> a.alternateTargetGroupArn("green")
                  .productionListenerRule(PRODUCTION_RULE).testListenerRule(TEST_RULE)
                  .roleArn("ecs-infrastructure"))
              .deploymentAlarms(true, "green-5xx");
          if (hookStages.length > 0) {
            s.lifecycleHook(HOOK, "hook-invoker", hookStages);
          }
          strategy.accept(s);
        })
        .build();
  }

  /**
   * The deployment strategy of a generated scenario: {@code LINEAR} or {@code CANARY} with its step and step bake,
   * else BLUE_GREEN; each with the final bake time.
   */
  static Consumer<ServiceBuilder> strategy(String strategy, double step, int stepBake, int bake) {
    return s -> {
      switch (strategy) {
        case "LINEAR" -> s.linear(step, stepBake, bake);
        case "CANARY" -> s.canary(step, stepBake, bake);
        default -> s.blueGreen(bake);
      }
    };
  }

  /** Deploys the shop and lets web:1 settle. */
  TrafficShiftShop deployed(Environment environment) {
    plane.deploy(environment);
    loop.advance(Duration.ofMinutes(10));
    return this;
  }

  void update(String revision) {
    plane.services().updateService(UpdateServiceRequest.builder().cluster("prod").service("web")
        .taskDefinition(revision).build());
  }

  List<ServiceDeployment> deployments() {
    return plane.services().serviceDeployments("prod", "web");
  }

  ServiceDeployment latest() {
    List<ServiceDeployment> all = deployments();
    return all.get(all.size() - 1);
  }

  /** The service's events, oldest first, whose message contains {@code fragment}. */
  List<ServiceEvent> events(String fragment) {
    return plane.services().describeService("prod", "web").events().stream()
        .filter(e -> e.message().contains(fragment))
        .sorted(Comparator.comparing(ServiceEvent::createdAt).thenComparing(ServiceEvent::id)).toList();
  }

  /** The lifecycle stages the service's deployments entered, in order. */
  List<String> stagesEntered() {
    return events("lifecycle stage ").stream().map(e -> e.message().replaceAll(".*lifecycle stage (\\w+)\\.", "$1"))
        .toList();
  }

  /** The task definition revisions of web's tasks that are to keep running, e.g. {@code web:1}. */
  List<String> runningRevisions() {
    return plane.tasks().listTasks("prod", TaskFilter.running().serviceName("web")).stream()
        .map(t -> t.taskDefinitionArn().substring(t.taskDefinitionArn().lastIndexOf('/') + 1)).sorted().toList();
  }

  /** Sends requests to the production listener and tells how many reached each target group. */
  java.util.Map<String, Long> production(int count) {
    long blue = plane.loadBalancers().requestCount("blue");
    long green = plane.loadBalancers().requestCount("green");
    plane.loadBalancers().sendRequests("web-alb", 80, "shop.example.com", "/", count);
    return java.util.Map.of("blue", plane.loadBalancers().requestCount("blue") - blue,
        "green", plane.loadBalancers().requestCount("green") - green);
  }
}
