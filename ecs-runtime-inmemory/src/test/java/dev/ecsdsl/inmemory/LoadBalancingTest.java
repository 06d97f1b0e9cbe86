package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.model.TargetGroupTuple;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RequestResult;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceEvent;
import dev.ecsdsl.runtime.TargetHealth;
import dev.ecsdsl.runtime.TargetHealthState;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancingTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  private static EnvironmentBuilder web(String serviceSecurityGroup) {
    return Ecs.environment("lb")
        .vpc(v -> v.cidr("10.0.0.0/16")
            .subnet("subnet-a", "us-east-1a", "10.0.1.0/24").subnet("subnet-b", "us-east-1b", "10.0.2.0/24")
            .securityGroup("sg-alb", sg -> sg.ingress(80, "0.0.0.0/0"))
            .securityGroup("sg-web", sg -> sg.ingressFrom(8080, "sg-alb"))
            .securityGroup("sg-wrong-port", sg -> sg.ingressFrom(9090, "sg-alb")))
        .role("execution", r -> r.trustedBy(IamRole.ECS_TASKS).managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY))
        .loadBalancer("alb", lb -> lb.application().subnets("subnet-a", "subnet-b").securityGroups("sg-alb")
            .listener(80, l -> l.forwardTo("web").pathRule(10, "/api/*", "api")))
        .targetGroup("web", tg -> tg.ip().port(8080).healthCheck("/health").deregistrationDelay(30))
        .targetGroup("api", tg -> tg.ip().port(8080).healthCheck("/health").deregistrationDelay(30))
        .cluster("prod", c -> c.fargateCapacityProviders())
        .taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
            .container("app", a -> a.image("web:1").port(8080)))
        .taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
            .container("app", a -> a.image("web:2").port(8080)))
        .service("web", s -> s.cluster("prod").taskDefinition("web:1").desiredCount(2).fargate()
            .subnets("subnet-a", "subnet-b").securityGroups(serviceSecurityGroup)
            .loadBalancer("web", "app", 8080).healthCheckGracePeriod(60));
  }

  private static InMemoryEcs deployed(EnvironmentBuilder environment) {
    InMemoryEcs ecs = InMemoryEcs.create(21);
    ecs.deploy(environment.build());
    return ecs;
  }

  @Test
  void serviceTasksRegisterWithTheirTargetGroupAndTakeTrafficOnceHealthy() {
    try (InMemoryEcs ecs = deployed(web("sg-web"))) {
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);

      List<TargetHealth> targets = ecs.elb().describeTargetHealth(q -> q.targetGroupArn("web"))
          .targetHealthDescriptions();
      List<String> addresses = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("web"))
          .stream()
          .map(t -> t.attachments().get(0).privateIPv4Address()).toList();
      assertThat(targets).hasSize(2).allSatisfy(t -> {
        assertThat(t.state()).isEqualTo(TargetHealthState.HEALTHY);
        assertThat(t.port()).isEqualTo(8080);
      });
      assertThat(targets).extracting(TargetHealth::targetId).containsExactlyInAnyOrderElementsOf(addresses);

      RequestResult result = ecs.elb().sendRequests(q -> q.loadBalancer("alb").listenerPort(80).host("shop.example.com")
          .path("/index.html").count(100));
      assertThat(result.targetGroup()).isEqualTo("web");
      assertThat(result.failed()).isZero();
      assertThat(result.perTarget().values()).containsExactly(50, 50);
      assertThat(ecs.elb().sendRequests(q -> q.loadBalancer("alb").listenerPort(80).host("shop.example.com")
          .path("/api/orders").count(10)).targetGroup())
          .as("the path rule wins").isEqualTo("api");
      assertThat(ecs.elb().sendRequests(q -> q.loadBalancer("alb").listenerPort(80).host("shop.example.com")
          .path("/api/orders").count(10)).failed())
          .as("no service behind api").isEqualTo(10);
    }
  }

  /**
   * ELB's "weighted target groups" (Application Load Balancer guide, "Listener rules", forward actions): a rule that
   * forwards to several target groups sends each request to one of them in proportion to the weights; a group of
   * weight 0 gets nothing. The choice per request comes from the run's seed, so the same seed splits alike.
   */
  @Test
  void aRuleThatForwardsToWeightedTargetGroupsSplitsRequestsByTheWeights() {
    EnvironmentBuilder weighted = web("sg-web")
        .loadBalancer("split", lb -> lb.application().subnets("subnet-a", "subnet-b").securityGroups("sg-alb")
            .listener(80, l -> l.forwardTo("web")
                .weightedPathRule(10, "/shop/*", TargetGroupTuple.of("web", 3), TargetGroupTuple.of("api", 1))
                .weightedPathRule(20, "/*", TargetGroupTuple.of("web", 0), TargetGroupTuple.of("api", 5))))
        .service("api", s -> s.cluster("prod").taskDefinition("web:1").desiredCount(1).fargate()
            .subnets("subnet-a").securityGroups("sg-web").loadBalancer("api", "app", 8080));
    List<List<Integer>> splits = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try (InMemoryEcs ecs = deployed(weighted)) {
        ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
        ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
        long webBefore = served(ecs, "web");
        long apiBefore = served(ecs, "api");

        RequestResult shop = ecs.elb().sendRequests(q -> q.loadBalancer("split").listenerPort(80)
            .host("shop.example.com").path("/shop/cart").count(4000));
        int web = (int) (served(ecs, "web") - webBefore);
        int api = (int) (served(ecs, "api") - apiBefore);
        RequestResult other = ecs.elb().sendRequests(q -> q.loadBalancer("split").listenerPort(80)
            .host("shop.example.com").path("/about").count(100));

        assertThat(shop.served()).isEqualTo(4000);
        assertThat(web + api).isEqualTo(4000);
        assertThat(web).as("3 of every 4 requests to web").isBetween(2850, 3150);
        assertThat(other.targetGroup()).as("weight 0 gets nothing").isEqualTo("api");
        assertThat(served(ecs, "web") - webBefore).isEqualTo(web);
        splits.add(List.of(web, api));
      }
    }
    assertThat(splits.get(1)).as("the same seed, the same split").isEqualTo(splits.get(0));
  }

  private static long served(InMemoryEcs ecs, String targetGroup) {
    return ecs.elb().describeTargetHealth(q -> q.targetGroupArn(targetGroup)).targetHealthDescriptions().stream()
        .mapToLong(TargetHealth::requestCount).sum();
  }

  @Test
  void aTargetGroupNeedsItsHealthyThresholdOfPassingChecksBeforeATaskCountsAsHealthy() {
    try (InMemoryEcs ecs = deployed(web("sg-web"))) {
      ecs.await("both targets registered", r -> r.elb().describeTargetHealth(q -> q.targetGroupArn("web"))
          .targetHealthDescriptions().size() == 2).atMost(TEN_MINUTES);
      java.time.Instant registered = ecs.clock().now();

      ecs.await("both targets healthy", r -> r.elb().describeTargetHealth(q -> q.targetGroupArn("web"))
          .targetHealthDescriptions().stream().allMatch(TargetHealth::isHealthy)).atMost(TEN_MINUTES);

      assertThat(Duration.between(registered, ecs.clock().now())).as("5 passes, 30 s apart, the first at registration")
          .isEqualTo(Duration.ofSeconds(120));
    }
  }

  @Test
  void aSecurityGroupThatDropsTheLoadBalancerKeepsTargetsUnhealthyAndSaysWhy() {
    try (InMemoryEcs ecs = deployed(web("sg-wrong-port"))) {
      ecs.clock().advance(Duration.ofMinutes(5));

      ServiceDescription web = ecs.ecs().describeServices(q -> q.cluster("prod").services("web")).service();
      assertThat(web.isSteady()).isFalse();
      assertThat(web.events()).extracting(ServiceEvent::message).anyMatch(m -> m.contains("is unhealthy in "
          + "(target-group web) due to (reason Request timed out: no security group of the task (sg-wrong-port)"
          + " admits the load balancer's security groups (sg-alb) on TCP port 8080)"));
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.stopped().serviceName("web")))
          .as("replaced after the 60 s grace period").isNotEmpty()
          .allSatisfy(t -> assertThat(t.stoppedReason()).contains("Task failed ELB health checks"));
    }
  }

  /**
   * A release whose containers answer the target group's health checks with 503 is scripted before it runs, by
   * revision or by image; its targets fail with ELB's reason and its tasks are replaced
   * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/troubleshoot-service-load-balancers.html).
   */
  @Test
  void aRevisionScriptedToFailLoadBalancerHealthChecksIsUnhealthyWhileTheOldOneServes() {
    for (java.util.function.Consumer<InMemoryEcs> script : List.<java.util.function.Consumer<InMemoryEcs>>of(
        ecs -> ecs.behaviour("web:2", "app", dev.ecsdsl.inmemory.simulated.ContainerBehaviour
            .failsLoadBalancerHealthChecks()),
        ecs -> ecs.behaviourOfImage("web:2", dev.ecsdsl.inmemory.simulated.ContainerBehaviour
            .failsLoadBalancerHealthChecks()))) {
      try (InMemoryEcs ecs = deployed(web("sg-web"))) {
        script.accept(ecs);
        ecs.await(dev.ecsdsl.runtime.waiters.Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
        assertThat(ecs.elb().describeTargetHealth(r -> r.targetGroupArn("web")).targetHealthDescriptions())
            .as("revision 1 is not affected").hasSize(2).allMatch(TargetHealth::isHealthy);

        ecs.ecs().updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2"));
        ecs.await("a target of web:2 unhealthy", r -> r.elb().describeTargetHealth(d -> d.targetGroupArn("web"))
            .targetHealthDescriptions().stream().anyMatch(t -> t.state() == TargetHealthState.UNHEALTHY))
            .atMost(TEN_MINUTES);

        assertThat(ecs.elb().describeTargetHealth(r -> r.targetGroupArn("web")).targetHealthDescriptions())
            .filteredOn(t -> t.state() == TargetHealthState.UNHEALTHY).allSatisfy(t -> {
              assertThat(t.reason()).contains("Target.ResponseCodeMismatch");
              assertThat(t.description()).hasValueSatisfying(d -> assertThat(d)
                  .contains("Health checks failed with these codes: [503]"));
            });
        ecs.clock().advance(TEN_MINUTES);
        assertThat(ecs.ecs().describeTasks(r -> r.cluster("prod").tasks(ecs.ecs().listTasks(l -> l.cluster("prod")
            .desiredStatus(dev.ecsdsl.runtime.DesiredStatus.STOPPED)).taskArns())).tasks())
            .as("web:2 tasks replaced, never web:1's").isNotEmpty()
            .allSatisfy(t -> {
              assertThat(t.taskDefinitionArn()).endsWith("web:2");
              assertThat(t.stoppedReason()).contains("Task failed ELB health checks");
            });
      }
    }
  }

  @Test
  void aRollingDeploymentBehindTheLoadBalancerLosesNoRequestAndDrainsOldTargets() {
    try (InMemoryEcs ecs = deployed(web("sg-web"))) {
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
      List<Task> v1 = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("web"));
      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("web").taskDefinition("web:2")
          .build());
      List<String> failures = new ArrayList<>();
      List<String> states = new ArrayList<>();

      ecs.await("service web steady", r -> {
        RequestResult result = r.elb().sendRequests(q -> q.loadBalancer("alb").listenerPort(80).host("shop.example.com")
            .path("/").count(10));
        if (result.failed() > 0) {
          failures.add(r.clock().now() + ": " + result.failed() + " failed");
        }
        r.elb().describeTargetHealth(q -> q.targetGroupArn("web")).targetHealthDescriptions().forEach(t -> states.add(t
            .state().toString()));
        return r.ecs().describeServices(q -> q.cluster("prod").services("web")).service().isSteady();
      }).atMost(Duration.ofMinutes(30));

      assertThat(failures).isEmpty();
      assertThat(states).contains("initial", "healthy", "draining");
      Task old = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(v1.get(0).taskArn())).task();
      assertThat(old.lastStatus()).isIn(TaskStatus.DEACTIVATING, TaskStatus.STOPPING, TaskStatus.DEPROVISIONING,
          TaskStatus.STOPPED);
      ecs.clock().advance(Duration.ofMinutes(2));
      Task stopped = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(v1.get(0).taskArn())).task();
      assertThat(Duration.between(stopped.stoppingAt().orElseThrow(), stopped.executionStoppedAt().orElseThrow()))
          .as("the task stays DEACTIVATING while its target drains (30 s)")
          .isGreaterThanOrEqualTo(Duration.ofSeconds(30));
      assertThat(ecs.elb().describeTargetHealth(q -> q.targetGroupArn("web")).targetHealthDescriptions()).hasSize(2)
          .allSatisfy(t -> assertThat(t.isHealthy()).isTrue());
    }
  }

  @Test
  void aSteadyRequestLoadSpreadsEachSecondsRequestsOverTheHealthyTargetsAndCanBeRaisedAndStopped() {
    try (InMemoryEcs ecs = deployed(web("sg-web"))) {
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
      dev.ecsdsl.runtime.RequestLoad load = ecs.elb().driveRequests(q -> q.loadBalancer("alb").listenerPort(80)
          .host("shop.example.com").path("/").perSecond(10));

      ecs.clock().advance(Duration.ofSeconds(60));
      assertThat(load.served()).isEqualTo(600);
      assertThat(load.failed()).isZero();
      assertThat(load.perTarget().values()).containsExactly(300L, 300L);
      assertThat(ecs.elb().describeTargetHealth(q -> q.targetGroupArn("web")).targetHealthDescriptions())
          .extracting(TargetHealth::requestCount).containsExactly(300L, 300L);

      load.perSecond(50);
      ecs.clock().advance(Duration.ofSeconds(10));
      assertThat(load.served()).isEqualTo(1100);

      assertThat(ecs.clock().runUntilIdle(TEN_MINUTES)).as("the load is background work").isZero();
      load.stop();
      ecs.clock().advance(Duration.ofSeconds(10));
      assertThat(load.served()).isEqualTo(1100);
    }
  }

  @Test
  void aRequestLoadAtAListenerThatDoesNotExistIsRefusedAtOnce() {
    try (InMemoryEcs ecs = deployed(web("sg-web"))) {
      assertThatThrownBy(() -> ecs.elb().driveRequests(q -> q.loadBalancer("alb").listenerPort(443)
          .host("shop.example.com").path("/").perSecond(10)))
          .isInstanceOf(dev.ecsdsl.runtime.EcsException.class).hasMessage("ListenerNotFoundException: Load balancer alb has no listener on port 443");
      assertThatThrownBy(() -> ecs.elb().driveRequests(q -> q.loadBalancer("alb").listenerPort(80)
          .host("shop.example.com").path("/").perSecond(-1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    }
  }

  @Test
  void aTaskWhoseApplicationHangsFailsItsElbHealthChecksAndIsReplacedAfterTheGracePeriod() {
    try (InMemoryEcs ecs = deployed(web("sg-web"))) {
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
      Task hung = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("web")).get(0);

      ecs.faults().failHealthChecks(q -> q.cluster("prod").task(hung.taskArn()).container("app"));
      ecs.await("the hung task stopped", r -> r.ecs().describeTasks(q -> q.cluster("prod").tasks(hung.taskArn())).task()
          .lastStatus() == TaskStatus.STOPPED).atMost(TEN_MINUTES);
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);

      assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(hung.taskArn())).task().stoppedReason())
          .contains("Task failed ELB health checks");
      assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("web")).service().events())
          .extracting(ServiceEvent::message)
          .anyMatch(m -> m.contains("is unhealthy in (target-group web)") && m.contains("[503]"));
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("web"))).hasSize(2)
          .noneMatch(t -> t.taskArn().equals(hung.taskArn()));
    }
  }
}
