package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ContainerInstanceStatus;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.UpdateContainerInstancesStateResponse;

/**
 * UpdateContainerInstancesState through the AWS SDK: a DRAINING instance takes no new task and its service tasks
 * are replaced elsewhere ("Container instance draining",
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-instance-draining.html); unknown instances
 * are MISSING failures; at most 10 a call.
 */
class UpdateContainerInstancesStateTest {
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(11, ClockMode.manual());

  @Test
  void aDrainingInstanceLosesItsServiceTasksToTheOthersAndTakesNoneUntilItIsActiveAgain() {
    EcsClient client = endpoint.client();
    client.createService(r -> r.cluster("prod").serviceName("jobs").taskDefinition("worker").desiredCount(3));
    endpoint.server().advance(Duration.ofMinutes(2));
    List<String> instances = client.listContainerInstances(r -> r.cluster("prod")).containerInstanceArns();
    String drained = instances.get(0);

    UpdateContainerInstancesStateResponse response = client.updateContainerInstancesState(r -> r.cluster("prod")
        .containerInstances(drained, "0123456789abcdef0123456789abcdef").status(ContainerInstanceStatus.DRAINING));
    endpoint.server().advance(Duration.ofMinutes(5));

    assertThat(response.containerInstances()).singleElement()
        .satisfies(i -> assertThat(i.status()).isEqualTo("DRAINING"));
    assertThat(response.failures()).singleElement().satisfies(f -> {
      assertThat(f.reason()).isEqualTo("MISSING");
      assertThat(f.arn()).endsWith(":container-instance/prod/0123456789abcdef0123456789abcdef");
    });
    assertThat(client.listTasks(r -> r.cluster("prod").containerInstance(drained)).taskArns()).isEmpty();
    assertThat(client.describeServices(r -> r.cluster("prod").services("jobs")).services().get(0).runningCount())
        .isEqualTo(3);
    assertThat(client.listContainerInstances(r -> r.cluster("prod").status(ContainerInstanceStatus.DRAINING))
        .containerInstanceArns()).containsExactly(drained);

    client.updateContainerInstancesState(r -> r.cluster("prod").containerInstances(drained)
        .status(ContainerInstanceStatus.ACTIVE));
    client.runTask(r -> r.cluster("prod").taskDefinition("worker").count(6));
    assertThat(client.listTasks(r -> r.cluster("prod").containerInstance(drained)).taskArns()).isNotEmpty();
  }

  @Test
  void moreThanTenInstancesOrAStatusOtherThanActiveOrDrainingIsRefused() {
    EcsClient client = endpoint.client();
    String instance = client.listContainerInstances(r -> r.cluster("prod")).containerInstanceArns().get(0);

    assertThatThrownBy(() -> client.updateContainerInstancesState(r -> r.cluster("prod")
        .containerInstances(Collections.nCopies(11, instance)).status(ContainerInstanceStatus.DRAINING)))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> client.updateContainerInstancesState(r -> r.cluster("prod")
        .containerInstances(instance).status(ContainerInstanceStatus.DEREGISTERING)))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(client.describeContainerInstances(r -> r.cluster("prod").containerInstances(instance))
        .containerInstances().get(0).status()).isEqualTo("ACTIVE");
  }
}
