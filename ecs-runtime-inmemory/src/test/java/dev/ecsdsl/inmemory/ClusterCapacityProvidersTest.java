package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.CapacityProviderStrategyItem;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.runtime.ContainerInstanceStatus;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.waiters.Conditions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PutClusterCapacityProviders: managed scaling follows the providers a cluster has. */
class ClusterCapacityProvidersTest {
  private InMemoryEcs ecs;

  @BeforeEach
  void deploy() {
    ecs = InMemoryEcs.create(29);
    ecs.deploy(Ecs.environment("capacity")
        .cluster("prod", c -> c.instanceGroup("workers", g -> g.instanceType("m5.large").capacity(1, 2, 6)
                .zones("us-east-1a", "us-east-1b"))
            .asgCapacityProvider("workers-cp", "workers", 100, false)
            .defaultStrategy("workers-cp", 0, 1))
        .taskDefinition("orders", td -> td.container("app", a -> a.image("orders:1").cpu(1024).memory(1024)))
        .build());
  }

  @AfterEach
  void close() {
    ecs.close();
  }

  private long active() {
    return ListAndDescribe.containerInstances(ecs.ecs(), "prod").stream()
        .filter(i -> i.status() == ContainerInstanceStatus.ACTIVE)
        .count();
  }

  @Test
  void withoutItsProviderTheGroupDoesNotGrowAndItGrowsOnceTheProviderIsBack() {
    ecs.ecs().putClusterCapacityProviders(q -> q.cluster("prod").capacityProviders(List.of())
        .defaultCapacityProviderStrategy(List.of()));
    ecs.ecs().createService(q -> q.service(Service.builder().serviceName("orders").cluster("prod")
        .taskDefinition("orders")
        .desiredCount(6).build()));
    ecs.clock().advance(Duration.ofMinutes(10));
    assertThat(active()).as("no managed scaling: two instances hold four of the six tasks").isEqualTo(2);
    assertThat(ecs.ecs().describeServices(q -> q.cluster("prod").services("orders")).service().runningCount())
        .isEqualTo(4);

    var cluster = ecs.ecs().putClusterCapacityProviders(q -> q.cluster("prod").capacityProviders(List.of("workers-cp"))
        .defaultCapacityProviderStrategy(List.of(CapacityProviderStrategyItem.of("workers-cp", 0, 1)))).cluster();

    assertThat(cluster.capacityProviders()).containsExactly("workers-cp");
    ecs.await(Conditions.serviceSteady("prod", "orders")).atMost(Duration.ofMinutes(15));
    assertThat(active()).as("managed scaling launched the third instance").isEqualTo(3);
  }

  @Test
  void aRemovedProviderNoLongerScalesItsGroupIn() {
    ecs.clock().advance(Duration.ofMinutes(1));
    ecs.ecs().putClusterCapacityProviders(q -> q.cluster("prod").capacityProviders(List.of())
        .defaultCapacityProviderStrategy(List.of()));

    ecs.clock().advance(Duration.ofMinutes(30));

    assertThat(active()).as("idle, but no longer managed: the group keeps its two instances").isEqualTo(2);
    ecs.ecs().putClusterCapacityProviders(q -> q.cluster("prod").capacityProviders(List.of("workers-cp"))
        .defaultCapacityProviderStrategy(List.of()));
    ecs.clock().advance(Duration.ofMinutes(30));
    assertThat(active()).as("managed again: scaled in to the group's minimum").isEqualTo(1);
  }

  @Test
  void aProviderThatATaskRunsOnCannotBeRemoved() {
    ecs.ecs().runTask(RunTaskRequest.of("prod", "orders", 1));
    assertThatThrownBy(() -> ecs.ecs().putClusterCapacityProviders(q -> q.cluster("prod").capacityProviders(List.of())
        .defaultCapacityProviderStrategy(List.of())).cluster())
        .isInstanceOf(EcsException.class).hasMessageStartingWith("ResourceInUseException");
    assertThat(ecs.ecs().describeClusters(q -> q.clusters("prod")).cluster().capacityProviders())
        .containsExactly("workers-cp");
  }
}
