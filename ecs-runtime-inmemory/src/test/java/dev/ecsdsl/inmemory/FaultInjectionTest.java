package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.IamRole;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.ServiceEvent;
import dev.ecsdsl.runtime.StopCode;
import dev.ecsdsl.runtime.Task;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.TaskStatus;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Faults a test injects (issue: "kill a container, make a task unhealthy, lose a zone, exhaust a subnet"). */
class FaultInjectionTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  /** An EC2 service of three tasks over three zones, one m5.large per zone, with a container health check. */
  private static Environment ec2() {
    return Ecs.environment("faults")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(3)
            .zones("us-east-1a", "us-east-1b", "us-east-1c")))
        .taskDefinition("api", td -> td.container("app", a -> a.image("api:1").memory(512).port(8080, 0)
            .healthCheck("curl -f localhost:8080/health",
                hc -> hc.interval(10).timeout(5).retries(3).startPeriod(0))))
        .service("api", s -> s.cluster("prod").taskDefinition("api").desiredCount(3).ec2())
        .build();
  }

  /** A Fargate service of two tasks over two subnets in two zones. */
  private static Environment fargate() {
    return Ecs.environment("faults")
        .vpc(v -> v.cidr("10.0.0.0/16")
            .subnet("subnet-a", "us-east-1a", "10.0.1.0/28").subnet("subnet-b", "us-east-1b", "10.0.2.0/28"))
        .role("execution", r -> r.trustedBy(IamRole.ECS_TASKS).managedPolicy(IamRole.TASK_EXECUTION_ROLE_POLICY))
        .cluster("prod", c -> c.fargateCapacityProviders())
        .taskDefinition("web", td -> td.fargate().cpu(256).memory(512).executionRole("execution")
            .container("app", a -> a.image("web:1").port(8080)))
        .service("web", s -> s.cluster("prod").taskDefinition("web").desiredCount(2).fargate()
            .subnets("subnet-a", "subnet-b"))
        .build();
  }

  private static InMemoryEcs steady(Environment environment, String service) {
    InMemoryEcs ecs = InMemoryEcs.create(5);
    ecs.deploy(environment);
    ecs.await(Conditions.serviceSteady("prod", service)).atMost(TEN_MINUTES);
    return ecs;
  }

  private static List<Task> running(InMemoryEcs ecs, String service) {
    return ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName(service));
  }

  private static Map<String, Long> perZone(List<Task> tasks) {
    return tasks.stream().collect(Collectors.groupingBy(Task::availabilityZone, Collectors.counting()));
  }

  @Nested
  class Containers {
    @Test
    void aKilledEssentialContainerStopsItsTaskWithExitCode137AndTheServiceReplacesIt() {
      try (InMemoryEcs ecs = steady(ec2(), "api")) {
        Task victim = running(ecs, "api").get(0);

        ecs.faults().killContainer(q -> q.cluster("prod").task(victim.taskArn()).container("app"));
        ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);

        Task stopped = ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(victim.taskArn())).task();
        assertThat(stopped.stopCode()).contains(StopCode.EssentialContainerExited);
        assertThat(stopped.containers().get(0).exitCode()).contains(137);
        assertThat(running(ecs, "api")).hasSize(3).extracting(Task::taskArn).doesNotContain(victim.taskArn());
      }
    }

    @Test
    void aContainerWhoseHealthCheckStartsFailingIsMarkedUnhealthyAndItsTaskReplaced() {
      try (InMemoryEcs ecs = steady(ec2(), "api")) {
        Task victim = running(ecs, "api").get(0);

        java.time.Instant failing = ecs.clock().now();
        ecs.faults().failHealthChecks(q -> q.cluster("prod").task(victim.taskArn()).container("app"));
        ecs.await("the victim unhealthy", r -> r.ecs().describeTasks(q -> q.cluster("prod").tasks(victim.taskArn()))
            .task().healthStatus() == HealthStatus.UNHEALTHY).atMost(TEN_MINUTES);
        Duration unhealthyAfter = Duration.between(failing, ecs.clock().now());
        ecs.await("the victim stopped", r -> r.ecs().describeTasks(q -> q.cluster("prod").tasks(victim.taskArn()))
            .task().lastStatus() == TaskStatus.STOPPED).atMost(TEN_MINUTES);
        ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);

        assertThat(unhealthyAfter).as("3 failed checks 10 s apart").isBetween(Duration.ofSeconds(21),
            Duration.ofSeconds(30));
        assertThat(ecs.ecs().describeTasks(q -> q.cluster("prod").tasks(victim.taskArn())).task().stoppedReason())
            .contains("Task failed container health checks");
        assertThat(running(ecs, "api")).hasSize(3);
      }
    }

    @Test
    void faultsNameWhatIsWrongWithTheirTarget() {
      try (InMemoryEcs ecs = steady(ec2(), "api")) {
        Task task = running(ecs, "api").get(0);
        assertThatThrownBy(() -> ecs.faults().killContainer(q -> q.cluster("prod").task(task.taskArn())
            .container("sidecar")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no container sidecar")
            .hasMessageContaining("[app]");
        ecs.ecs().stopTask(q -> q.cluster("prod").task(task.taskArn()).reason("done"));
        ecs.clock().runUntilIdle(TEN_MINUTES);
        assertThatThrownBy(() -> ecs.faults().killContainer(q -> q.cluster("prod").task(task.taskArn())
            .container("app")))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not running");
      }
    }
  }

  @Nested
  class Zones {
    @Test
    void losingAZoneTerminatesItsInstancesAndTheServiceRecoversInTheOtherZones() {
      try (InMemoryEcs ecs = steady(ec2(), "api")) {
        List<String> terminated = ecs.faults().loseAvailabilityZone("us-east-1a");
        ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);

        assertThat(terminated).hasSize(1);
        assertThat(ecs.ecs().describeContainerInstances(q -> q.cluster("prod").containerInstances(terminated.get(0)))
            .containerInstance().status())
            .isEqualTo(ContainerInstanceStatus.INACTIVE);
        assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.stopped().serviceName("api")))
            .singleElement().satisfies(t -> assertThat(t.stopCode()).contains(StopCode.TerminationNotice));
        assertThat(perZone(running(ecs, "api"))).doesNotContainKey("us-east-1a")
            .containsValues(1L, 2L);
      }
    }

    @Test
    void fargateTasksOfALostZoneStopAndTheirReplacementsGoToTheZonesLeftUntilItIsBack() {
      try (InMemoryEcs ecs = steady(fargate(), "web")) {
        assertThat(perZone(running(ecs, "web"))).containsOnlyKeys("us-east-1a", "us-east-1b");

        ecs.faults().loseAvailabilityZone("us-east-1a");
        ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
        assertThat(perZone(running(ecs, "web"))).containsExactly(Map.entry("us-east-1b", 2L));

        ecs.faults().restoreAvailabilityZone("us-east-1a");
        ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("web").desiredCount(4).build())
            .service();
        ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
        assertThat(perZone(running(ecs, "web"))).containsEntry("us-east-1a", 2L).containsEntry("us-east-1b", 2L);
      }
    }

    @Test
    void anUnknownZoneIsRefusedWithTheZonesThereAre() {
      try (InMemoryEcs ecs = steady(fargate(), "web")) {
        assertThatThrownBy(() -> ecs.faults().loseAvailabilityZone("eu-west-1a"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("unknown Availability Zone eu-west-1a; the environment uses [us-east-1a, us-east-1b]");
        assertThat(running(ecs, "web")).hasSize(2);
      }
    }
  }

  @Nested
  class Subnets {
    @Test
    void anExhaustedSubnetLeavesTasksUnplacedWithTheReasonUntilAddressesAreFreed() {
      try (InMemoryEcs ecs = steady(fargate(), "web")) {
        // a /28 has 16 addresses: 5 reserved by AWS, 1 taken by the service's task, 10 left
        assertThat(ecs.faults().exhaustSubnet("subnet-a")).isEqualTo(10);
        assertThat(ecs.faults().exhaustSubnet("subnet-b")).isEqualTo(10);

        ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("web").desiredCount(3).build())
            .service();
        ecs.clock().advance(Duration.ofMinutes(2));
        assertThat(running(ecs, "web")).hasSize(2);
        assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("web")).service().events())
            .extracting(ServiceEvent::message)
            .anyMatch(m -> m.contains("was unable to place a task") && m.contains("no free IP address left"));

        ecs.faults().releaseSubnet("subnet-b");
        ecs.await(Conditions.serviceSteady("prod", "web")).atMost(TEN_MINUTES);
        assertThat(running(ecs, "web")).hasSize(3);
      }
    }
  }

  @Test
  void instancesReportedByDescribeAfterAZoneLossAreTheOnesLeft() {
    try (InMemoryEcs ecs = steady(ec2(), "api")) {
      ecs.faults().loseAvailabilityZone("us-east-1b");
      assertThat(ListAndDescribe.containerInstances(ecs.ecs(), "prod"))
          .filteredOn(i -> i.status() == ContainerInstanceStatus.ACTIVE)
          .extracting(ContainerInstance::attributes)
          .allSatisfy(a -> assertThat(a.get("ecs.availability-zone")).isNotEqualTo("us-east-1b"));
    }
  }
}
