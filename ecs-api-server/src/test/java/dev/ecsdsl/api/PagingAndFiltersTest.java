package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.ListClustersResponse;
import software.amazon.awssdk.services.ecs.model.ListServicesResponse;
import software.amazon.awssdk.services.ecs.model.SchedulingStrategy;

/**
 * List operations page as ECS pages them (the API reference's {@code maxResults} of each) and filter by every member
 * ECS filters by, through the AWS SDK and its paginators.
 */
class PagingAndFiltersTest {
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(3, ClockMode.manual(), Ecs.environment("paging")
      .cluster("prod", c -> c.fargateCapacityProviders().instanceGroup("hosts", g -> g.instanceType("m5.large")
          .count(3).zones("us-east-1a", "us-east-1b", "us-east-1c")))
      .taskDefinition("worker", td -> td.container("app", a -> a.image("worker:1").memory(64)))
      .build());
  private EcsClient client;

  @BeforeEach
  void client() {
    client = endpoint.client();
  }

  @Test
  void listClustersPagesAHundredAtATimeAndThePaginatorReadsThemAll() {
    for (int i = 0; i < 230; i++) {
      int n = i;
      client.createCluster(r -> r.clusterName("c" + n));
    }

    ListClustersResponse first = client.listClusters(r -> { });
    ListClustersResponse second = client.listClusters(r -> r.nextToken(first.nextToken()));
    List<String> all = new ArrayList<>();
    client.listClustersPaginator(r -> { }).clusterArns().forEach(all::add);

    assertThat(first.clusterArns()).as("ECS's default page").hasSize(100);
    assertThat(first.nextToken()).isNotBlank();
    assertThat(second.clusterArns()).hasSize(100).doesNotContainAnyElementsOf(first.clusterArns());
    assertThat(all).hasSize(231).doesNotHaveDuplicates();
    assertThat(client.listClusters(r -> r.maxResults(7)).clusterArns()).hasSize(7);
  }

