package dev.ecsdsl.inmemory;

import dev.ecsdsl.runtime.DeploymentRolloutState;
import dev.ecsdsl.runtime.DeploymentStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.dsl.EnvironmentBuilder;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.DeploymentCircuitBreaker;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceEvent;
import dev.ecsdsl.runtime.ServiceNotSteadyException;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.UpdateServiceRequest;
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
      ServiceDescription api = ecs.awaitSteadyState("prod", "api", TEN_MINUTES);

      assertThat(api.runningCount()).isEqualTo(6);
      assertThat(ecs.describeCluster("prod").activeServicesCount()).isEqualTo(1);
      assertThat(api.deployments()).singleElement().satisfies(d -> {
        assertThat(d.status()).isEqualTo(DeploymentStatus.PRIMARY);
        assertThat(d.rolloutState()).isEqualTo(DeploymentRolloutState.COMPLETED);
        assertThat(d.id()).matches("ecs-svc/\\d{19}");
      });
      assertThat(messages(api).get(0)).isEqualTo("(service api) has reached a steady state.");
      assertThat(messages(api)).anyMatch(m -> m.startsWith("(service api) has started 6 tasks:"));
      Map<String, Long> perZone = ecs.listTasks("prod", TaskFilter.running().serviceName("api")).stream()
          .collect(Collectors.groupingBy(Task::availabilityZone, Collectors.counting()));
      assertThat(perZone).as("services spread over zones by default").containsOnly(
          Map.entry("us-east-1a", 2L), Map.entry("us-east-1b", 2L), Map.entry("us-east-1c", 2L));
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("api")))
          .allSatisfy(t -> assertThat(t.group()).isEqualTo("service:api"));
    }
  }

  @Test
  void aTaskThatStopsIsReplaced() {
    try (InMemoryEcs ecs = deployed(shop(3))) {
      ecs.awaitSteadyState("prod", "api", TEN_MINUTES);
      Task victim = ecs.listTasks("prod", TaskFilter.running().serviceName("api")).get(0);

      ecs.stopTask("prod", victim.taskArn(), "chaos");
      ServiceDescription api = ecs.awaitSteadyState("prod", "api", TEN_MINUTES);

      assertThat(api.runningCount()).isEqualTo(3);
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("api")))
          .extracting(Task::taskArn).doesNotContain(victim.taskArn());
      assertThat(ecs.describeTask("prod", victim.taskArn()).stopCode()).contains(StopCode.UserInitiated);
    }
  }

  @Test
  void aRollingDeploymentStaysWithinItsPercentagesAtEveryInstant() {
    try (InMemoryEcs ecs = deployed(shop(4))) {
      ecs.awaitSteadyState("prod", "api", TEN_MINUTES);
      ecs.updateService(UpdateServiceRequest.builder().cluster("prod").service("api").taskDefinition("api:2")
          .deploymentConfiguration(DeploymentConfiguration.builder().minimumHealthyPercent(50).maximumPercent(150)
              .build()).build());
      List<String> violations = new ArrayList<>();

      boolean steady = ecs.runUntil(r -> {
        List<Task> active = r.listTasks("prod", TaskFilter.running().serviceName("api"));
        long running = active.stream().filter(t -> t.lastStatus() == TaskStatus.RUNNING).count();
        if (active.size() > 6) {
          violations.add(r.now() + ": " + active.size() + " tasks, more than 150% of 4");
        }
        if (running < 2) {
          violations.add(r.now() + ": " + running + " running, fewer than 50% of 4");
        }
        return r.describeService("prod", "api").isSteady();
      }, TEN_MINUTES);

      assertThat(steady).isTrue();
      assertThat(violations).isEmpty();
      ServiceDescription api = ecs.describeService("prod", "api");
      assertThat(api.taskDefinition()).endsWith("task-definition/api:2");
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("api")))
          .allSatisfy(t -> assertThat(t.taskDefinitionArn()).endsWith("api:2"));
      assertThat(messages(api)).anyMatch(m -> m.contains("deployment completed"));
    }
  }

  @Test
  void scalingInKeepsTheZonesBalanced() {
    try (InMemoryEcs ecs = deployed(shop(6))) {
      ecs.awaitSteadyState("prod", "api", TEN_MINUTES);

      ecs.updateService(UpdateServiceRequest.builder().cluster("prod").service("api").desiredCount(3).build());
      ServiceDescription api = ecs.awaitSteadyState("prod", "api", TEN_MINUTES);

      assertThat(api.runningCount()).isEqualTo(3);
      assertThat(api.deployments()).as("a new count is not a new deployment").hasSize(1);
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("api")))
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
      ecs.awaitSteadyState("prod", "checked", TEN_MINUTES);
      List<String> first = ecs.listTasks("prod", TaskFilter.running().serviceName("checked")).stream()
          .map(Task::taskArn).toList();

      ecs.advance(Duration.ofMinutes(7));

      Task replaced = ecs.describeTask("prod", first.get(0));
      assertThat(replaced.lastStatus()).isEqualTo(TaskStatus.STOPPED);
      assertThat(replaced.stopCode()).contains(StopCode.ServiceSchedulerInitiated);
      assertThat(replaced.stoppedReason()).contains("Task failed container health checks");
      assertThat(messages(ecs.describeService("prod", "checked")))
          .anyMatch(m -> m.matches("\\(service checked\\) \\(task [0-9a-f]{32}\\) failed container health checks\\."));
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("checked"))).hasSize(2)
          .extracting(Task::taskArn).doesNotContainAnyElementsOf(first);
    }
  }

  @Test
  void aDaemonServiceRunsOneTaskOnEveryInstanceAndLeavesDrainingOnes() {
    EnvironmentBuilder environment = shop(0).service("agent", s -> s.cluster("prod").taskDefinition("agent")
        .daemon().ec2());
    try (InMemoryEcs ecs = deployed(environment)) {
      ServiceDescription agent = ecs.awaitSteadyState("prod", "agent", TEN_MINUTES);
      assertThat(agent.desiredCount()).isEqualTo(6);
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("agent")))
          .extracting(t -> t.containerInstanceArn().orElseThrow()).doesNotHaveDuplicates().hasSize(6);

      ContainerInstance drained = ecs.listContainerInstances("prod").get(0);
      ecs.updateContainerInstanceState("prod", drained.containerInstanceArn(), ContainerInstanceStatus.DRAINING);
      agent = ecs.awaitSteadyState("prod", "agent", TEN_MINUTES);

      assertThat(agent.desiredCount()).isEqualTo(5);
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("agent")))
          .noneMatch(t -> t.containerInstanceArn().orElseThrow().equals(drained.containerInstanceArn()));
      assertThatThrownBy(() -> ecs.updateService(UpdateServiceRequest.builder().cluster("prod").service("agent")
          .desiredCount(9).build())).isInstanceOf(EcsException.class).hasMessageContaining("DAEMON");
    }
  }

  @Test
  void tasksOnADrainingInstanceAreReplacedElsewhereFirst() {
    try (InMemoryEcs ecs = deployed(shop(6))) {
      ecs.awaitSteadyState("prod", "api", TEN_MINUTES);
      Task onIt = ecs.listTasks("prod", TaskFilter.running().serviceName("api")).get(0);
      String instance = onIt.containerInstanceArn().orElseThrow();

      ecs.updateContainerInstanceState("prod", instance, ContainerInstanceStatus.DRAINING);
      ServiceDescription api = ecs.awaitSteadyState("prod", "api", TEN_MINUTES);

      assertThat(api.runningCount()).isEqualTo(6);
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("api")))
          .noneMatch(t -> t.containerInstanceArn().orElseThrow().equals(instance));
      assertThat(ecs.describeTask("prod", onIt.taskArn()).stopCode()).contains(StopCode.ServiceSchedulerInitiated);
    }
  }

  @Test
  void whenAnInstanceIsLostItsServiceTasksComeBackOnTheOthers() {
    try (InMemoryEcs ecs = deployed(shop(6))) {
      ecs.awaitSteadyState("prod", "api", TEN_MINUTES);
      Task onIt = ecs.listTasks("prod", TaskFilter.running().serviceName("api")).get(0);

      ecs.terminateInstance("prod", onIt.ec2InstanceId().orElseThrow());
      ServiceDescription api = ecs.awaitSteadyState("prod", "api", TEN_MINUTES);

      assertThat(api.runningCount()).isEqualTo(6);
      assertThat(ecs.describeTask("prod", onIt.taskArn()).stopCode()).contains(StopCode.TerminationNotice);
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("api")))
          .noneMatch(t -> t.ec2InstanceId().equals(onIt.ec2InstanceId()));
    }
  }

  @Test
  void aServiceThatCannotPlaceItsTasksSaysWhyAndIsNotSteady() {
    EnvironmentBuilder environment = shop(1).taskDefinition("huge", td -> td.container("app", a -> a.image("huge:1")
        .memory(7000))).service("huge", s -> s.cluster("prod").taskDefinition("huge").desiredCount(8).ec2());
    try (InMemoryEcs ecs = deployed(environment)) {
      assertThatThrownBy(() -> ecs.awaitSteadyState("prod", "huge", TEN_MINUTES))
          .isInstanceOfSatisfying(ServiceNotSteadyException.class, e -> {
            assertThat(e.service().runningCount()).isEqualTo(6);
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
      ecs.awaitSteadyState("prod", "web", TEN_MINUTES);
      ecs.updateService(UpdateServiceRequest.builder().cluster("prod").service("web").taskDefinition("site:2")
          .build());
      List<String> violations = new ArrayList<>();

      boolean rolledBack = ecs.runUntil(r -> {
        long healthyV1 = r.listTasks("prod", TaskFilter.running().serviceName("web")).stream()
            .filter(t -> t.lastStatus() == TaskStatus.RUNNING && t.taskDefinitionArn().endsWith("site:1")).count();
        if (healthyV1 < 4) {
          violations.add(r.now() + ": only " + healthyV1 + " tasks of site:1 running");
        }
        ServiceDescription web = r.describeService("prod", "web");
        return web.isSteady() && web.taskDefinition().endsWith("site:1");
      }, Duration.ofHours(1));

      assertThat(rolledBack).isTrue();
      assertThat(violations).as("minimumHealthyPercent 100 holds throughout").isEmpty();
      List<String> messages = messages(ecs.describeService("prod", "web"));
      assertThat(messages).anyMatch(m -> m.matches("\\(service web\\) \\(deployment ecs-svc/\\d+\\) deployment failed: .*"));
      assertThat(messages).anyMatch(m -> m.startsWith("(service web) rolling back to deployment ecs-svc/"));
      long failedV2 = ecs.listTasks("prod", TaskFilter.stopped().serviceName("web")).stream()
          .filter(t -> t.taskDefinitionArn().endsWith("site:2")).count();
      assertThat(failedV2).as("half of 4, but at least 3, failed tasks trip the breaker; tasks start 4 at a time"
          + " and their replacements start as soon as they are asked to stop").isBetween(3L, 8L);
      assertThat(ecs.describeService("prod", "web").deployments()).singleElement()
          .satisfies(d -> assertThat(d.taskDefinition()).endsWith("site:1"));
    }
  }

  @Test
  void withoutRollbackAFailedDeploymentStopsLaunchingAndTheOldTasksStay() {
    try (InMemoryEcs ecs = InMemoryEcs.create(3)) {
      ecs.behaviourOfImage("site:2", ContainerBehaviour.failsToPull("manifest unknown"));
      ecs.deploy(guarded(false).build());
      ecs.awaitSteadyState("prod", "web", TEN_MINUTES);
      ecs.updateService(UpdateServiceRequest.builder().cluster("prod").service("web").taskDefinition("site:2")
          .build());

      ecs.advance(Duration.ofMinutes(30));

      ServiceDescription web = ecs.describeService("prod", "web");
      assertThat(web.primaryDeployment().rolloutState()).isEqualTo(DeploymentRolloutState.FAILED);
      assertThat(web.primaryDeployment().rolloutStateReason())
          .contains("ECS deployment circuit breaker: tasks failed to start.");
      assertThat(web.primaryDeployment().failedTasks()).as("the first batch of 4 all failed").isEqualTo(4);
      assertThat(ecs.listTasks("prod", TaskFilter.stopped().serviceName("web"))).as("none launched after the trip")
          .hasSize(4);
      assertThat(web.deployments()).hasSize(2);
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("web")))
          .hasSize(4).allSatisfy(t -> assertThat(t.taskDefinitionArn()).endsWith("site:1"));
    }
  }

  @Test
  void unknownServicesAreReportedAsEcsDoes() {
    try (InMemoryEcs ecs = deployed(shop(1))) {
      assertThatThrownBy(() -> ecs.describeService("prod", "nope"))
          .isInstanceOfSatisfying(EcsException.class, e -> assertThat(e.errorCode())
              .isEqualTo("ServiceNotFoundException"));
    }
  }

  @Test
  void aDaemonServiceFollowsAnInstanceThatJoins() {
    EnvironmentBuilder environment = shop(0).service("agent", s -> s.cluster("prod").taskDefinition("agent")
        .daemon().ec2());
    try (InMemoryEcs ecs = deployed(environment)) {
      ecs.awaitSteadyState("prod", "agent", TEN_MINUTES);

      ContainerInstance joined = ecs.launchInstance("prod", "hosts");
      ServiceDescription agent = ecs.awaitSteadyState("prod", "agent", TEN_MINUTES);

      assertThat(joined.attributes()).containsEntry("ecs.availability-zone", "us-east-1a");
      assertThat(agent.desiredCount()).isEqualTo(7);
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("agent")))
          .anyMatch(t -> t.containerInstanceArn().orElseThrow().equals(joined.containerInstanceArn()));
      assertThatThrownBy(() -> ecs.launchInstance("prod", "gpus")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cluster prod has no instance group gpus; its groups are [hosts]");
    }
  }

  /** UpdateService: "placementConstraints" and "placementStrategy" (an empty array removes them) start a deployment. */
  @Test
  void updatingThePlacementStartsADeploymentThatMovesTheTasks() {
    try (InMemoryEcs ecs = deployed(shop(2))) {
      ecs.awaitSteadyState("prod", "api", TEN_MINUTES);
      String before = ecs.describeService("prod", "api").primaryDeployment().id();

      ecs.updateService(UpdateServiceRequest.builder().cluster("prod").service("api")
          .placementConstraints(List.of(dev.ecsdsl.model.PlacementConstraint.memberOf(
              "attribute:ecs.availability-zone == us-east-1c"))).build());
      ServiceDescription api = ecs.awaitSteadyState("prod", "api", TEN_MINUTES);

      assertThat(api.primaryDeployment().id()).isNotEqualTo(before);
      assertThat(ecs.listTasks("prod", TaskFilter.running().serviceName("api")))
          .hasSize(2).allSatisfy(t -> assertThat(t.availabilityZone()).isEqualTo("us-east-1c"));

      assertThatThrownBy(() -> ecs.updateService(UpdateServiceRequest.builder().cluster("prod").service("api")
          .placementConstraints(List.of(dev.ecsdsl.model.PlacementConstraint.memberOf("attribute:ecs.zone ==")))
          .build())).hasMessageContaining("placementConstraints");
      assertThat(ecs.describeService("prod", "api").deployments()).as("a refused update changes nothing")
          .singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(api.primaryDeployment().id()));
    }
  }
}
