package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.ecs.model.DaemonTaskDefinition;
import software.amazon.awssdk.services.ecs.model.DaemonTaskDefinitionStatus;
import software.amazon.awssdk.services.ecs.model.DaemonTaskDefinitionSummary;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.ListDaemonTaskDefinitionsResponse;

/**
 * ECS Managed Daemons' daemon task definitions through the AWS SDK for Java v2 (API reference,
 * RegisterDaemonTaskDefinition, DescribeDaemonTaskDefinition, ListDaemonTaskDefinitions, DeleteDaemonTaskDefinition).
 */
class DaemonTaskDefinitionsSdkTest {
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(31, ClockMode.manual());
  private EcsClient client;

  @BeforeEach
  void client() {
    client = endpoint.client();
  }

  private String register(String family, String image) {
    return client.registerDaemonTaskDefinition(r -> r.family(family).cpu("256").memory("512")
        .containerDefinitions(c -> c.name("agent").image(image).essential(true))
        .tags(t -> t.key("team").value("platform"))).daemonTaskDefinitionArn();
  }

  /** RegisterDaemonTaskDefinition: each call makes the family's next revision, ACTIVE. */
  @Test
  void eachRegistrationIsTheFamilysNextRevisionAndDescribesAsRegistered() {
    String first = register("log-agent", "fluent-bit:1");
    String second = register("log-agent", "fluent-bit:2");

    assertThat(first).isEqualTo("arn:aws:ecs:us-east-1:123456789012:daemon-task-definition/log-agent:1");
    assertThat(second).endsWith("daemon-task-definition/log-agent:2");
    DaemonTaskDefinition latest = client.describeDaemonTaskDefinition(r -> r.daemonTaskDefinition("log-agent"))
        .daemonTaskDefinition();
    assertThat(latest.daemonTaskDefinitionArn()).isEqualTo(second);
    assertThat(latest.revision()).isEqualTo(2);
    assertThat(latest.status()).isEqualTo(DaemonTaskDefinitionStatus.ACTIVE);
    assertThat(latest.cpu()).isEqualTo("256");
    assertThat(latest.containerDefinitions()).singleElement()
        .satisfies(c -> assertThat(c.image()).isEqualTo("fluent-bit:2"));
    assertThat(latest.registeredAt()).isNotNull();
    assertThat(client.describeDaemonTaskDefinition(r -> r.daemonTaskDefinition("log-agent:1"))
        .daemonTaskDefinition().containerDefinitions().get(0).image()).isEqualTo("fluent-bit:1");
    assertThat(client.listTagsForResource(r -> r.resourceArn(first)).tags())
        .anySatisfy(t -> assertThat(t.key()).isEqualTo("team"));
  }

  /** ListDaemonTaskDefinitions: family, familyPrefix, revision LAST_REGISTERED, sort, status, pages. */
  @Test
  void listFiltersSortsAndPages() {
    register("log-agent", "fluent-bit:1");
    register("log-agent", "fluent-bit:2");
    register("metrics-agent", "cw-agent:1");

    assertThat(arns(client.listDaemonTaskDefinitions(r -> { }))).containsExactly(
        "log-agent:1", "log-agent:2", "metrics-agent:1");
    assertThat(arns(client.listDaemonTaskDefinitions(r -> r.family("log-agent").sort("DESC"))))
        .containsExactly("log-agent:2", "log-agent:1");
    assertThat(arns(client.listDaemonTaskDefinitions(r -> r.familyPrefix("met")))).containsExactly("metrics-agent:1");
    assertThat(arns(client.listDaemonTaskDefinitions(r -> r.revision("LAST_REGISTERED"))))
        .containsExactly("log-agent:2", "metrics-agent:1");

    ListDaemonTaskDefinitionsResponse page = client.listDaemonTaskDefinitions(r -> r.maxResults(2));
    assertThat(arns(page)).hasSize(2);
    assertThat(arns(client.listDaemonTaskDefinitions(r -> r.maxResults(2).nextToken(page.nextToken()))))
        .containsExactly("metrics-agent:1");
    assertThatThrownBy(() -> client.listDaemonTaskDefinitions(r -> r.status("DELETED")))
        .isInstanceOf(InvalidParameterException.class);
  }

  /**
   * DeleteDaemonTaskDefinition: "A daemon task definition must be in an ACTIVE state to be deleted"; deleted, it
   * leaves the ACTIVE list and is no family's latest any more.
   */
  @Test
  void aDeletedRevisionIsDeleteInProgressAndCannotBeDeletedTwice() {
    String first = register("log-agent", "fluent-bit:1");
    String second = register("log-agent", "fluent-bit:2");

    assertThat(client.deleteDaemonTaskDefinition(r -> r.daemonTaskDefinition("log-agent:2"))
        .daemonTaskDefinitionArn()).isEqualTo(second);

    DaemonTaskDefinition deleted = client.describeDaemonTaskDefinition(r -> r.daemonTaskDefinition(second))
        .daemonTaskDefinition();
    assertThat(deleted.status()).isEqualTo(DaemonTaskDefinitionStatus.DELETE_IN_PROGRESS);
    assertThat(deleted.deleteRequestedAt()).isNotNull();
    assertThat(client.describeDaemonTaskDefinition(r -> r.daemonTaskDefinition("log-agent")).daemonTaskDefinition()
        .daemonTaskDefinitionArn()).as("the family's latest ACTIVE revision").isEqualTo(first);
    assertThat(arns(client.listDaemonTaskDefinitions(r -> { }))).containsExactly("log-agent:1");
    assertThat(client.listDaemonTaskDefinitions(r -> r.status("DELETE_IN_PROGRESS")).daemonTaskDefinitions())
        .singleElement().satisfies(s -> assertThat(s.arn()).isEqualTo(second));
    assertThatThrownBy(() -> client.deleteDaemonTaskDefinition(r -> r.daemonTaskDefinition(second)))
        .isInstanceOf(ClientException.class).hasMessageContaining("must be ACTIVE to be deleted");
  }

  /** A bad definition or an unknown revision is a ClientException, and registers nothing. */
  @Test
  void badDefinitionsAndUnknownRevisionsAreClientErrors() {
    assertThatThrownBy(() -> client.registerDaemonTaskDefinition(r -> r.family("bad.name")
        .containerDefinitions(c -> c.name("agent").image("a:1").memory(64))))
        .isInstanceOf(ClientException.class);
    assertThatThrownBy(() -> client.registerDaemonTaskDefinition(r -> r.family("agent")
        .containerDefinitions(c -> c.name("agent").image("a:1").memory(64), c -> c.name("agent").image("b:1")
            .memory(64))))
        .isInstanceOf(ClientException.class);
    assertThatThrownBy(() -> client.describeDaemonTaskDefinition(r -> r.daemonTaskDefinition("agent:7")))
        .isInstanceOf(ClientException.class).hasMessageContaining("does not exist");
    assertThat(client.listDaemonTaskDefinitions(r -> r.status("ALL")).daemonTaskDefinitions()).isEmpty();
  }

  private static List<String> arns(ListDaemonTaskDefinitionsResponse response) {
    return response.daemonTaskDefinitions().stream().map(DaemonTaskDefinitionSummary::arn)
        .map(a -> a.substring(a.indexOf('/') + 1)).toList();
  }
}