  @Test
  void listServicesReturnsTenByDefaultAndMaxResultsOutsideItsRangeIsRefused() {
    for (int i = 0; i < 12; i++) {
      int n = i;
      client.createService(r -> r.cluster("prod").serviceName("s" + n).taskDefinition("worker").desiredCount(0));
    }

    ListServicesResponse page = client.listServices(r -> r.cluster("prod"));
    ListServicesResponse rest = client.listServices(r -> r.cluster("prod").nextToken(page.nextToken()));

    assertThat(page.serviceArns()).as("ListServices returns up to 10 results by default").hasSize(10);
    assertThat(rest.serviceArns()).hasSize(2);
    assertThat(rest.nextToken()).isNull();
    assertThatThrownBy(() -> client.listServices(r -> r.cluster("prod").maxResults(101)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("maxResults must be from 1 to 100");
    assertThatThrownBy(() -> client.listServices(r -> r.cluster("prod").maxResults(0)))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void aTokenIsGoodOnlyForTheCallThatGaveItAndAForgedOneIsRefused() {
    for (int i = 0; i < 3; i++) {
      int n = i;
      client.createCluster(r -> r.clusterName("c" + n));
    }
    String token = client.listClusters(r -> r.maxResults(1)).nextToken();

    assertThatThrownBy(() -> client.listServices(r -> r.cluster("prod").nextToken(token)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Invalid nextToken");
    assertThatThrownBy(() -> client.listClusters(r -> r.nextToken("not-a-token!")))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Invalid nextToken");
    assertThat(client.listClusters(r -> r.maxResults(1).nextToken(token)).clusterArns()).hasSize(1);
  }

  @Test
  void listServicesFiltersByLaunchTypeAndSchedulingStrategy() {
    client.createService(r -> r.cluster("prod").serviceName("on-ec2").taskDefinition("worker").desiredCount(0)
        .launchType(LaunchType.EC2));
    client.createService(r -> r.cluster("prod").serviceName("plain").taskDefinition("worker").desiredCount(0));
    client.createService(r -> r.cluster("prod").serviceName("agent").taskDefinition("worker")
        .schedulingStrategy(SchedulingStrategy.DAEMON));

    assertThat(client.listServices(r -> r.cluster("prod").launchType(LaunchType.EC2)).serviceArns())
        .as("without a launch type or a strategy, a service runs on EC2").hasSize(3);
    assertThat(client.listServices(r -> r.cluster("prod").launchType(LaunchType.FARGATE)).serviceArns())
        .isEmpty();
    assertThat(client.listServices(r -> r.cluster("prod").schedulingStrategy(SchedulingStrategy.DAEMON))
        .serviceArns()).singleElement().asString().endsWith("/prod/agent");
  }

  @Test
  void listTasksFiltersByFamilyStartedByLaunchTypeAndStatusAndPages() {
    client.registerTaskDefinition(r -> r.family("other").containerDefinitions(ContainerDefinition.builder()
        .name("app").image("other:1").memory(64).build()));
    client.runTask(r -> r.cluster("prod").taskDefinition("worker").count(10).startedBy("nightly"));
    client.runTask(r -> r.cluster("prod").taskDefinition("other").count(2));
    String stopped = client.runTask(r -> r.cluster("prod").taskDefinition("other")).tasks().get(0).taskArn();
    client.stopTask(r -> r.cluster("prod").task(stopped));

    assertThat(client.listTasks(r -> r.cluster("prod").family("worker")).taskArns()).hasSize(10);
    assertThat(client.listTasks(r -> r.cluster("prod").startedBy("nightly").maxResults(4)).taskArns()).hasSize(4);
    assertThat(client.listTasksPaginator(r -> r.cluster("prod").maxResults(3)).taskArns().stream().count())
        .isEqualTo(12);
    assertThat(client.listTasks(r -> r.cluster("prod").launchType(LaunchType.FARGATE)).taskArns()).isEmpty();
    assertThat(client.listTasks(r -> r.cluster("prod").desiredStatus("STOPPED")).taskArns())
        .containsExactly(stopped);
  }

  @Test
  void familyPrefixIsTheWholeFamilyForListTaskDefinitionsAndAPrefixForFamilies() {
    List<String> families = List.of("web", "web-admin", "web");
    for (int i = 0; i < families.size(); i++) {
      String family = families.get(i);
      String image = family + ":" + i;
      client.registerTaskDefinition(r -> r.family(family).containerDefinitions(ContainerDefinition.builder()
          .name("app").image(image).memory(64).build()));
    }

    assertThat(client.listTaskDefinitions(r -> r.familyPrefix("web")).taskDefinitionArns())
        .as("ECS: a familyPrefix limits the list to the revisions of that family")
        .hasSize(2).allSatisfy(arn -> assertThat(arn).contains(":task-definition/web:"));
    assertThat(client.listTaskDefinitions(r -> r.familyPrefix("we")).taskDefinitionArns()).isEmpty();
    assertThat(client.listTaskDefinitionFamilies(r -> r.familyPrefix("we")).families())
        .containsExactly("web", "web-admin");
    assertThat(client.listTaskDefinitions(r -> r.sort("DESC").maxResults(1)).taskDefinitionArns())
        .singleElement().asString().endsWith(":task-definition/worker:1");
  }

  @Test
  void listContainerInstancesTakesAClusterQueryLanguageFilter() {
    assertThat(client.listContainerInstances(r -> r.cluster("prod")
        .filter("attribute:ecs.availability-zone == us-east-1b")).containerInstanceArns()).hasSize(1);
    assertThat(client.listContainerInstances(r -> r.cluster("prod").filter("attribute:ecs.instance-type =~ m5.*"))
        .containerInstanceArns()).hasSize(3);
    assertThatThrownBy(() -> client.listContainerInstances(r -> r.cluster("prod").filter("attribute:== ==")))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("filter");
  }
}
