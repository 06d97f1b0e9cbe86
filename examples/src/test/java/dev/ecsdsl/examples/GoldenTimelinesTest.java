package dev.ecsdsl.examples;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.examples.ec2.Ec2ClusterTest;
import dev.ecsdsl.examples.tour.InMemoryTour;
import dev.ecsdsl.examples.tour.TourOptions;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.RequestLoad;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.NetworkMode;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.RunTaskResult;
import dev.ecsdsl.runtime.UpdateServiceRequest;
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
      ecs.awaitSteadyState("prod", "web", HOUR);
      ecs.updateService(UpdateServiceRequest.builder().cluster("prod").service("web").taskDefinition("web:2").build());
      ecs.runUntil(r -> {
        r.sendRequests("alb", 443, "shop.example.com", "/", 20);
        return r.describeService("prod", "web").isSteady();
      }, HOUR);
      ecs.updateService(UpdateServiceRequest.builder().cluster("prod").service("web").taskDefinition("web:3").build());
      ecs.awaitSteadyState("prod", "web", HOUR);
      ecs.advance(TEN_MINUTES);
      Golden.check("web-service-rollout", Golden.of(ecs, List.of("prod/web")));
    }
  }

  /** Managed scaling: a deployment that needs room grows the group, tasks wait in PROVISIONING, the group shrinks. */
  @Test
  void aCapacityProviderGrowsForADeploymentAndForWaitingTasksThenShrinks() throws Exception {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.deploy(Ec2ClusterTest.growing());
      ecs.awaitSteadyState("prod", "orders", TEN_MINUTES);
      ecs.updateService(UpdateServiceRequest.builder().cluster("prod").service("orders").taskDefinition("orders:2")
          .build());
      ecs.awaitSteadyState("prod", "orders", TEN_MINUTES);
      ecs.advance(Duration.ofMinutes(20));
      RunTaskResult waiting = ecs.runTask(RunTaskRequest.of("prod", "orders:2", 3));
      ecs.stopTask("prod", waiting.tasks().get(2).taskArn(), "not needed after all");
      ecs.advance(Duration.ofMinutes(5));
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
            .healthCheck("curl -f localhost/health", 10, 5, 3, 0)))
        .taskDefinition("agent", td -> td.container("fluent-bit", a -> a.image("fluent-bit:2").memory(64)))
        .taskDefinition("huge", td -> td.container("app", a -> a.image("huge:1").memory(9000)))
        .service("api", s -> s.cluster("prod").taskDefinition("api").desiredCount(6).ec2())
        .service("agent", s -> s.cluster("prod").taskDefinition("agent").daemon().ec2())
        .build();
    try (InMemoryEcs ecs = InMemoryEcs.create(11)) {
      ecs.deploy(shop);
      ecs.awaitSteadyState("prod", "api", TEN_MINUTES);
      ecs.awaitSteadyState("prod", "agent", TEN_MINUTES);
      List<ContainerInstance> instances = ecs.listContainerInstances("prod");
      ecs.updateContainerInstanceState("prod", instances.get(0).containerInstanceArn(),
          ContainerInstanceStatus.DRAINING);
      ecs.awaitSteadyState("prod", "api", TEN_MINUTES);
      ecs.awaitSteadyState("prod", "agent", TEN_MINUTES);
      ecs.launchInstance("prod", "hosts");
      ecs.awaitSteadyState("prod", "agent", TEN_MINUTES);
      ecs.terminateInstance("prod", instances.get(1).containerInstanceArn());
      ecs.awaitSteadyState("prod", "api", TEN_MINUTES);
      ecs.updateContainerInstanceState("prod", instances.get(0).containerInstanceArn(),
          ContainerInstanceStatus.ACTIVE);
      ecs.awaitSteadyState("prod", "agent", TEN_MINUTES);
      ecs.runTask(RunTaskRequest.of("prod", "huge", 1));
      ecs.advance(TEN_MINUTES);
      Golden.check("daemon-and-drain", Golden.of(ecs, List.of("prod/api", "prod/agent")));
    }
  }

  /** Target tracking on requests per target: out under a rising load, in when it falls. */
  @Test
  void autoScalingFollowsARisingAndFallingLoad() throws Exception {
    try (InMemoryEcs ecs = InMemoryEcs.create(17)) {
      ecs.deploy(WebServiceScalingTest.storefront());
      ecs.awaitSteadyState("prod", "web", TEN_MINUTES);
      try (RequestLoad load = ecs.driveRequests("alb", 443, "shop.example.com", "/", 20)) {
        ecs.advance(Duration.ofMinutes(5));
        load.perSecond(150);
        ecs.advance(Duration.ofMinutes(15));
        load.perSecond(20);
        ecs.advance(HOUR);
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
      ecs.advance(Duration.ofDays(2));
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
      ecs.awaitSteadyState("prod", "vpc", TEN_MINUTES);
      ecs.runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("vpc").count(3)
          .networkConfiguration(NetworkConfiguration.of(List.of("subnet-default-us-east-1a"), List.of("default")))
          .build());
      ecs.advance(Duration.ofMinutes(2));
      ecs.loseAvailabilityZone("us-east-1b");
      ecs.advance(TEN_MINUTES);
      ecs.exhaustSubnet("subnet-default-us-east-1a");
      ecs.restoreAvailabilityZone("us-east-1b");
      ecs.launchInstance("prod", "hosts");
      ecs.launchInstance("prod", "hosts");
      ecs.advance(TEN_MINUTES);
      ecs.releaseSubnet("subnet-default-us-east-1a");
      ecs.advance(TEN_MINUTES);
      Golden.check("awsvpc-on-ec2", Golden.of(ecs, List.of("prod/vpc")));
    }
  }
}
