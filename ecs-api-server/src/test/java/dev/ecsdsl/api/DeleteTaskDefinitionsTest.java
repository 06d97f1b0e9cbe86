package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.ecs.model.DeleteTaskDefinitionsResponse;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

/**
 * DeleteTaskDefinitions through the AWS SDK, as the API reference describes it: "You must deregister a task
 * definition revision before you delete it"; it "immediately transitions from the INACTIVE to DELETE_IN_PROGRESS";
 * existing services go on and "can still scale up or down"; no new task may use it.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteTaskDefinitions.html
 */
class DeleteTaskDefinitionsTest {
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(5, ClockMode.manual());

  @Test
  void anInactiveRevisionIsDeletedAnActiveOneOrAnUnknownOneIsAFailure() {
    EcsClient client = endpoint.client();
    client.registerTaskDefinition(r -> r.family("worker").containerDefinitions(c -> c.name("app")
        .image("worker:2").memory(256)));
    client.deregisterTaskDefinition(r -> r.taskDefinition("worker:1"));

    DeleteTaskDefinitionsResponse deleted = client.deleteTaskDefinitions(r -> r.taskDefinitions("worker:1",
        "worker:2", "worker:9"));

    assertThat(deleted.taskDefinitions()).hasSize(1);
    assertThat(deleted.taskDefinitions().get(0).status()).isEqualTo(TaskDefinitionStatus.DELETE_IN_PROGRESS);
    assertThat(deleted.failures()).hasSize(2);
    assertThat(deleted.failures().get(0).arn()).endsWith(":task-definition/worker:2");
    assertThat(deleted.failures().get(0).reason()).contains("ACTIVE");
    assertThat(deleted.failures().get(1).arn()).endsWith(":task-definition/worker:9");
    assertThat(client.describeTaskDefinition(r -> r.taskDefinition("worker:1")).taskDefinition().status())
        .isEqualTo(TaskDefinitionStatus.DELETE_IN_PROGRESS);
    assertThat(client.listTaskDefinitions(r -> r.status(TaskDefinitionStatus.DELETE_IN_PROGRESS))
        .taskDefinitionArns()).singleElement().asString().endsWith("worker:1");
    assertThat(client.listTaskDefinitions(r -> r.status(TaskDefinitionStatus.INACTIVE)).taskDefinitionArns())
        .isEmpty();
    assertThat(client.describeTaskDefinition(r -> r.taskDefinition("worker:2")).taskDefinition().status())
        .isEqualTo(TaskDefinitionStatus.ACTIVE);
  }

  @Test
  void aServiceOnADeletedRevisionGoesOnAndScalesButNoNewTaskMayUseIt() {
    EcsClient client = endpoint.client();
    client.createService(r -> r.cluster("prod").serviceName("jobs").taskDefinition("worker:1").desiredCount(1));
    endpoint.server().advance(Duration.ofMinutes(2));
    client.deregisterTaskDefinition(r -> r.taskDefinition("worker:1"));
    client.deleteTaskDefinitions(r -> r.taskDefinitions("worker:1"));

    client.updateService(r -> r.cluster("prod").service("jobs").desiredCount(2));
    endpoint.server().advance(Duration.ofMinutes(2));

    assertThat(client.describeServices(r -> r.cluster("prod").services("jobs")).services().get(0).runningCount())
        .isEqualTo(2);
    assertThatThrownBy(() -> client.runTask(r -> r.cluster("prod").taskDefinition("worker:1")))
        .isInstanceOf(ClientException.class);
    assertThatThrownBy(() -> client.createService(r -> r.cluster("prod").serviceName("more")
        .taskDefinition("worker:1").desiredCount(1))).isInstanceOf(ClientException.class);
  }

  @Test
  void aCallWithoutRevisionsOrWithMoreThanTenChangesNothing() {
    EcsClient client = endpoint.client();
    client.deregisterTaskDefinition(r -> r.taskDefinition("worker:1"));

    assertThatThrownBy(() -> client.deleteTaskDefinitions(r -> r.taskDefinitions("worker:1", "worker")))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> client.deleteTaskDefinitions(r -> r.taskDefinitions(java.util.Collections.nCopies(11,
        "worker:1")))).isInstanceOf(InvalidParameterException.class);
    assertThat(client.describeTaskDefinition(r -> r.taskDefinition("worker:1")).taskDefinition().status())
        .isEqualTo(TaskDefinitionStatus.INACTIVE);
  }
}
