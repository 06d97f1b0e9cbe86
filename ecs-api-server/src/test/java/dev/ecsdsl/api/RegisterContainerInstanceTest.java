package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.Environment;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AttributeLimitExceededException;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.ecs.model.ClusterNotFoundException;
import software.amazon.awssdk.services.ecs.model.ContainerInstance;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.PlacementStrategyType;
import software.amazon.awssdk.services.ecs.model.RegisterContainerInstanceRequest;
import software.amazon.awssdk.services.ecs.model.Resource;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;
import software.amazon.awssdk.services.ecs.model.Tag;

/**
 * RegisterContainerInstance and DeregisterContainerInstance at run time through the AWS SDK, as the ECS agent
 * calls them: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterContainerInstance.html
 */
class RegisterContainerInstanceTest {
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(31, ClockMode.manual(), empty());

  static Environment empty() {
    return Ecs.environment("agents")
        .cluster("prod", c -> { })
        .taskDefinition("worker", td -> td.container("app", a -> a.image("worker:1").memory(512)))
        .build();
  }

  static String document(String instanceId, String zone) {
    return "{\"instanceId\":\"" + instanceId + "\",\"instanceType\":\"m5.large\",\"availabilityZone\":\"" + zone
        + "\",\"region\":\"us-east-1\",\"imageId\":\"ami-0abcdef1234567890\",\"architecture\":\"x86_64\","
        + "\"accountId\":\"123456789012\",\"privateIp\":\"10.0.0.12\"}";
  }

  private ContainerInstance register(String instanceId, String zone) {
    return endpoint.client().registerContainerInstance(r -> r.cluster("prod")
        .instanceIdentityDocument(document(instanceId, zone)).instanceIdentityDocumentSignature("c2lnbmF0dXJl"))
        .containerInstance();
  }

  @Test
  void anInstanceRegistersWithEcsAttributesFromItsIdentityDocumentAndItsTypesResources() {
    ContainerInstance instance = register("i-0123456789abcdef0", "us-east-1b");

    assertThat(instance.ec2InstanceId()).isEqualTo("i-0123456789abcdef0");
    assertThat(instance.containerInstanceArn()).matches(
        "arn:aws:ecs:us-east-1:\\d{12}:container-instance/prod/[0-9a-f]{32}");
    assertThat(instance.status()).isEqualTo("ACTIVE");
    assertThat(instance.agentConnected()).isTrue();
    Map<String, String> attributes = instance.attributes().stream()
        .collect(Collectors.toMap(a -> a.name(), a -> a.value()));
    assertThat(attributes).containsEntry("ecs.availability-zone", "us-east-1b")
        .containsEntry("ecs.instance-type", "m5.large").containsEntry("ecs.ami-id", "ami-0abcdef1234567890")
        .containsEntry("ecs.os-type", "linux").containsEntry("ecs.cpu-architecture", "x86_64");
    Map<String, Integer> registered = instance.registeredResources().stream()
        .filter(r -> r.integerValue() != null).collect(Collectors.toMap(Resource::name, Resource::integerValue));
    // m5.large: 2 vCPUs, 8 GiB (ECS registers 7985 of 8192 MiB, "Reserving container instance memory")
    assertThat(registered).containsEntry("CPU", 2048).containsEntry("MEMORY", 7985);
    assertThat(endpoint.client().listContainerInstances(r -> r.cluster("prod")).containerInstanceArns())
        .containsExactly(instance.containerInstanceArn());
    assertThat(endpoint.client().describeClusters(r -> r.clusters("prod")).clusters().get(0)
        .registeredContainerInstancesCount()).isEqualTo(1);
  }

