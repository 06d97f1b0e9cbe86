package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RunTaskRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClusterNotFoundException;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.DescribeServicesRequest;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.PlacementStrategy;
import software.amazon.awssdk.services.ecs.model.PlacementStrategyType;
import software.amazon.awssdk.services.ecs.model.PortMapping;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.waiters.EcsWaiter;

/** The AWS SDK for Java v2's ECS client, unchanged, against the endpoint. */
class AwsSdkTest {
  private static final long SEED = 7;
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(SEED, ClockMode.wallClock(600));
  private InMemoryEcs ecs;
  private EcsApiServer server;
  private EcsClient client;

  /** Three m5.large over three zones, a web task definition registered through the description. */
  static Environment shop() {
    return Ecs.environment("shop")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(3)
            .zones("us-east-1a", "us-east-1b", "us-east-1c")))
        .taskDefinition("worker", td -> td.container("app", a -> a.image("worker:1").memory(1024)))
        .build();
  }

  @BeforeEach
  void start() {
    ecs = endpoint.ecs();
    server = endpoint.server();
    client = endpoint.client();
  }

  @Test
  void aTaskDefinitionRegisteredThroughTheSdkGetsTheNextRevisionAndDescribesAsRegistered() {
    TaskDefinition registered = client.registerTaskDefinition(r -> r.family("web").networkMode("bridge")
        .containerDefinitions(ContainerDefinition.builder().name("app").image("nginx:1.27").memory(256)
            .portMappings(PortMapping.builder().containerPort(80).hostPort(0).build()).build())).taskDefinition();

    assertThat(registered.taskDefinitionArn()).endsWith(":task-definition/web:1");
    assertThat(registered.revision()).isEqualTo(1);
    TaskDefinition second = client.registerTaskDefinition(r -> r.family("web").containerDefinitions(
        ContainerDefinition.builder().name("app").image("nginx:1.28").memory(256).build())).taskDefinition();
    assertThat(second.revision()).isEqualTo(2);
    TaskDefinition described = client.describeTaskDefinition(r -> r.taskDefinition("web:1")).taskDefinition();
    assertThat(described.containerDefinitions()).singleElement().satisfies(c -> {
      assertThat(c.image()).isEqualTo("nginx:1.27");
      assertThat(c.portMappings().get(0).hostPort()).isZero();
    });
    // lexicographically, as ListTaskDefinitions lists by default (its sort member, API_ListTaskDefinitions.html)
    assertThat(client.listTaskDefinitionFamilies(r -> r.familyPrefix("w")).families())
        .as("by name, as ECS lists them").containsExactly("web", "worker");
  }

  @Test
  void runTaskWithPlacementStrategiesPlacesExactlyAsTheJavaApiDoes() {
    RunTaskResponse response = client.runTask(r -> r.cluster("prod").taskDefinition("worker").count(5)
        .placementStrategy(PlacementStrategy.builder().type(PlacementStrategyType.BINPACK).field("memory").build()));

    List<String> viaSdk = response.tasks().stream().map(Task::containerInstanceArn).toList();
    try (InMemoryEcs direct = InMemoryEcs.create(SEED)) {
      direct.deploy(shop());
      List<String> viaJava = direct.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
              .count(5).addPlacementStrategy(dev.ecsdsl.model.PlacementStrategy.binpack("memory")).build())
          .tasks().stream().map(t -> t.containerInstanceArn().orElseThrow()).toList();
      assertThat(viaSdk).isEqualTo(viaJava);
    }
    assertThat(viaSdk).as("binpack fills one instance first").containsOnly(viaSdk.get(0));
    assertThat(response.tasks()).allSatisfy(t -> assertThat(t.lastStatus()).isIn("PROVISIONING", "PENDING"));
  }

  @Test
  void aPlacementFailureComesBackWithEcsReason() {
    client.registerTaskDefinition(r -> r.family("huge").containerDefinitions(ContainerDefinition.builder()
        .name("app").image("huge:1").memory(64_000).build()));

    RunTaskResponse response = client.runTask(r -> r.cluster("prod").taskDefinition("huge"));

    assertThat(response.tasks()).isEmpty();
    assertThat(response.failures()).isNotEmpty().allSatisfy(f -> assertThat(f.reason()).isEqualTo("RESOURCE:MEMORY"));
  }

  @Test
  void aServiceCreatedAndUpdatedThroughTheSdkBecomesStableForTheServicesStableWaiter() {
    client.registerTaskDefinition(r -> r.family("api").containerDefinitions(ContainerDefinition.builder()
        .name("app").image("api:1").memory(512).build()));
    client.createService(r -> r.cluster("prod").serviceName("api").taskDefinition("api").desiredCount(3)
        .launchType("EC2"));
    EcsWaiter waiter = EcsWaiter.builder().client(client).overrideConfiguration(WaiterOverrideConfiguration.builder()
        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100))).maxAttempts(200).build())
        .build();

    WaiterResponse<DescribeServicesResponse> stable = waiter.waitUntilServicesStable(
        DescribeServicesRequest.builder().cluster("prod").services("api").build());
    assertThat(stable.matched().response()).hasValueSatisfying(r ->
        assertThat(r.services().get(0).runningCount()).isEqualTo(3));

    client.registerTaskDefinition(r -> r.family("api").containerDefinitions(ContainerDefinition.builder()
        .name("app").image("api:2").memory(512).build()));
    client.updateService(r -> r.cluster("prod").service("api").taskDefinition("api:2"));
    waiter.waitUntilServicesStable(DescribeServicesRequest.builder().cluster("prod").services("api").build());

    var service = client.describeServices(r -> r.cluster("prod").services("api")).services().get(0);
    assertThat(service.taskDefinition()).endsWith("api:2");
    assertThat(service.deployments()).singleElement().satisfies(d ->
        assertThat(d.rolloutStateAsString()).isEqualTo("COMPLETED"));
    assertThat(ListAndDescribe.tasks(ecs.ecs(), "prod", dev.ecsdsl.runtime.TaskFilter.running().serviceName("api")))
        .as("the runtime itself, not a copy, holds the service").hasSize(3)
        .allSatisfy(t -> assertThat(t.taskDefinitionArn()).endsWith("api:2"));
    waiter.close();
  }

  @Test
  void ecsErrorsArriveAsTheSdksExceptions() {
    assertThatThrownBy(() -> client.describeServices(r -> r.cluster("nope").services("api")))
        .isInstanceOf(ClusterNotFoundException.class).hasMessageContaining("Cluster not found");
    assertThat(client.describeServices(r -> r.cluster("prod").services("ghost")).failures())
        .singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("MISSING"));
  }

  @Test
  void deleteServiceIsRefusedWhileScaledUpAndDrainsTheServiceWhenForced() {
    client.createService(r -> r.cluster("prod").serviceName("batch").taskDefinition("worker").desiredCount(2));
    server.advance(Duration.ofMinutes(2));

    assertThatThrownBy(() -> client.deleteService(r -> r.cluster("prod").service("batch")))
        .isInstanceOf(software.amazon.awssdk.services.ecs.model.InvalidParameterException.class)
        .hasMessageStartingWith("The service cannot be stopped while it is scaled above 0.");
    var deleted = client.deleteService(r -> r.cluster("prod").service("batch").force(true)).service();
    assertThat(deleted.status()).isEqualTo("DRAINING");
    server.advance(Duration.ofMinutes(2));

    assertThat(client.describeServices(r -> r.cluster("prod").services("batch")).services().get(0).status())
        .isEqualTo("INACTIVE");
    assertThat(client.listServices(r -> r.cluster("prod")).serviceArns()).isEmpty();
    assertThat(client.listTasks(r -> r.cluster("prod")).taskArns()).isEmpty();
  }
}
