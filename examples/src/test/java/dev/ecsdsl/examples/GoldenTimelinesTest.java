package dev.ecsdsl.examples;

import static dev.ecsdsl.runtime.waiters.Conditions.serviceSteady;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.examples.ec2.Ec2ClusterTest;
import dev.ecsdsl.examples.tour.InMemoryTour;
import dev.ecsdsl.examples.tour.TourOptions;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RequestLoad;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rich scenarios whose whole timelines (and end states) are kept as golden files: the control plane may be
 * restructured at will, but the same seed and the same calls must give the same timeline, byte for byte (see
 * {@link Golden}).
 */
class GoldenTimelinesTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  @Test
  void theTourOnTheVirtualClock() throws Exception {
    try (InMemoryEcs ecs = InMemoryEcs.create(TourOptions.DEFAULT_SEED, InMemoryTour.START,
        dev.ecsdsl.control.Timings.defaults())) {
      new InMemoryTour(ecs).run();
      Golden.check("tour", Golden.of(ecs, List.of("shop-web/storefront", "shop-workers/orders",
          "shop-workers/log-agent")));
    }
  }

  /** The rollout of {@link WebServiceRolloutTest}: v2 under requests, then a broken v3 that rolls back. */
  @Test
  void aWebServiceRollsOutAndABrokenRevisionRollsBack() throws Exception {
    try (InMemoryEcs ecs = InMemoryEcs.create(7)) {
      ecs.deploy(WebServiceRolloutTest.storefront());
      ecs.behaviourOfImage("shop/web:3", ContainerBehaviour.neverHealthy());
      ecs.await(serviceSteady("prod", "web")).atMost(HOUR);
      ecs.ecs().updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2"));
      ecs.await("web steady on web:2 under requests", r -> {
        r.elb().sendRequests(q -> q.loadBalancer("alb").listenerPort(443).host("shop.example.com").path("/")
            .count(20));
        return r.ecs().describeServices(d -> d.cluster("prod").services("web")).service().isSteady();
      }).atMost(HOUR);
      ecs.ecs().updateService(r -> r.cluster("prod").service("web").taskDefinition("web:3"));
      ecs.await(serviceSteady("prod", "web")).atMost(HOUR);
      ecs.clock().advance(TEN_MINUTES);
      Golden.check("web-service-rollout", Golden.of(ecs, List.of("prod/web")));
    }
  }

  /** Managed scaling: a deployment that needs room grows the group, tasks wait in PROVISIONING, the group shrinks. */
  @Test
  void aCapacityProviderGrowsForADeploymentAndForWaitingTasksThenShrinks() throws Exception {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.deploy(Ec2ClusterTest.growing());
      ecs.await(serviceSteady("prod", "orders")).atMost(TEN_MINUTES);
      ecs.ecs().updateService(r -> r.cluster("prod").service("orders").taskDefinition("orders:2"));
      ecs.await(serviceSteady("prod", "orders")).atMost(TEN_MINUTES);
      ecs.clock().advance(Duration.ofMinutes(20));
      RunTaskResponse waiting = ecs.ecs().runTask(RunTaskRequest.of("prod", "orders:2", 3));
      ecs.ecs().stopTask(r -> r.cluster("prod").task(waiting.tasks().get(2).taskArn())
          .reason("not needed after all"));
      ecs.clock().advance(Duration.ofMinutes(5));
      Golden.check("capacity-provider-growth", Golden.of(ecs, List.of("prod/orders")));
    }
  }

  /**
   * A DAEMON service and a REPLICA service on six instances: drain one, an instance joins, one is terminated, the
   * drained one comes back; a task too big for any instance fails placement with its explanation.
   */
  @Test
  void aDaemonFollowsTheInstancesThroughDrainingJoiningAndTermination() throws Exception {
    Environment shop = Ecs.environment("svc")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(6)
            .zones("us-east-1a", "us-east-1b", "us-east-1c")))
        .taskDefinition("api", td -> td.container("app", a -> a.image("api:1").memory(512).port(8080)
            .healthCheck("curl -f localhost/health", h -> h.interval(10).timeout(5).retries(3)
                .startPeriod(0))))
        .taskDefinition("agent", td -> td.container("fluent-bit", a -> a.image("fluent-bit:2").memory(64)))
        .taskDefinition("huge", td -> td.container("app", a -> a.image("huge:1").memory(9000)))
        .service("api", s -> s.cluster("prod").taskDefinition("api").desiredCount(6).ec2())
        .service("agent", s -> s.cluster("prod").taskDefinition("agent").daemon().ec2())
        .build();
    try (InMemoryEcs ecs = InMemoryEcs.create(11)) {
      ecs.deploy(shop);
      ecs.await(serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      ecs.await(serviceSteady("prod", "agent")).atMost(TEN_MINUTES);
      List<ContainerInstance> instances = ListAndDescribe.containerInstances(ecs.ecs(), "prod");
      ecs.ecs().updateContainerInstancesState(r -> r.cluster("prod")
          .containerInstances(instances.get(0).containerInstanceArn()).status(ContainerInstanceStatus.DRAINING));
      ecs.await(serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      ecs.await(serviceSteady("prod", "agent")).atMost(TEN_MINUTES);
      ecs.faults().launchInstance(r -> r.cluster("prod").instanceGroup("hosts"));
      ecs.await(serviceSteady("prod", "agent")).atMost(TEN_MINUTES);
      ecs.faults().terminateInstance(r -> r.cluster("prod")
          .containerInstance(instances.get(1).containerInstanceArn()));
      ecs.await(serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      ecs.ecs().updateContainerInstancesState(r -> r.cluster("prod")
          .containerInstances(instances.get(0).containerInstanceArn()).status(ContainerInstanceStatus.ACTIVE));
      ecs.await(serviceSteady("prod", "agent")).atMost(TEN_MINUTES);
      ecs.ecs().runTask(RunTaskRequest.of("prod", "huge", 1));
      ecs.clock().advance(TEN_MINUTES);
      Golden.check("daemon-and-drain", Golden.of(ecs, List.of("prod/api", "prod/agent")));
    }
  }

  /** Target tracking on requests per target: out under a rising load, in when it falls. */
  @Test
  void autoScalingFollowsARisingAndFallingLoad() throws Exception {
    try (InMemoryEcs ecs = InMemoryEcs.create(17)) {
      ecs.deploy(WebServiceScalingTest.storefront());
      ecs.await(serviceSteady("prod", "web")).atMost(TEN_MINUTES);
      try (RequestLoad load = ecs.elb().driveRequests(r -> r.loadBalancer("alb").listenerPort(443)
          .host("shop.example.com").path("/").perSecond(20))) {
        ecs.clock().advance(Duration.ofMinutes(5));
        load.perSecond(150);
        ecs.clock().advance(Duration.ofMinutes(15));
        load.perSecond(20);
        ecs.clock().advance(HOUR);
      }
      Golden.check("auto-scaling-under-load", Golden.of(ecs, List.of("prod/web")));
    }
  }

  /** The shop's nightly report, an EventBridge rule that runs a Fargate task at 02:00 UTC, over two nights. */
  @Test
  void aScheduledTaskRunsEveryNight() throws Exception {
    try (InMemoryEcs ecs = InMemoryEcs.create(2024)) {
      ecs.behaviour("orders", "migrate", ContainerBehaviour.exitsAfter(Duration.ofSeconds(20), 0));
      ecs.behaviour("nightly-report", "report", ContainerBehaviour.exitsAfter(Duration.ofMinutes(15), 0));
      ecs.deploy(ShopEnvironment.build());
      ecs.clock().advance(Duration.ofDays(2));
      Golden.check("scheduled-task", Golden.of(ecs, List.of("shop-web/storefront", "shop-workers/orders")));
    }
  }

  /**
   * awsvpc tasks on EC2 take an ENI and an address in a subnet of their instance's zone; a lost zone and an
   * exhausted subnet leave them where they can go.
   */
  @Test
  void awsvpcTasksOnEc2ThroughALostZoneAndAnExhaustedSubnet() throws Exception {
    Environment vpc = Ecs.environment("vpc")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(4)
            .zones("us-east-1a", "us-east-1b")))
        .taskDefinition("vpc", td -> td.ec2().networkMode(NetworkMode.AWSVPC)
            .container("app", a -> a.image("vpc:1").memory(256).port(8080)))
        .service("vpc", s -> s.cluster("prod").taskDefinition("vpc").desiredCount(6).ec2()
            .subnets("subnet-default-us-east-1a", "subnet-default-us-east-1b").securityGroups("default"))
        .build();
    try (InMemoryEcs ecs = InMemoryEcs.create(5)) {
      ecs.deploy(vpc);
      ecs.await(serviceSteady("prod", "vpc")).atMost(TEN_MINUTES);
      ecs.ecs().runTask(r -> r.cluster("prod").taskDefinition("vpc").count(3)
          .networkConfiguration(NetworkConfiguration.of(List.of("subnet-default-us-east-1a"), List.of("default"))));
      ecs.clock().advance(Duration.ofMinutes(2));
      ecs.faults().loseAvailabilityZone("us-east-1b");
      ecs.clock().advance(TEN_MINUTES);
      ecs.faults().exhaustSubnet("subnet-default-us-east-1a");
      ecs.faults().restoreAvailabilityZone("us-east-1b");
      ecs.faults().launchInstance(r -> r.cluster("prod").instanceGroup("hosts"));
      ecs.faults().launchInstance(r -> r.cluster("prod").instanceGroup("hosts"));
      ecs.clock().advance(TEN_MINUTES);
      ecs.faults().releaseSubnet("subnet-default-us-east-1a");
      ecs.clock().advance(TEN_MINUTES);
      Golden.check("awsvpc-on-ec2", Golden.of(ecs, List.of("prod/vpc")));
    }
  }
}
