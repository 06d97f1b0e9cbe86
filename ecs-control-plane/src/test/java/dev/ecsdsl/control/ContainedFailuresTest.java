package dev.ecsdsl.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.LaunchType;
import dev.ecsdsl.model.NetworkConfiguration;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.ServiceDescription;
import dev.ecsdsl.runtime.ServiceEvent;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.validation.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, part 1, on the Java API: a request is validated completely before anything is stored (ECS's way), a
 * task that cannot be launched becomes a service event and never an exception, and one service's trouble never
 * reaches another service's call.
 */
class ContainedFailuresTest {
  private static final Duration MINUTES = Duration.ofMinutes(10);
  private final TestLoop loop = new TestLoop();
  private final TestAgent agent = new TestAgent();
  private final ControlPlane plane = new ControlPlane(loop, agent, 22, Timings.defaults());

  private static Environment environment() {
    return Ecs.environment("contained")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(2)
            .zones("us-east-1a", "us-east-1b"))
            .instanceGroup("big", g -> g.instanceType("m5.4xlarge").count(0).zones("us-east-1a")))
        .taskDefinition("worker", td -> td.container("app", a -> a.image("worker:1").memory(128)))
        .taskDefinition("broken", td -> td.container("app", a -> a.image("broken:1").memory(128)))
        .taskDefinition("huge", td -> td.container("app", a -> a.image("huge:1").memory(30_000)))
        .taskDefinition("web", td -> td.fargate().cpu(256).memory(512)
            .container("app", a -> a.image("web:1")))
        .service("good", s -> s.cluster("prod").taskDefinition("worker").desiredCount(1).ec2())
        .service("bad", s -> s.cluster("prod").taskDefinition("broken").desiredCount(0).ec2())
        .build();
  }

  private static Service named(String name, String taskDefinition, int desiredCount) {
    return Service.builder().serviceName(name).cluster("prod").taskDefinition(taskDefinition)
        .desiredCount(desiredCount).build();
  }

  private List<String> serviceNames() {
    return plane.services().listServices("prod").stream().map(ServiceDescription::serviceName).toList();
  }

  /**
   * Each CreateService that its first launch would refuse (issue 22's cases: a FARGATE service on an unknown subnet
   * or security group, whatever its desired count; launchType EXTERNAL; a capacity provider the cluster does not
   * have; a FARGATE task definition without a network configuration; a negative desired count) is refused with an
   * InvalidParameterException before the service is stored: neither listed nor described, nor in the environment,
   * and the next CreateService works.
   */
  @Test
  void aCreateServiceItsLaunchWouldRefuseIsRefusedBeforeAnythingIsStored() {
    plane.deploy(environment());
    Service fargate = Service.builder().from(named("lost", "web", 1)).launchType(LaunchType.FARGATE)
        .networkConfiguration(NetworkConfiguration.of(List.of("subnet-nope"), List.of())).build();
    Map<String, Service> refused = Map.of(
        "an unknown subnet", fargate,
        "an unknown subnet, desired count 0", Service.builder().from(fargate).serviceName("lost0").desiredCount(0)
            .build(),
        "an unknown security group", Service.builder().from(fargate).serviceName("sg").networkConfiguration(
            NetworkConfiguration.of(List.of("subnet-default-us-east-1a"), List.of("sg-nope"))).build(),
        "no network configuration for awsvpc", Service.builder().from(fargate).serviceName("nonet")
            .networkConfiguration(java.util.Optional.empty()).build(),
        "launchType EXTERNAL", Service.builder().from(named("ext", "worker", 1)).launchType(LaunchType.EXTERNAL)
            .build(),
        "a capacity provider the cluster lacks", Service.builder().from(named("cp", "worker", 1))
            .addCapacityProviderStrategy(CapacityProviderStrategyItem.of("nope", 0, 1)).build(),
        "desiredCount -1", named("neg", "worker", -1));

    refused.forEach((why, service) -> {
      assertThatThrownBy(() -> plane.services().createService(service)).as(why)
          .isInstanceOfAny(EcsException.class, ValidationException.class).hasMessageNotContaining("java.");
      assertThat(serviceNames()).as(why).containsExactly("good", "bad");
      assertThatThrownBy(() -> plane.services().describeService("prod", service.serviceName())).as(why)
          .isInstanceOf(EcsException.class);
      assertThat(plane.environment().services()).as(why).extracting(Service::serviceName)
          .doesNotContain(service.serviceName());
    });

    plane.services().createService(named("next", "worker", 1));
    loop.advance(MINUTES);
    assertThat(plane.services().describeService("prod", "next").runningCount()).isEqualTo(1);
  }

  /**
   * A task the agent cannot prepare (here it throws, as a broken engine might) fails to start, with the reason
   * ({@code CannotCreateContainerError: …}) and the service throttle's event, not an exception: the UpdateService
   * that asked for the task answers, and another service's UpdateService and the clock go on as if nothing happened.
   */
  @Test
  void aLaunchThatFailsBecomesAServiceEventAndNeverReachesAnotherServicesCall() {
    agent.refusing.add("broken:1");
    plane.deploy(environment());
    loop.advance(MINUTES);

    ServiceDescription bad = plane.services().updateService(UpdateServiceRequest.builder().cluster("prod")
        .service("bad").desiredCount(1).build());
    ServiceDescription good = plane.services().updateService(UpdateServiceRequest.builder().cluster("prod")
        .service("good").desiredCount(2).build());
    loop.advance(MINUTES);

    assertThat(bad.desiredCount()).isEqualTo(1);
    assertThat(good.desiredCount()).isEqualTo(2);
    assertThat(plane.services().describeService("prod", "good").runningCount()).isEqualTo(2);
    assertThat(plane.services().describeService("prod", "bad").runningCount()).isZero();
    assertThat(plane.tasks().listTasks("prod", TaskFilter.stopped().serviceName("bad"))).isNotEmpty()
        .allSatisfy(t -> assertThat(t.stoppedReason()).hasValueSatisfying(r ->
            assertThat(r).startsWith("CannotCreateContainerError: the engine refused task")));
    assertThat(plane.services().describeService("prod", "bad").events()).extracting(ServiceEvent::message)
        .contains("(service bad) is unable to consistently start tasks successfully.");
  }

  /**
   * UpdateService makes the checks CreateService makes: a deployment configuration with maximumPercent 0 (with
   * forceNewDeployment) or negative percentages is refused, and the service keeps its configuration and
   * deployments.
   */
  @Test
  void updateServiceMakesTheChecksCreateServiceMakes() {
    plane.deploy(environment());
    loop.advance(MINUTES);
    int deployments = plane.services().serviceDeployments("prod", "good").size();

    for (DeploymentConfiguration bad : List.of(
        DeploymentConfiguration.builder().maximumPercent(0).build(),
        DeploymentConfiguration.builder().maximumPercent(-100).minimumHealthyPercent(-5).build())) {
      assertThatThrownBy(() -> plane.services().updateService(UpdateServiceRequest.builder().cluster("prod")
          .service("good").deploymentConfiguration(bad).forceNewDeployment(true).build()))
          .as(bad.toString()).isInstanceOfAny(EcsException.class, ValidationException.class);
    }

    assertThat(plane.services().serviceDeployments("prod", "good")).hasSize(deployments);
    assertThat(plane.services().describeService("prod", "good").deployments()).singleElement()
        .satisfies(d -> assertThat(d.runningCount()).isEqualTo(1));
  }

  /**
   * ECS's service throttle logic (developer guide, "Amazon ECS service throttle logic": the time between attempts
   * "is incrementally increased up to a maximum of 27 minutes") also spaces the placement tries of a service that
   * can never place its tasks: over a virtual day it tries about once every 27 minutes, not every 30 s (2,880
   * tries); room added to the cluster ends the wait, and the task is placed within the first retry's 30 s.
   */
  @Test
  void aServiceThatCannotPlaceIsTriedLessAndLessOftenUntilRoomIsAdded() {
    plane.deploy(Environment.builder().from(environment())
        .addServices(named("stuck", "huge", 1)).build());
    loop.advance(Duration.ofDays(1));

    long tries = plane.events().stream().filter(e -> e.subject().equals("service/stuck")
        && e.message().contains("was unable to place a task")).count();
    assertThat(tries).isBetween(24L * 60 / 27, 24L * 60 / 27 + 15);

    plane.faults().launchInstance("prod", "big");
    loop.advance(Duration.ofSeconds(31));
    assertThat(plane.services().describeService("prod", "stuck").runningCount()
        + plane.services().describeService("prod", "stuck").pendingCount()).isEqualTo(1);
  }
}
