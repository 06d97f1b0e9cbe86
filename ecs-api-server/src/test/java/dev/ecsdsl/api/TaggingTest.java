package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ecs.model.Tag;

/** Tags on clusters, task definitions, tasks and services: given at creation, then tagged and untagged. */
class TaggingTest {
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(5, ClockMode.manual());
  private EcsClient client;

  @BeforeEach
  void client() {
    client = endpoint.client();
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private Map<String, String> tagsOf(String arn) {
    return client.listTagsForResource(r -> r.resourceArn(arn)).tags().stream()
        .collect(Collectors.toMap(Tag::key, Tag::value));
  }

  @Test
  void tagsGivenAtCreationAreListedForEveryKindOfResource() {
    String cluster = client.createCluster(r -> r.clusterName("batch").tags(tag("team", "data"))).cluster()
        .clusterArn();
    var registered = client.registerTaskDefinition(r -> r.family("etl").tags(tag("cost-center", "42"))
        .containerDefinitions(ContainerDefinition.builder().name("app").image("etl:1").memory(128).build()));
    String task = client.runTask(r -> r.cluster("prod").taskDefinition("etl").tags(tag("job", "nightly")))
        .tasks().get(0).taskArn();
    String service = client.createService(r -> r.cluster("prod").serviceName("etl").taskDefinition("etl")
        .desiredCount(0).tags(tag("tier", "batch"))).service().serviceArn();

    assertThat(tagsOf(cluster)).containsExactly(Map.entry("team", "data"));
    assertThat(registered.tags()).containsExactly(tag("cost-center", "42"));
    assertThat(tagsOf(registered.taskDefinition().taskDefinitionArn())).containsExactly(Map.entry("cost-center", "42"));
    assertThat(client.describeTaskDefinition(r -> r.taskDefinition("etl:1").includeWithStrings("TAGS")).tags())
        .containsExactly(tag("cost-center", "42"));
    assertThat(tagsOf(task)).containsExactly(Map.entry("job", "nightly"));
    assertThat(client.describeTasks(r -> r.cluster("prod").tasks(task).includeWithStrings("TAGS")).tasks().get(0)
        .tags()).containsExactly(tag("job", "nightly"));
    assertThat(client.describeServices(r -> r.cluster("prod").services("etl").includeWithStrings("TAGS"))
        .services().get(0).tags()).containsExactly(tag("tier", "batch"));
    assertThat(client.describeClusters(r -> r.clusters("batch").includeWithStrings("TAGS")).clusters().get(0)
        .tags()).containsExactly(tag("team", "data"));
    assertThat(tagsOf(service)).containsExactly(Map.entry("tier", "batch"));
    assertThat(tagsOf(client.describeClusters(r -> r.clusters("prod")).clusters().get(0).clusterArn())).isEmpty();
  }

  @Test
  void tagResourceAddsAndReplacesAndUntagResourceRemoves() {
    String cluster = client.describeClusters(r -> r.clusters("prod")).clusters().get(0).clusterArn();

    client.tagResource(r -> r.resourceArn(cluster).tags(tag("env", "test"), tag("owner", "ana")));
    client.tagResource(r -> r.resourceArn(cluster).tags(tag("owner", "bo")));
    assertThat(tagsOf(cluster)).containsOnly(Map.entry("env", "test"), Map.entry("owner", "bo"));

    client.untagResource(r -> r.resourceArn(cluster).tagKeys("env", "absent"));
    assertThat(tagsOf(cluster)).containsOnly(Map.entry("owner", "bo"));
    assertThat(endpoint.ecs().ecs().listTagsForResource(r -> r.resourceArn(cluster)).tags())
        .as("the runtime keeps them")
        .containsExactly(dev.ecsdsl.model.Tag.of("owner", "bo"));
  }

  @Test
  void badTagsAndUnknownResourcesAreRefusedAndChangeNothing() {
    String cluster = client.describeClusters(r -> r.clusters("prod")).clusters().get(0).clusterArn();
    client.tagResource(r -> r.resourceArn(cluster).tags(tag("env", "test")));

    assertThatThrownBy(() -> client.tagResource(r -> r.resourceArn(cluster).tags(tag("ok", "1"),
        tag("aws:reserved", "x")))).isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> client.tagResource(r -> r.resourceArn("not-an-arn").tags(tag("a", "b"))))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> client.listTagsForResource(r -> r.resourceArn(
        cluster.replace(":cluster/prod", ":task/prod/0123456789abcdef")))).isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> client.createCluster(r -> r.clusterName("tagged").tags(tag("aws:x", "y"))))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> client.runTask(r -> r.cluster("prod").taskDefinition("worker")
        .tags(tag("", "empty key")))).isInstanceOf(InvalidParameterException.class);

    assertThat(tagsOf(cluster)).containsExactly(Map.entry("env", "test"));
    assertThat(client.listClusters().clusterArns()).noneMatch(a -> a.endsWith("/tagged"));
    assertThat(client.listTasks(r -> r.cluster("prod")).taskArns()).isEmpty();
  }
}
