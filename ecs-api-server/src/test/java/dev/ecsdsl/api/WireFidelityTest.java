package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.inmemory.InMemoryEcs;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.ecs.model.ClusterNotFoundException;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.EcsException;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/**
 * What an SDK user reads in ECS's answers, as ECS gives it: full ARNs in failures, ECS's errors for empty lists and
 * unknown clusters, exact ARNs, names as ECS allows them, the lists the model declares even when empty.
 */
class WireFidelityTest {
  private static final String ARN = "arn:aws:ecs:us-east-1:123456789012:";
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(7, ClockMode.manual());
  private EcsClient client;

  @BeforeEach
  void client() {
    client = endpoint.client();
  }

  @Test
  void failuresNameTheFullArnOfWhatWasAskedFor() {
    String task = client.runTask(r -> r.cluster("prod").taskDefinition("worker")).tasks().get(0).taskArn();

    List<Failure> clusters = client.describeClusters(r -> r.clusters("prod", "nope")).failures();
    List<Failure> services = client.describeServices(r -> r.cluster("prod").services("ghost")).failures();
    List<Failure> tasks = client.describeTasks(r -> r.cluster("prod").tasks(task, "0123456789abcdef")).failures();
    List<Failure> instances = client.describeContainerInstances(r -> r.cluster("prod").containerInstances("abc"))
        .failures();

    assertThat(clusters).singleElement().satisfies(f -> {
      assertThat(f.arn()).isEqualTo(ARN + "cluster/nope");
      assertThat(f.reason()).isEqualTo("MISSING");
    });
    assertThat(services).singleElement().extracting(Failure::arn).isEqualTo(ARN + "service/prod/ghost");
    assertThat(tasks).singleElement().extracting(Failure::arn).isEqualTo(ARN + "task/prod/0123456789abcdef");
    assertThat(instances).singleElement().extracting(Failure::arn).isEqualTo(ARN + "container-instance/prod/abc");
  }

  @Test
  void describingNothingOrInAnUnknownClusterIsAnError() {
    assertThatThrownBy(() -> client.describeTasks(r -> r.cluster("prod").tasks(List.of())))
        .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("Tasks cannot be empty.");
    assertThatThrownBy(() -> client.describeContainerInstances(r -> r.cluster("prod").containerInstances(List.of())))
        .isInstanceOf(ClientException.class).hasMessageStartingWith("Container Instances cannot be empty.");
    assertThatThrownBy(() -> client.describeTasks(r -> r.cluster("nowhere").tasks("0123")))
        .isInstanceOf(ClusterNotFoundException.class);
    assertThatThrownBy(() -> client.describeContainerInstances(r -> r.cluster("nowhere").containerInstances("a")))
        .isInstanceOf(ClusterNotFoundException.class);
    assertThatThrownBy(() -> client.describeServices(r -> r.cluster("nowhere").services("web")))
        .isInstanceOf(ClusterNotFoundException.class);
  }

