package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.DeploymentRolloutState;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.ServiceStatus;
import dev.ecsdsl.runtime.TaskFilter;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * DeleteService (API reference): a REPLICA service must be scaled to 0 first unless {@code force}; a DAEMON
 * service need not be; the service is DRAINING while its tasks stop, then INACTIVE, and is left out of
 * ListServices; UpdateService and DeleteService of a service that is not ACTIVE fail with
 * ServiceNotActiveException.
 */
class ServiceDeletionTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  private static Environment environment() {
    return Ecs.environment("deletion")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(3)
            .zones("us-east-1a", "us-east-1b", "us-east-1c")))
        .taskDefinition("agent", td -> td.container("fluent-bit", a -> a.image("fluent-bit:3").memory(64)))
        .taskDefinition("api", td -> td.container("app", a -> a.image("api:1").memory(256)))
        .taskDefinition("api", td -> td.container("app", a -> a.image("api:2").memory(256)))
        .service("agent", s -> s.cluster("prod").taskDefinition("agent").daemon().ec2())
        .service("api", s -> s.cluster("prod").taskDefinition("api:1").desiredCount(2).ec2().circuitBreaker(false))
        .build();
  }

  private static InMemoryEcs deployed() {
    InMemoryEcs ecs = InMemoryEcs.create(4);
    ecs.deploy(environment());
    ecs.await(Conditions.serviceSteady("prod", "agent")).atMost(TEN_MINUTES);
    ecs.await(Conditions.serviceSteady("prod", "api")).atMost(TEN_MINUTES);
    return ecs;
  }

  @Test
  void aDaemonServiceIsDeletedWithoutForceAndDrainsToInactive() {
    try (InMemoryEcs ecs = deployed()) {
      assertThat(ecs.ecs().deleteService(q -> q.cluster("prod").service("agent").force(false)).service().status())
          .isEqualTo(ServiceStatus.DRAINING);
      assertThat(ListAndDescribe.services(ecs.ecs(), "prod")).extracting(s -> s.serviceName()).containsExactly("api");

      ecs.clock().advance(Duration.ofMinutes(2));

      assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("agent")).service().status())
          .isEqualTo(ServiceStatus.INACTIVE);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("agent"))).isEmpty();
    }
  }

  @Test
  void aServiceWhoseDeploymentFailedStillDrainsWhenDeleted() {
    try (InMemoryEcs ecs = deployed()) {
      ecs.behaviourOfImage("api:2", ContainerBehaviour.failsToStart("exec format error"));
      ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("api").taskDefinition("api:2")
          .build());
      ecs.clock().advance(TEN_MINUTES);
      assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("api")).service().primaryDeployment()
          .rolloutState()).isEqualTo(DeploymentRolloutState.FAILED);

      ecs.ecs().deleteService(q -> q.cluster("prod").service("api").force(true));
      ecs.clock().advance(Duration.ofMinutes(2));

      assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("api")).service().status())
          .isEqualTo(ServiceStatus.INACTIVE);
      assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", TaskFilter.running().serviceName("api"))).isEmpty();
    }
  }

  @Test
  void aServiceThatIsNotActiveCanNeitherBeUpdatedNorDeletedAgain() {
    try (InMemoryEcs ecs = deployed()) {
      ecs.ecs().deleteService(q -> q.cluster("prod").service("api").force(true));

      assertThatThrownBy(() -> ecs.ecs().updateService(UpdateServiceRequest.builder().cluster("prod").service("api")
          .desiredCount(3).build()).service()).isInstanceOfSatisfying(EcsException.class, e ->
              assertThat(e.errorCode()).isEqualTo("ServiceNotActiveException"));
      assertThatThrownBy(() -> ecs.ecs().deleteService(q -> q.cluster("prod").service("api").force(true)).service())
          .isInstanceOfSatisfying(EcsException.class, e ->
          assertThat(e.errorCode()).isEqualTo("ServiceNotActiveException"));
    }
  }
}
