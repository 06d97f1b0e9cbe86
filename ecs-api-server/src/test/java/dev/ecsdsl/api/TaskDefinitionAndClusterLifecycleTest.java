package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.ecs.model.ClusterContainsContainerInstancesException;
import software.amazon.awssdk.services.ecs.model.ClusterContainsServicesException;
import software.amazon.awssdk.services.ecs.model.ClusterContainsTasksException;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.ContainerOverride;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.NetworkConfiguration;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;
import software.amazon.awssdk.services.ecs.model.TaskOverride;

/** DeregisterTaskDefinition, DeleteCluster, StartTask and RunTask's overrides through the AWS SDK. */
class TaskDefinitionAndClusterLifecycleTest {
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(3, ClockMode.manual());
  private EcsClient client;

  @BeforeEach
  void client() {
    client = endpoint.client();
  }

  private void registerWeb(String image) {
    client.registerTaskDefinition(r -> r.family("web").containerDefinitions(ContainerDefinition.builder()
        .name("app").image(image).memory(256).build()));
  }

  @Test
  void aDeregisteredRevisionIsInactiveAndNoLongerRunsOrBacksServices() {
    registerWeb("web:1");
    registerWeb("web:2");
    client.createService(r -> r.cluster("prod").serviceName("web").taskDefinition("web:1").desiredCount(1));

    var deregistered = client.deregisterTaskDefinition(r -> r.taskDefinition("web:2")).taskDefinition();

    assertThat(deregistered.status()).isEqualTo(TaskDefinitionStatus.INACTIVE);
    assertThat(client.describeTaskDefinition(r -> r.taskDefinition("web:2")).taskDefinition().status())
        .isEqualTo(TaskDefinitionStatus.INACTIVE);
    assertThatThrownBy(() -> client.runTask(r -> r.cluster("prod").taskDefinition("web:2")))
        .isInstanceOf(ClientException.class).hasMessageStartingWith("TaskDefinition is inactive");
    assertThatThrownBy(() -> client.createService(r -> r.cluster("prod").serviceName("web2")
        .taskDefinition(deregistered.taskDefinitionArn()).desiredCount(1)))
        .isInstanceOf(ClientException.class).hasMessageStartingWith("TaskDefinition is inactive");
    assertThatThrownBy(() -> client.updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2")))
        .isInstanceOf(ClientException.class).hasMessageStartingWith("TaskDefinition is inactive");
    assertThat(client.describeServices(r -> r.cluster("prod").services("web")).services().get(0).taskDefinition())
        .as("the refused update changed nothing").endsWith("web:1");
    assertThat(client.listServices(r -> r.cluster("prod")).serviceArns()).hasSize(1);

    RunTaskResponse byFamily = client.runTask(r -> r.cluster("prod").taskDefinition("web"));
    assertThat(byFamily.tasks()).singleElement().satisfies(t ->
        assertThat(t.taskDefinitionArn()).as("a bare family is its latest ACTIVE revision").endsWith("web:1"));
    assertThat(client.listTaskDefinitions(r -> r.familyPrefix("web")).taskDefinitionArns())
        .singleElement().satisfies(a -> assertThat(a).endsWith("web:1"));
    assertThat(client.listTaskDefinitions(r -> r.familyPrefix("web").status(TaskDefinitionStatus.INACTIVE))
        .taskDefinitionArns()).containsExactly(deregistered.taskDefinitionArn());
  }

  /**
   * Issue 14, wrong answer 2: three registrations of the same definition are revisions 1, 2 and 3, each listed
   * under its own ARN; UpdateService deploys the one it names; a deregistered one is listed as INACTIVE.
   */
  @Test
  void identicalRegistrationsAreListedDeployedAndDeregisteredAsRevisionsOfTheirOwn() {
    registerWeb("web:1");
    registerWeb("web:1");
    registerWeb("web:1");
    client.createService(r -> r.cluster("prod").serviceName("web").taskDefinition("web:1").desiredCount(1));

    assertThat(client.listTaskDefinitions(r -> r.familyPrefix("web")).taskDefinitionArns())
        .extracting(a -> a.substring(a.lastIndexOf('/') + 1)).containsExactly("web:1", "web:2", "web:3");
    var updated = client.updateService(r -> r.cluster("prod").service("web").taskDefinition("web:2")).service();
    assertThat(updated.taskDefinition()).endsWith(":task-definition/web:2");
    assertThat(updated.deployments().get(0).taskDefinition()).endsWith(":task-definition/web:2");

    client.deregisterTaskDefinition(r -> r.taskDefinition("web:3"));

    assertThat(client.listTaskDefinitions(r -> r.familyPrefix("web").status(TaskDefinitionStatus.INACTIVE))
        .taskDefinitionArns()).singleElement().satisfies(a -> assertThat(a).endsWith(":task-definition/web:3"));
    assertThat(client.listTaskDefinitions(r -> r.familyPrefix("web")).taskDefinitionArns())
        .extracting(a -> a.substring(a.lastIndexOf('/') + 1)).containsExactly("web:1", "web:2");
  }

  @Test
  void anIdenticalLaterRevisionRunsUnderItsOwnArnAfterTheEarlierIsDeregistered() {
    registerWeb("web:1");
    registerWeb("web:1");
    client.deregisterTaskDefinition(r -> r.taskDefinition("web:1"));

    var task = client.runTask(r -> r.cluster("prod").taskDefinition("web:2")).tasks().get(0);

    assertThat(task.taskDefinitionArn()).endsWith(":task-definition/web:2");
  }

  @Test
  void deregisteringNeedsARevisionAndAnExistingOne() {
    registerWeb("web:1");
    assertThatThrownBy(() -> client.deregisterTaskDefinition(r -> r.taskDefinition("web")))
        .isInstanceOf(software.amazon.awssdk.services.ecs.model.InvalidParameterException.class);
    assertThatThrownBy(() -> client.deregisterTaskDefinition(r -> r.taskDefinition("web:9")))
        .isInstanceOf(ClientException.class);
    assertThat(client.describeTaskDefinition(r -> r.taskDefinition("web:1")).taskDefinition().status())
        .isEqualTo(TaskDefinitionStatus.ACTIVE);
    assertThat(client.listTaskDefinitionFamilies(r -> r.status("INACTIVE")).families()).isEmpty();
  }

  @Test
  void deleteClusterIsRefusedWhileItHoldsInstancesServicesOrTasks() {
    assertThatThrownBy(() -> client.deleteCluster(r -> r.cluster("prod")))
        .isInstanceOf(ClusterContainsContainerInstancesException.class);

    client.createCluster(r -> r.clusterName("jobs"));
    client.registerTaskDefinition(r -> r.family("job").networkMode("awsvpc").requiresCompatibilitiesWithStrings("FARGATE")
        .cpu("256").memory("512").containerDefinitions(ContainerDefinition.builder().name("app").image("job:1")
            .build()));
    String subnet = endpoint.ecs().environment().vpc().subnets().get(0).subnetId();
    NetworkConfiguration network = NetworkConfiguration.builder().awsvpcConfiguration(a -> a.subnets(subnet)
        .assignPublicIp(AssignPublicIp.ENABLED)).build();
    String task = client.runTask(r -> r.cluster("jobs").taskDefinition("job").launchType("FARGATE")
        .networkConfiguration(network)).tasks().get(0).taskArn();
    assertThatThrownBy(() -> client.deleteCluster(r -> r.cluster("jobs")))
        .isInstanceOf(ClusterContainsTasksException.class)
        .hasMessageStartingWith("The Cluster cannot be deleted while Tasks are active.");
    client.stopTask(r -> r.cluster("jobs").task(task));
    endpoint.server().advance(Duration.ofMinutes(2));
    client.createService(r -> r.cluster("jobs").serviceName("idle").taskDefinition("job").desiredCount(0)
        .launchType("FARGATE").networkConfiguration(network));
    assertThatThrownBy(() -> client.deleteCluster(r -> r.cluster("jobs")))
        .isInstanceOf(ClusterContainsServicesException.class);
    client.deleteService(r -> r.cluster("jobs").service("idle"));
    endpoint.server().advance(Duration.ofMinutes(1));

    var deleted = client.deleteCluster(r -> r.cluster("jobs")).cluster();

    assertThat(deleted.status()).isEqualTo("INACTIVE");
    assertThat(client.listClusters().clusterArns()).noneMatch(a -> a.endsWith("/jobs"));
    assertThat(client.describeClusters(r -> r.clusters("jobs")).failures()).singleElement()
        .satisfies(f -> assertThat(f.reason()).isEqualTo("MISSING"));
    assertThat(client.createCluster(r -> r.clusterName("jobs")).cluster().status())
        .as("the name can be used again").isEqualTo("ACTIVE");
  }

  @Test
  void startTaskRunsOneTaskOnEachNamedInstanceAndReportsTheMissingOnes() {
    List<String> instances = client.listContainerInstances(r -> r.cluster("prod")).containerInstanceArns();

    var response = client.startTask(r -> r.cluster("prod").taskDefinition("worker")
        .containerInstances(instances.get(2), instances.get(2), "0000000000000000000000000000dead"));

    assertThat(response.tasks()).hasSize(2).allSatisfy(t ->
        assertThat(t.containerInstanceArn()).isEqualTo(instances.get(2)));
    assertThat(response.failures()).singleElement().satisfies(f -> {
      assertThat(f.reason()).isEqualTo("MISSING");
      assertThat(f.arn()).endsWith("dead");
    });
  }

  @Test
  void runTaskOverridesReachPlacementAndTheTask() {
    TaskOverride bigger = TaskOverride.builder().containerOverrides(ContainerOverride.builder().name("app")
        .memory(2048).cpu(512).command("sh", "-c", "echo hi")
        .environment(KeyValuePair.builder().name("MODE").value("batch").build()).build()).build();

    var task = client.runTask(r -> r.cluster("prod").taskDefinition("worker").overrides(bigger)).tasks().get(0);

    assertThat(task.memory()).isEqualTo("2048");
    assertThat(task.cpu()).isEqualTo("512");
    TaskOverride huge = TaskOverride.builder().containerOverrides(ContainerOverride.builder().name("app")
        .memory(64_000).build()).build();
    assertThat(client.runTask(r -> r.cluster("prod").taskDefinition("worker").overrides(huge)).failures())
        .isNotEmpty().allSatisfy(f -> assertThat(f.reason()).isEqualTo("RESOURCE:MEMORY"));
    assertThatThrownBy(() -> client.runTask(r -> r.cluster("prod").taskDefinition("worker").overrides(
        TaskOverride.builder().containerOverrides(ContainerOverride.builder().name("nope").build()).build())))
        .isInstanceOf(software.amazon.awssdk.services.ecs.model.InvalidParameterException.class);
  }
}