  @Test
  void arnsAreReadExactlyNotByTheirLastSegment() {
    client.createCluster(r -> r.clusterName("victim"));

    assertThatThrownBy(() -> client.createCluster(r -> r.clusterName("evil/victim")))
        .as("names: up to 255 letters, numbers, hyphens and underscores").isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> client.deleteCluster(r -> r.cluster(ARN + "cluster/evil/victim")))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Invalid ARN");
    assertThatThrownBy(() -> client.deleteCluster(r -> r.cluster("arn:aws:ecs:eu-west-1:123456789012:cluster/victim")))
        .as("a foreign ARN").isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> client.describeServices(r -> r.cluster("prod").services(ARN + "cluster/prod")))
        .as("a cluster ARN where a service is meant").isInstanceOf(InvalidParameterException.class);
    assertThat(client.describeClusters(r -> r.clusters("victim")).clusters()).singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo("ACTIVE"));
    assertThat(client.describeClusters(r -> r.clusters(ARN + "cluster/victim")).clusters()).hasSize(1);
  }

  @Test
  void namesEcsRefusesAreRefused() {
    for (String name : List.of("", "a b", "x".repeat(256), "tab\there", "colon:name")) {
      assertThatThrownBy(() -> client.createCluster(r -> r.clusterName(name)))
          .as("cluster %s", name).isInstanceOf(InvalidParameterException.class);
      assertThatThrownBy(() -> client.createService(r -> r.cluster("prod").serviceName(name)
          .taskDefinition("worker").desiredCount(0))).as("service %s", name)
          .isInstanceOf(InvalidParameterException.class);
    }
    assertThat(client.listClusters().clusterArns()).hasSize(1);
    assertThat(client.listServices(r -> r.cluster("prod")).serviceArns()).isEmpty();
  }

  @Test
  void aRoleWithoutALoadBalancerIsRefusedAndMakesNoService() {
    assertThatThrownBy(() -> client.createService(r -> r.cluster("prod").serviceName("web").taskDefinition("worker")
        .desiredCount(1).role("arn:aws:iam::123456789012:role/ecsServiceRole")))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("role");
    assertThat(client.listServices(r -> r.cluster("prod")).serviceArns()).isEmpty();
  }

  @Test
  void taskDefinitionsHaveTheListsEcsAlwaysReturns() {
    TaskDefinition definition = client.registerTaskDefinition(r -> r.family("bare").containerDefinitions(
        ContainerDefinition.builder().name("app").image("app:1").memory(64).build())).taskDefinition();

    ContainerDefinition container = definition.containerDefinitions().get(0);
    assertThat(container.hasPortMappings()).isTrue();
    assertThat(container.hasMountPoints()).isTrue();
    assertThat(container.hasVolumesFrom()).isTrue();
    assertThat(container.hasEnvironment()).isTrue();
    assertThat(container.essential()).isTrue();
    assertThat(definition.hasVolumes()).isTrue();
    assertThat(definition.compatibilitiesAsStrings()).containsExactly("EC2");
  }

  @Test
  void aCallSignedForAnotherRegionIsRefusedByAnEndpointOfOneRegion() {
    try (EcsClient elsewhere = EcsClient.builder().endpointOverride(endpoint.server().endpoint())
        .region(software.amazon.awssdk.regions.Region.EU_WEST_1)
        .credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create())
        .build()) {
      // Anonymous calls are not signed: they are served in the endpoint's region.
      assertThat(elsewhere.listClusters().clusterArns()).singleElement().asString().startsWith(ARN);
    }
    try (EcsClient signed = EcsClient.builder().endpointOverride(endpoint.server().endpoint())
        .region(software.amazon.awssdk.regions.Region.EU_WEST_1)
        .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b"))
        .build()) {
      assertThatThrownBy(signed::listClusters).isInstanceOf(EcsException.class)
          .hasMessageContaining("Credential should be scoped to a valid region");
    }
  }

  @Test
  void everyRegionOfARegionalEndpointIsAnAccountOfItsOwnWithItsDefaultVpc() {
    try (EcsApiServer regional = EcsApiServer.startRegional("us-east-1", region -> {
      InMemoryEcs ecs = InMemoryEcs.create(1);
      ecs.deploy(Ecs.environment("fresh").region(region).cluster("default", c -> c.fargateCapacityProviders())
          .build());
      return ecs;
    }, 0, ClockMode.manual());
         EcsClient ireland = SdkClients.client(regional, "eu-west-1");
         EcsClient oregon = SdkClients.client(regional, "us-west-2")) {
      ireland.createCluster(r -> r.clusterName("only-in-ireland"));
      ireland.registerTaskDefinition(r -> r.family("web").networkMode("awsvpc").cpu("256").memory("512")
          .requiresCompatibilitiesWithStrings("FARGATE").containerDefinitions(ContainerDefinition.builder()
              .name("app").image("web:1").build()));
      var run = ireland.runTask(r -> r.taskDefinition("web").launchType("FARGATE").networkConfiguration(n -> n
          .awsvpcConfiguration(a -> a.subnets("subnet-default-eu-west-1b").securityGroups("default"))));

      assertThat(ireland.listClusters().clusterArns()).allSatisfy(arn -> assertThat(arn)
          .startsWith("arn:aws:ecs:eu-west-1:"));
      assertThat(oregon.listClusters().clusterArns()).singleElement().asString()
          .isEqualTo("arn:aws:ecs:us-west-2:123456789012:cluster/default");
      assertThat(run.failures()).isEmpty();
      assertThat(run.tasks()).singleElement().satisfies(t -> {
        assertThat(t.taskArn()).startsWith("arn:aws:ecs:eu-west-1:123456789012:task/default/");
        assertThat(t.availabilityZone()).isEqualTo("eu-west-1b");
      });
      assertThatThrownBy(() -> oregon.describeTaskDefinition(r -> r.taskDefinition("web")))
          .isInstanceOf(ClientException.class);
    }
  }
}
