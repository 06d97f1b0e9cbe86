package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AccessDeniedException;
import software.amazon.awssdk.services.ecs.model.ClusterNotFoundException;
import software.amazon.awssdk.services.ecs.model.NamespaceNotFoundException;
import software.amazon.awssdk.services.ecs.model.NoUpdateAvailableException;

/**
 * Through the AWS SDK: the agent's operations answered as ECS answers a caller that is not an agent,
 * DeregisterContainerInstance, and
 * ListServicesByNamespace (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListServicesByNamespace.html)
 * over clusters, with a service's own namespace and the cluster's serviceConnectDefaults.
 */
class AgentAndNamespaceOperationsTest {
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(5, ClockMode.manual(), Ecs.environment("mesh")
      .namespace("shop").namespace("other")
      .cluster("prod", c -> c.fargateCapacityProviders().instanceGroup("hosts", g -> g.instanceType("m5.large")
          .count(1).zones("us-east-1a")))
      .cluster("edge", c -> c.fargateCapacityProviders().serviceConnectDefaults("shop"))
      .taskDefinition("api", td -> td.container("app", a -> a.image("api:1").memory(256)))
      .service("orders", s -> s.cluster("prod").taskDefinition("api").desiredCount(0)
          .serviceConnect(sc -> sc.namespace("shop")))
      .service("gateway", s -> s.cluster("edge").taskDefinition("api").desiredCount(0)
          .serviceConnect(sc -> { }))
      .service("billing", s -> s.cluster("prod").taskDefinition("api").desiredCount(0)
          .serviceConnect(sc -> sc.namespace("other")))
      .service("plain", s -> s.cluster("prod").taskDefinition("api").desiredCount(0))
      .build());

  @Test
  void listServicesByNamespaceFindsTheServicesOfEveryClusterThatJoinIt() {
    EcsClient client = endpoint.client();

    assertThat(client.listServicesByNamespace(r -> r.namespace("shop")).serviceArns()).containsExactlyInAnyOrder(
        "arn:aws:ecs:us-east-1:123456789012:service/prod/orders",
        "arn:aws:ecs:us-east-1:123456789012:service/edge/gateway");
    assertThat(client.listServicesByNamespace(r -> r.namespace("other")).serviceArns()).containsExactly(
        "arn:aws:ecs:us-east-1:123456789012:service/prod/billing");
    var page = client.listServicesByNamespace(r -> r.namespace("shop").maxResults(1));
    assertThat(page.serviceArns()).hasSize(1);
    assertThat(client.listServicesByNamespace(r -> r.namespace("shop").nextToken(page.nextToken())).serviceArns())
        .hasSize(1).doesNotContainAnyElementsOf(page.serviceArns());
    assertThatThrownBy(() -> client.listServicesByNamespace(r -> r.namespace("nope")))
        .isInstanceOf(NamespaceNotFoundException.class);
  }

  @Test
  void theAgentsOperationsAnswerAsEcsAnswersACallerThatIsNotAnAgent() {
    EcsClient client = endpoint.client();
    String instance = client.listContainerInstances(r -> r.cluster("prod")).containerInstanceArns().get(0);

    assertThat(client.discoverPollEndpoint(r -> r.cluster("prod").containerInstance(instance)).endpoint())
        .isEqualTo("https://ecs-a-1.us-east-1.amazonaws.com/");
    assertThatThrownBy(() -> client.updateContainerAgent(r -> r.cluster("prod").containerInstance(instance)))
        .isInstanceOf(NoUpdateAvailableException.class);
    assertThatThrownBy(() -> client.updateContainerAgent(r -> r.cluster("nope").containerInstance(instance)))
        .isInstanceOf(ClusterNotFoundException.class);
    assertThatThrownBy(() -> client.submitTaskStateChange(r -> r.cluster("prod").status("RUNNING")))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("container agent");
    assertThatThrownBy(() -> client.submitContainerStateChange(r -> r.cluster("prod")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> client.submitAttachmentStateChanges(r -> r.cluster("prod")
        .attachments(a -> a.attachmentArn("arn:aws:ecs:us-east-1:123456789012:attachment/x").status("ATTACHED"))))
        .isInstanceOf(AccessDeniedException.class);
  }

  /** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeregisterContainerInstance.html */
  @Test
  void deregisterContainerInstanceRefusesAnInstanceWithTasksUnlessForced() {
    EcsClient client = endpoint.client();
    String instance = client.listContainerInstances(r -> r.cluster("prod")).containerInstanceArns().get(0);
    client.runTask(r -> r.cluster("prod").taskDefinition("api").launchType("EC2"));

    assertThatThrownBy(() -> client.deregisterContainerInstance(r -> r.cluster("prod").containerInstance(instance)))
        .isInstanceOf(software.amazon.awssdk.services.ecs.model.EcsException.class);
    assertThat(client.listContainerInstances(r -> r.cluster("prod")).containerInstanceArns()).contains(instance);

    var deregistered = client.deregisterContainerInstance(r -> r.cluster("prod").containerInstance(instance)
        .force(true)).containerInstance();

    assertThat(deregistered.containerInstanceArn()).isEqualTo(instance);
    assertThat(deregistered.status()).isEqualTo("INACTIVE");
    assertThat(client.listContainerInstances(r -> r.cluster("prod")).containerInstanceArns()).doesNotContain(instance);
  }
}