  @Test
  void theAgentsResourcesAttributesVersionAndTagsAreKept() {
    EcsClient client = endpoint.client();
    ContainerInstance instance = client.registerContainerInstance(r -> r.cluster("prod")
        .instanceIdentityDocument(document("i-0aaaaaaaaaaaaaaa1", "us-east-1a"))
        .totalResources(
            Resource.builder().name("CPU").type("INTEGER").integerValue(1024).build(),
            Resource.builder().name("MEMORY").type("INTEGER").integerValue(3000).build(),
            Resource.builder().name("PORTS").type("STRINGSET").stringSetValue("22", "8080").build(),
            Resource.builder().name("PORTS_UDP").type("STRINGSET").stringSetValue("53").build())
        .versionInfo(v -> v.agentVersion("1.70.0").agentHash("abc").dockerVersion("DockerVersion: 20.10"))
        .attributes(a -> a.name("ecs.capability.task-eni"), a -> a.name("stack").value("blue"))
        .platformDevices(d -> d.id("GPU-1").type("GPU"))
        .tags(Tag.builder().key("team").value("batch").build())).containerInstance();

    Map<String, Integer> registered = instance.registeredResources().stream()
        .filter(r -> r.integerValue() != null).collect(Collectors.toMap(Resource::name, Resource::integerValue));
    assertThat(registered).containsEntry("CPU", 1024).containsEntry("MEMORY", 3000);
    assertThat(instance.registeredResources().stream().filter(r -> r.name().equals("PORTS")).findFirst()
        .orElseThrow().stringSetValue()).contains("22", "8080", "2375");
    assertThat(instance.versionInfo().agentVersion()).isEqualTo("1.70.0");
    assertThat(instance.attributes()).anyMatch(a -> a.name().equals("ecs.capability.task-eni"))
        .anyMatch(a -> a.name().equals("stack") && a.value().equals("blue"));
    assertThat(client.listAttributes(r -> r.cluster("prod").targetType("container-instance")
        .attributeName("stack")).attributes()).hasSize(1);
    assertThat(client.listTagsForResource(r -> r.resourceArn(instance.containerInstanceArn())).tags())
        .containsExactly(Tag.builder().key("team").value("batch").build());
    // nothing runs there yet: the Java API sees the same instance with all its memory left
    assertThat(endpoint.ecs().ecs().describeContainerInstances(r -> r.cluster("prod")
        .containerInstances(instance.containerInstanceArn())).containerInstances().get(0).remainingResources()
        .memory()).isEqualTo(3000);
  }

  @Test
  void registeredInstancesTakeTasksThatWaitedForRoomAndSpreadOverTheirZones() {
    register("i-0aaaaaaaaaaaaaaa1", "us-east-1a");
    register("i-0bbbbbbbbbbbbbbb2", "us-east-1b");

    RunTaskResponse run = endpoint.client().runTask(r -> r.cluster("prod").taskDefinition("worker").count(4)
        .launchType(LaunchType.EC2)
        .placementStrategy(s -> s.type(PlacementStrategyType.SPREAD).field("attribute:ecs.availability-zone")));

    assertThat(run.failures()).isEmpty();
    List<String> instances = run.tasks().stream().map(t -> t.containerInstanceArn()).toList();
    assertThat(instances.stream().distinct()).hasSize(2);
    assertThat(run.tasks().stream().collect(Collectors.groupingBy(t -> t.availabilityZone(),
        Collectors.counting()))).containsEntry("us-east-1a", 2L).containsEntry("us-east-1b", 2L);
  }

  @Test
  void registeringAgainWithItsArnReturnsTheSameInstanceAndTwiceWithoutItIsRefused() {
    ContainerInstance first = register("i-0123456789abcdef0", "us-east-1a");
    ContainerInstance again = endpoint.client().registerContainerInstance(r -> r.cluster("prod")
        .instanceIdentityDocument(document("i-0123456789abcdef0", "us-east-1a"))
        .containerInstanceArn(first.containerInstanceArn())).containerInstance();

    assertThat(again.containerInstanceArn()).isEqualTo(first.containerInstanceArn());
    assertThatThrownBy(() -> register("i-0123456789abcdef0", "us-east-1a"))
        .isInstanceOf(ClientException.class).hasMessageContaining(first.containerInstanceArn());
    assertThat(endpoint.client().listContainerInstances(r -> r.cluster("prod")).containerInstanceArns())
        .hasSize(1);
  }

