package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.DeploymentRolloutState;
import dev.ecsdsl.runtime.DeploymentStatus;
import dev.ecsdsl.runtime.DescribeServicesResponse;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceEvent;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import dev.ecsdsl.runtime.waiters.WaitTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceSchedulerTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  private static EnvironmentBuilder shop(int desired) {
    return Ecs.environment("svc")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(6)
            .zones("us-east-1a", "us-east-1b", "us-east-1c")))
        .taskDefinition("api", td -> td.container("app", a -> a.image("api:1").memory(512).port(8080)))
        .taskDefinition("api", td -> td.container("app", a -> a.image("api:2").memory(512).port(8080)))
        .taskDefinition("checked", td -> td.container("app", a -> a.image("checked:1").memory(256)
            .healthCheck("curl -f localhost/health",
                hc -> hc.interval(10).timeout(5).retries(3).startPeriod(0))))
        .taskDefinition("agent", td -> td.container("fluent-bit", a -> a.image("fluent-bit:2").memory(64)))
        .service("api", s -> s.cluster("prod").taskDefinition("api:1").desiredCount(desired).ec2());
  }

  private static InMemoryEcs deployed(EnvironmentBuilder environment) {
    InMemoryEcs ecs = InMemoryEcs.create(11);
    ecs.deploy(environment.build());
    return ecs;
  }

  private static List<String> messages(ServiceDescription service) {
    return service.events().stream().map(ServiceEvent::message).toList();
  }

  @Test
  void aReplicaServiceReachesASteadyStateSpreadOverZones() {
    try (InMemoryEcs ecs = deployed(shop(6))) {
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      ServiceDescription api = ecs.ecs().describeServices(q -> q.cluster("prod").services("api")).service();

      assertThat(api.runningCount()).isEqualTo(6);
      assertThat(ecs.ecs().describeClusters(q -> q.clusters("prod")).cluster().activeServicesCount()).isEqualTo(1);
      assertThat(api.deployments()).singleElement().satisfies(d -> {
        assertThat(d.status()).isEqualTo(DeploymentStatus.PRIMARY);
        assertThat(d.rolloutState()).isEqualTo(DeploymentRolloutState.COMPLETED);
        assertThat(d.id()).matches("ecs-svc/\\d{19}");
      });
      assertThat(messages(api).get(0)).isEqualTo("(service api) has reached a steady state.");
      assertThat(messages(api)).anyMatch(m -> m.startsWith("(service api) has started 6 tasks:"));
      Map<String, Long> perZone = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api"))
          .stream()
          .collect(Collectors.groupingBy(Task::availabilityZone, Collectors.counting()));
      assertThat(perZone).as("services spread over zones by default").containsOnly(
          Map.entry("us-east-1a", 2L), Map.entry("us-east-1b", 2L), Map.entry("us-east-1c", 2L));
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api")))
          .allSatisfy(t -> assertThat(t.group()).isEqualTo("service:api"));
    }
  }

  @Test
  void aTaskThatStopsIsReplaced() {
    try (InMemoryEcs ecs = deployed(shop(3))) {
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      Task victim = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api")).get(0);

      ecs.ecs().stopTask(q -> q.cluster("prod").task(victim.taskArn()).reason("chaos"));
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      ServiceDescription api = ecs.ecs().describeServices(q -> q.cluster("prod").services("api")).service();

      assertThat(api.runningCount()).isEqualTo(3);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api")))
          .extracting(Task::taskArn).doesNotContain(victim.taskArn());
      assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(victim.taskArn())).task().stopCode())
          .contains(StopCode.UserInitiated);
    }
  }

  @Test
  void aRollingDeploymentStaysWithinItsPercentagesAtEveryInstant() {
    try (InMemoryEcs ecs = deployed(shop(4))) {
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("api").taskDefinition("api:2")
          .deploymentConfiguration(DeploymentConfiguration.builder().minimumHealthyPercent(50).maximumPercent(150)
              .build()).build());
      List<String> violations = new ArrayList<>();

      ecs.await("service api steady", r -> {
        List<Task> active = ListAndDescribe.tasks(r.ecs(), "prod", TaskFilter.running().serviceName("api"));
        long running = active.stream().filter(t -> t.lastStatus() == TaskStatus.RUNNING).count();
        if (active.size() > 6) {
          violations.add(r.clock().now() + ": " + active.size() + " tasks, more than 150% of 4");
        }
        if (running < 2) {
          violations.add(r.clock().now() + ": " + running + " running, fewer than 50% of 4");
        }
        return r.ecs().describeServices(q -> q.cluster("prod").services("api")).service().isSteady();
      }).atMost(TEN_MINUTES);

      assertThat(violations).isEmpty();
      ServiceDescription api = ecs.ecs().describeServices(q -> q.cluster("prod").services("api")).service();
      assertThat(api.taskDefinition()).endsWith("task-definition/api:2");
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api")))
          .allSatisfy(t -> assertThat(t.taskDefinitionArn()).endsWith("api:2"));
      assertThat(messages(api)).anyMatch(m -> m.contains("deployment completed"));
    }
  }

  @Test
  void scalingInKeepsTheZonesBalanced() {
    try (InMemoryEcs ecs = deployed(shop(6))) {
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);

      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("api").desiredCount(3).build())
          .service();
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      ServiceDescription api = ecs.ecs().describeServices(q -> q.cluster("prod").services("api")).service();

      assertThat(api.runningCount()).isEqualTo(3);
      assertThat(api.deployments()).as("a new count is not a new deployment").hasSize(1);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api")))
          .extracting(Task::availabilityZone).containsExactlyInAnyOrder("us-east-1a", "us-east-1b", "us-east-1c");
    }
  }

  @Test
  void tasksThatFailTheirHealthChecksAreReplacedAfterTheGracePeriod() {
    EnvironmentBuilder environment = shop(1).service("checked", s -> s.cluster("prod").taskDefinition("checked")
        .desiredCount(2).ec2().healthCheckGracePeriod(60));
    try (InMemoryEcs ecs = InMemoryEcs.create(5)) {
      ecs.behaviour("checked", "app", ContainerBehaviour.becomesUnhealthyAfter(Duration.ofMinutes(5)));
      ecs.deploy(environment.build());
      ecs.await(Conditions.serviceSteady("prod", "checked")).atMost(TEN_MINUTES);
      List<String> first = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("checked"))
          .stream()
          .map(Task::taskArn).toList();

      ecs.clock().advance(Duration.ofMinutes(7));

      Task replaced = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(first.get(0))).task();
      assertThat(replaced.lastStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(replaced.stopCode()).contains(StopCode.ServiceSchedulerInitiated);
      assertThat(replaced.stoppedReason()).contains("Task failed container health checks");
      assertThat(messages(ecs.ecs().describeServices(q -> q.cluster("prod").services("checked")).service()))
          .anyMatch(m -> m.matches("\\(service checked\\) \\(task [0-9a-f]{32}\\) failed container health checks\\."));
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("checked"))).hasSize(2)
          .extracting(Task::taskArn).doesNotContainAnyElementsOf(first);
    }
  }

  @Test
  void aDaemonServiceRunsOneTaskOnEveryInstanceAndLeavesDrainingOnes() {
    EnvironmentBuilder environment = shop(0).service("agent", s -> s.cluster("prod").taskDefinition("agent")
        .daemon().ec2());
    try (InMemoryEcs ecs = deployed(environment)) {
      ecs.await(Conditions.serviceSteady("prod", "agent")).atMost(TEN_MINUTES);
      ServiceDescription agent = ecs.ecs().describeServices(q -> q.cluster("prod").services("agent")).service();
      assertThat(agent.desiredCount()).isEqualTo(6);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("agent")))
          .extracting(t -> t.containerInstanceArn().orElseThrow()).doesNotHaveDuplicates().hasSize(6);

      ContainerInstance drained = ListAndDescribe.containerInstances(ecs.ecs(), "prod").get(0);
      ecs.ecs().updateContainerInstancesState(q -> q.cluster("prod").containerInstances(drained.containerInstanceArn())
          .status(ContainerInstanceStatus.DRAINING)).containerInstances().get(0);
      ecs.await(Conditions.serviceSteady("prod", "agent")).atMost(TEN_MINUTES);
      agent = ecs.ecs().describeServices(q -> q.cluster("prod").services("agent")).service();

      assertThat(agent.desiredCount()).isEqualTo(5);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("agent")))
          .noneMatch(t -> t.containerInstanceArn().orElseThrow().equals(drained.containerInstanceArn()));
      assertThatThrownBy(() -> ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("agent")
          .desiredCount(9).build()).service()).isInstanceOf(EcsException.class).hasMessageContaining("DAEMON");
    }
  }

  @Test
  void tasksOnADrainingInstanceAreReplacedElsewhereFirst() {
    try (InMemoryEcs ecs = deployed(shop(6))) {
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      Task onIt = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api")).get(0);
      String instance = onIt.containerInstanceArn().orElseThrow();

      ecs.ecs().updateContainerInstancesState(q -> q.cluster("prod").containerInstances(instance)
          .status(ContainerInstanceStatus.DRAINING)).containerInstances().get(0);
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      ServiceDescription api = ecs.ecs().describeServices(q -> q.cluster("prod").services("api")).service();

      assertThat(api.runningCount()).isEqualTo(6);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api")))
          .noneMatch(t -> t.containerInstanceArn().orElseThrow().equals(instance));
      assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(onIt.taskArn())).task().stopCode())
          .contains(StopCode.ServiceSchedulerInitiated);
    }
  }

  @Test
  void whenAnInstanceIsLostItsServiceTasksComeBackOnTheOthers() {
    try (InMemoryEcs ecs = deployed(shop(6))) {
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      Task onIt = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api")).get(0);

      ecs.faults().terminateInstance(q -> q.cluster("prod").containerInstance(onIt.ec2InstanceId().orElseThrow()));
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      ServiceDescription api = ecs.ecs().describeServices(q -> q.cluster("prod").services("api")).service();

      assertThat(api.runningCount()).isEqualTo(6);
      assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(onIt.taskArn())).task().stopCode())
          .contains(StopCode.TerminationNotice);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api")))
          .noneMatch(t -> t.ec2InstanceId().equals(onIt.ec2InstanceId()));
    }
  }

  @Test
  void aServiceThatCannotPlaceItsTasksSaysWhyAndIsNotSteady() {
    EnvironmentBuilder environment = shop(1).taskDefinition("huge", td -> td.container("app", a -> a.image("huge:1")
        .memory(7000))).service("huge", s -> s.cluster("prod").taskDefinition("huge").desiredCount(8).ec2());
    try (InMemoryEcs ecs = deployed(environment)) {
      assertThatThrownBy(() -> ecs.await(Conditions.serviceSteady("prod", "huge")).atMost(TEN_MINUTES))
          .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
            assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("huge")).service().runningCount())
                .isEqualTo(6);
            assertThat(e.getMessage()).contains("desired 8, running 6")
                .contains("was unable to place a task because no container instance met all of its requirements")
                .contains("lacked");
          });
    }
  }

  private static EnvironmentBuilder guarded(boolean rollback) {
    return shop(0)
        .taskDefinition("site", td -> td.container("app", a -> a.image("site:1").memory(256)
            .healthCheck("wget -q -O- localhost:8080/health",
                hc -> hc.interval(10).timeout(5).retries(3).startPeriod(0))))
        .taskDefinition("site", td -> td.container("app", a -> a.image("site:2").memory(256)
            .healthCheck("wget -q -O- localhost:8080/health",
                hc -> hc.interval(10).timeout(5).retries(3).startPeriod(0))))
        .service("web", s -> s.cluster("prod").taskDefinition("site:1").desiredCount(4).ec2()
        .with(b -> b.deploymentConfiguration(DeploymentConfiguration.builder()
            .deploymentCircuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(rollback).build())
            .build())));
  }

  @Test
  void aBrokenRevisionTripsTheCircuitBreakerAndRollsBackWithoutLosingCapacity() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      // crashes 5 s after it starts, before its first health check: it never counts as healthy
      ecs.behaviourOfImage("site:2", ContainerBehaviour.exitsAfter(Duration.ofSeconds(5), 1));
      ecs.deploy(guarded(true).build());
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("web").taskDefinition("site:2")
          .build());
      List<String> violations = new ArrayList<>();

      ecs.await("service web rolled back to site:1 and steady", r -> {
        long healthyV1 = ListAndDescribe.tasks(r.ecs(), "prod", TaskFilter.running().serviceName("web")).stream()
            .filter(t -> t.lastStatus() == TaskStatus.RUNNING && t.taskDefinitionArn().endsWith("site:1")).count();
        if (healthyV1 < 4) {
          violations.add(r.clock().now() + ": only " + healthyV1 + " tasks of site:1 running");
        }
        ServiceDescription web = r.ecs().describeServices(q -> q.cluster("prod").services("web")).service();
        return web.isSteady() && web.taskDefinition().endsWith("site:1");
      }).atMost(Duration.ofHours(1));

      assertThat(violations).as("minimumHealthyPercent 100 holds throughout").isEmpty();
      List<String> messages = messages(ecs.ecs().describeServices(q -> q.cluster("prod").services("web")).service());
      assertThat(messages).anyMatch(m -> m.matches("\\(service web\\) \\(deployment ecs-svc/\\d+\\) deployment failed: .*"));
      assertThat(messages).anyMatch(m -> m.startsWith("(service web) rolling back to deployment ecs-svc/"));
      long failedV2 = ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.stopped().serviceName("web")).stream()
          .filter(t -> t.taskDefinitionArn().endsWith("site:2")).count();
      assertThat(failedV2).as("half of 4, but at least 3, failed tasks trip the breaker; tasks start 4 at a time"
          + " and their replacements start as soon as they are asked to stop").isBetween(3L, 8L);
      assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("web")).service().deployments())
          .singleElement()
          .satisfies(d -> assertThat(d.taskDefinition()).endsWith("site:1"));
    }
  }

  @Test
  void withoutRollbackAFailedDeploymentStopsLaunchingAndTheOldTasksStay() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.behaviourOfImage("site:2", ContainerBehaviour.failsToPull("manifest unknown"));
      ecs.deploy(guarded(false).build());
      ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("web").taskDefinition("site:2")
          .build());

      ecs.clock().advance(Duration.ofMinutes(30));

      ServiceDescription web = ecs.ecs().describeServices(q -> q.cluster("prod").services("web")).service();
      assertThat(web.primaryDeployment().rolloutState()).isEqualTo(DeploymentRolloutState.FAILED);
      assertThat(web.primaryDeployment().rolloutStateReason())
          .contains("ECS deployment circuit breaker: tasks failed to start.");
      assertThat(web.primaryDeployment().failedTasks()).as("the first batch of 4 all failed").isEqualTo(4);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.stopped().serviceName("web")))
          .as("none launched after the trip")
          .hasSize(4);
      assertThat(web.deployments()).hasSize(2);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("web")))
          .hasSize(4).allSatisfy(t -> assertThat(t.taskDefinitionArn()).endsWith("site:1"));
    }
  }

  @Test
  void unknownServicesAreReportedAsEcsDoes() {
    try (InMemoryEcs ecs = deployed(shop(1))) {
      // DescribeServices answers an unknown service with a MISSING failure, not an error
      DescribeServicesResponse response = ecs.ecs().describeServices(q -> q.cluster("prod").services("nope"));
      assertThat(response.services()).isEmpty();
      assertThat(response.failures()).singleElement().satisfies(f -> {
        assertThat(f.reason()).isEqualTo("MISSING");
        assertThat(f.arn()).hasValueSatisfying(arn -> assertThat(arn).endsWith("nope"));
      });
      assertThatThrownBy(response::service).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("MISSING");
    }
  }

  @Test
  void aDaemonServiceFollowsAnInstanceThatJoins() {
    EnvironmentBuilder environment = shop(0).service("agent", s -> s.cluster("prod").taskDefinition("agent")
        .daemon().ec2());
    try (InMemoryEcs ecs = deployed(environment)) {
      ecs.await(Conditions.serviceSteady("prod", "agent")).atMost(TEN_MINUTES);

      ContainerInstance joined = ecs.faults().launchInstance(q -> q.cluster("prod").instanceGroup("hosts"));
      ecs.await(Conditions.serviceSteady("prod", "agent")).atMost(TEN_MINUTES);
      ServiceDescription agent = ecs.ecs().describeServices(q -> q.cluster("prod").services("agent")).service();

      assertThat(joined.attributes()).containsEntry("ecs.availability-zone", "us-east-1a");
      assertThat(agent.desiredCount()).isEqualTo(7);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("agent")))
          .anyMatch(t -> t.containerInstanceArn().orElseThrow().equals(joined.containerInstanceArn()));
      assertThatThrownBy(() -> ecs.faults().launchInstance(q -> q.cluster("prod").instanceGroup("gpus")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cluster prod has no instance group gpus; its groups are [hosts]");
    }
  }

  /** UpdateService: "placementConstraints" and "placementStrategy" (an empty array removes them) start a deployment. */
  @Test
  void updatingThePlacementStartsADeploymentThatMovesTheTasks() {
    try (InMemoryEcs ecs = deployed(shop(2))) {
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      String before = ecs.ecs().describeServices(q -> q.cluster("prod").services("api")).service().primaryDeployment()
          .id();

      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("api")
          .placementConstraints(List.of(dev.ecsdsl.model.PlacementConstraint.memberOf(
              "attribute:ecs.availability-zone == us-east-1c"))).build());
      ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
      ServiceDescription api = ecs.ecs().describeServices(q -> q.cluster("prod").services("api")).service();

      assertThat(api.primaryDeployment().id()).isNotEqualTo(before);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api")))
          .hasSize(2).allSatisfy(t -> assertThat(t.availabilityZone()).isEqualTo("us-east-1c"));

      assertThatThrownBy(() -> ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("api")
          .placementConstraints(List.of(dev.ecsdsl.model.PlacementConstraint.memberOf("attribute:ecs.zone ==")))
          .build()).service()).hasMessageContaining("placementConstraints");
      assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("api")).service().deployments())
          .as("a refused update changes nothing")
          .singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(api.primaryDeployment().id()));
    }
  }
}
