package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Environment;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.CapacityProvider;
import software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.ManagedTerminationProtection;
import software.amazon.awssdk.services.ecs.model.ResourceInUseException;
import software.amazon.awssdk.services.ecs.model.Task;

/** Capacity providers and cluster strategies through the SDK, down to where tasks run. */
class CapacityProvidersTest {
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(17, ClockMode.manual(), fleet());
  private EcsClient client;

  /** Two Auto Scaling group providers on prod (blue, green), one on another cluster. */
  static Environment fleet() {
    return Ecs.environment("fleet")
        .cluster("prod", c -> c
            .instanceGroup("blue", g -> g.instanceType("m5.large").count(2).zones("us-east-1a"))
            .instanceGroup("green", g -> g.instanceType("m5.large").count(2).zones("us-east-1b"))
            .asgCapacityProvider("blue-cp", "blue", 100, true)
            .asgCapacityProvider("green-cp", "green", 80, false)
            .defaultStrategy("blue-cp", 0, 1))
        .cluster("other", c -> c
            .instanceGroup("solo", g -> g.instanceType("m5.large").count(1).zones("us-east-1a"))
            .asgCapacityProvider("solo-cp", "solo", 100, false))
        .taskDefinition("worker", td -> td.container("app", a -> a.image("worker:1").memory(512)))
        .build();
  }

  @BeforeEach
  void client() {
    client = endpoint.client();
  }

  private static CapacityProviderStrategyItem item(String provider, int base, int weight) {
    return CapacityProviderStrategyItem.builder().capacityProvider(provider).base(base).weight(weight).build();
  }

  private static Set<String> providersOf(java.util.List<Task> tasks) {
    return tasks.stream().map(Task::capacityProviderName).collect(Collectors.toSet());
  }

  @Test
  void describeCapacityProvidersListsFargateAndTheAutoScalingGroupsWithManagedScaling() {
    var providers = client.describeCapacityProviders(r -> { }).capacityProviders();

    assertThat(providers).extracting(CapacityProvider::name)
        .containsExactly("FARGATE", "FARGATE_SPOT", "blue-cp", "green-cp", "solo-cp");
    CapacityProvider green = providers.get(3);
    assertThat(green.capacityProviderArn()).endsWith(":capacity-provider/green-cp");
    assertThat(green.autoScalingGroupProvider().autoScalingGroupArn()).endsWith(":autoScalingGroupName/green");
    assertThat(green.autoScalingGroupProvider().managedScaling().targetCapacity()).isEqualTo(80);
    assertThat(green.autoScalingGroupProvider().managedTerminationProtection())
        .isEqualTo(ManagedTerminationProtection.DISABLED);
    assertThat(providers.get(0).autoScalingGroupProvider()).isNull();
    var some = client.describeCapacityProviders(r -> r.capacityProviders("blue-cp", "nope"));
    assertThat(some.capacityProviders()).extracting(CapacityProvider::name).containsExactly("blue-cp");
    assertThat(some.failures()).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("MISSING"));
  }

  @Test
  void theClusterStrategyPutThroughTheSdkDecidesWhereTasksRun() {
    assertThat(providersOf(client.runTask(r -> r.cluster("prod").taskDefinition("worker").count(2)).tasks()))
        .containsExactly("blue-cp");

    var cluster = client.putClusterCapacityProviders(r -> r.cluster("prod").capacityProviders("blue-cp", "green-cp")
        .defaultCapacityProviderStrategy(item("green-cp", 0, 1))).cluster();

    assertThat(cluster.capacityProviders()).containsExactly("blue-cp", "green-cp");
    assertThat(cluster.defaultCapacityProviderStrategy()).containsExactly(item("green-cp", 0, 1));
    assertThat(providersOf(client.runTask(r -> r.cluster("prod").taskDefinition("worker").count(2)).tasks()))
        .containsExactly("green-cp");
    var explicit = client.runTask(r -> r.cluster("prod").taskDefinition("worker").count(3)
        .capacityProviderStrategy(item("blue-cp", 1, 0), item("green-cp", 0, 1))).tasks();
    assertThat(explicit).filteredOn(t -> t.capacityProviderName().equals("blue-cp")).hasSize(1)
        .allSatisfy(t -> assertThat(t.availabilityZone()).isEqualTo("us-east-1a"));
    assertThat(explicit).filteredOn(t -> t.capacityProviderName().equals("green-cp")).hasSize(2)
        .allSatisfy(t -> assertThat(t.availabilityZone()).isEqualTo("us-east-1b"));
  }

  @Test
  void aServiceWithAStrategyRunsOnItsProviderWhichThenCannotBeRemoved() {
    client.createService(r -> r.cluster("prod").serviceName("api").taskDefinition("worker").desiredCount(2)
        .capacityProviderStrategy(item("green-cp", 0, 1)));
    endpoint.server().advance(Duration.ofMinutes(2));

    var tasks = client.describeTasks(r -> r.cluster("prod").tasks(client.listTasks(l -> l.cluster("prod")
        .serviceName("api")).taskArns())).tasks();
    assertThat(tasks).hasSize(2).allSatisfy(t -> {
      assertThat(t.capacityProviderName()).isEqualTo("green-cp");
      assertThat(t.lastStatus()).isEqualTo("RUNNING");
    });
    assertThatThrownBy(() -> client.putClusterCapacityProviders(r -> r.cluster("prod").capacityProviders("blue-cp")
        .defaultCapacityProviderStrategy(item("blue-cp", 0, 1)))).isInstanceOf(ResourceInUseException.class);
    assertThat(client.describeClusters(r -> r.clusters("prod")).clusters().get(0).capacityProviders())
        .containsExactly("blue-cp", "green-cp");
  }

  @Test
  void createClusterTakesFargateProvidersAndAStrategyAndMakesNoClusterWhenTheyAreBad() {
    var cluster = client.createCluster(r -> r.clusterName("serverless").capacityProviders("FARGATE", "FARGATE_SPOT")
        .defaultCapacityProviderStrategy(item("FARGATE", 1, 1), item("FARGATE_SPOT", 0, 3))).cluster();

    assertThat(cluster.capacityProviders()).containsExactly("FARGATE", "FARGATE_SPOT");
    assertThat(cluster.defaultCapacityProviderStrategy()).hasSize(2);
    assertThatThrownBy(() -> client.createCluster(r -> r.clusterName("broken").capacityProviders("blue-cp")
        .defaultCapacityProviderStrategy(item("blue-cp", 0, 1)))).isInstanceOf(InvalidParameterException.class);
    assertThat(client.listClusters().clusterArns()).noneMatch(a -> a.endsWith("/broken"));
  }

  @Test
  void providersOfOtherClustersAndBadStrategiesAreRefused() {
    assertThatThrownBy(() -> client.putClusterCapacityProviders(r -> r.cluster("prod")
        .capacityProviders("blue-cp", "solo-cp").defaultCapacityProviderStrategy(item("blue-cp", 0, 1))))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("solo");
    assertThatThrownBy(() -> client.putClusterCapacityProviders(r -> r.cluster("prod")
        .capacityProviders("blue-cp", "FARGATE").defaultCapacityProviderStrategy(item("blue-cp", 0, 1),
            item("FARGATE", 0, 1)))).isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> client.putClusterCapacityProviders(r -> r.cluster("prod")
        .capacityProviders("blue-cp").defaultCapacityProviderStrategy(item("green-cp", 0, 1))))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(client.describeClusters(r -> r.clusters("prod")).clusters().get(0).defaultCapacityProviderStrategy())
        .containsExactly(item("blue-cp", 0, 1));
  }
}