  @Test
  void deregisterWithForceOrphansTheTasksAndTheInstanceCanRegisterAgainAsANewOne() {
    ContainerInstance instance = register("i-0123456789abcdef0", "us-east-1a");
    endpoint.client().runTask(r -> r.cluster("prod").taskDefinition("worker").launchType(LaunchType.EC2));

    assertThatThrownBy(() -> endpoint.client().deregisterContainerInstance(r -> r.cluster("prod")
        .containerInstance(instance.containerInstanceArn()))).isInstanceOf(ClientException.class);
    ContainerInstance gone = endpoint.client().deregisterContainerInstance(r -> r.cluster("prod")
        .containerInstance(instance.containerInstanceArn()).force(true)).containerInstance();

    assertThat(gone.status()).isEqualTo("INACTIVE");
    assertThat(endpoint.client().listContainerInstances(r -> r.cluster("prod")).containerInstanceArns()).isEmpty();
    assertThatThrownBy(() -> endpoint.client().registerContainerInstance(r -> r.cluster("prod")
        .instanceIdentityDocument(document("i-0123456789abcdef0", "us-east-1a"))
        .containerInstanceArn(instance.containerInstanceArn()))).isInstanceOf(ClientException.class)
        .hasMessageContaining("INACTIVE");
    ContainerInstance back = register("i-0123456789abcdef0", "us-east-1a");
    assertThat(back.containerInstanceArn()).isNotEqualTo(instance.containerInstanceArn());
  }

  @Test
  void aBadRegistrationIsRefusedWithEcsErrorsAndRegistersNothing() {
    EcsClient client = endpoint.client();
    List<java.util.function.Consumer<RegisterContainerInstanceRequest.Builder>> bad = List.of(
        r -> r.cluster("prod").instanceIdentityDocument("not json"),
        r -> r.cluster("prod").instanceIdentityDocument("{\"instanceId\":\"i-0123456789abcdef0\"}"),
        r -> r.cluster("prod").instanceIdentityDocument(document("i-0123456789abcdef0", "us-east-1a")
            .replace("m5.large", "m5.huge")),
        r -> r.cluster("prod").instanceIdentityDocument(document("i-0123456789abcdef0", "eu-west-1a")),
        r -> r.cluster("prod").instanceIdentityDocument(document("i-0123456789abcdef0", "us-east-1a"))
            .totalResources(Resource.builder().name("CPU").type("INTEGER").integerValue(-1).build(),
                Resource.builder().name("MEMORY").type("INTEGER").integerValue(100).build()),
        r -> r.cluster("prod").instanceIdentityDocument(document("i-0123456789abcdef0", "us-east-1a"))
            .totalResources(Resource.builder().name("CPU").type("INTEGER").integerValue(100).build()),
        r -> r.cluster("prod").instanceIdentityDocument(document("i-0123456789abcdef0", "us-east-1a"))
            .platformDevices(d -> d.id("x").type("FPGA")),
        r -> r.cluster("prod").instanceIdentityDocument(document("i-0123456789abcdef0", "us-east-1a"))
            .tags(Tag.builder().key("aws:reserved").value("x").build()));
    for (var request : bad) {
      assertThatThrownBy(() -> client.registerContainerInstance(request))
          .isInstanceOfAny(InvalidParameterException.class, ClientException.class);
    }
    assertThatThrownBy(() -> client.registerContainerInstance(r -> r.cluster("prod")
        .instanceIdentityDocument(document("i-0123456789abcdef0", "us-east-1a"))
        .attributes(java.util.stream.IntStream.range(0, 11)
            .mapToObj(i -> software.amazon.awssdk.services.ecs.model.Attribute.builder().name("a" + i).build())
            .toList()))).isInstanceOf(AttributeLimitExceededException.class);
    assertThatThrownBy(() -> client.registerContainerInstance(r -> r.cluster("nowhere")
        .instanceIdentityDocument(document("i-0123456789abcdef0", "us-east-1a"))))
        .isInstanceOf(ClusterNotFoundException.class);
    assertThat(client.listContainerInstances(r -> r.cluster("prod")).containerInstanceArns()).isEmpty();
    assertThat(endpoint.ecs().events().timeline()).doesNotContain("i-0123456789abcdef0");
  }
}
