package dev.ecsdsl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Attribute;
import software.amazon.awssdk.services.ecs.model.AttributeLimitExceededException;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.PlacementConstraint;
import software.amazon.awssdk.services.ecs.model.PlacementConstraintType;
import software.amazon.awssdk.services.ecs.model.PlacementStrategy;
import software.amazon.awssdk.services.ecs.model.PlacementStrategyType;
import software.amazon.awssdk.services.ecs.model.TargetNotFoundException;
import software.amazon.awssdk.services.ecs.model.TargetType;

/** Custom container instance attributes through the SDK, and placement that follows them. */
class AttributesTest {
  @RegisterExtension
  final SdkEndpoint endpoint = new SdkEndpoint(11, ClockMode.manual());
  private EcsClient client;
  private List<String> instances;

  @BeforeEach
  void client() {
    client = endpoint.client();
    instances = client.listContainerInstances(r -> r.cluster("prod")).containerInstanceArns();
  }

  private static Attribute attribute(String name, String value, String target) {
    return Attribute.builder().name(name).value(value).targetType(TargetType.CONTAINER_INSTANCE).targetId(target)
        .build();
  }

  private static final PlacementConstraint BLUE = PlacementConstraint.builder()
      .type(PlacementConstraintType.MEMBER_OF).expression("attribute:stack == blue").build();

  @Test
  void aTaskConstrainedToACustomAttributeLandsOnTheInstanceThatHasIt() {
    String blue = instances.get(1);
    assertThat(client.runTask(r -> r.cluster("prod").taskDefinition("worker").placementConstraints(BLUE))
        .tasks()).as("no instance has the attribute yet (placement caches what memberOf answered)").isEmpty();
    client.putAttributes(r -> r.cluster("prod").attributes(attribute("stack", "blue", blue)));

    var response = client.runTask(r -> r.cluster("prod").taskDefinition("worker").count(3)
        .placementConstraints(BLUE).placementStrategy(PlacementStrategy.builder()
            .type(PlacementStrategyType.SPREAD).field("attribute:stack").build(), PlacementStrategy.builder()
            .type(PlacementStrategyType.BINPACK).field("memory").build()));

    assertThat(response.tasks()).hasSize(3).allSatisfy(t -> assertThat(t.containerInstanceArn()).isEqualTo(blue));
    assertThat(client.listAttributes(r -> r.cluster("prod").targetType(TargetType.CONTAINER_INSTANCE)
        .attributeName("stack")).attributes()).singleElement().satisfies(a -> {
          assertThat(a.value()).isEqualTo("blue");
          assertThat(a.targetId()).isEqualTo(blue);
        });
    assertThat(client.describeContainerInstances(r -> r.cluster("prod").containerInstances(blue))
        .containerInstances().get(0).attributes()).contains(Attribute.builder().name("stack").value("blue").build());
  }

  @Test
  void afterDeleteAttributesTheConstraintNoLongerMatches() {
    client.putAttributes(r -> r.cluster("prod").attributes(attribute("stack", "blue", instances.get(0))));
    assertThat(client.runTask(r -> r.cluster("prod").taskDefinition("worker").placementConstraints(BLUE))
        .tasks()).hasSize(1);

    var deleted = client.deleteAttributes(r -> r.cluster("prod").attributes(attribute("stack", null,
        instances.get(0)))).attributes();

    assertThat(deleted).singleElement().satisfies(a -> assertThat(a.value()).isEqualTo("blue"));
    var response = client.runTask(r -> r.cluster("prod").taskDefinition("worker").placementConstraints(BLUE));
    assertThat(response.tasks()).isEmpty();
    assertThat(response.failures()).isNotEmpty();
    assertThat(client.listAttributes(r -> r.cluster("prod").targetType(TargetType.CONTAINER_INSTANCE)
        .attributeName("stack")).attributes()).isEmpty();
  }

  @Test
  void badAttributesAreRefusedWithEcsErrorsAndChangeNothing() {
    String target = instances.get(2);
    assertThatThrownBy(() -> client.putAttributes(r -> r.cluster("prod").attributes(
        attribute("stack", "blue", target), attribute("stack", "green", "i-00000000000000000"))))
        .isInstanceOf(TargetNotFoundException.class);
    assertThatThrownBy(() -> client.putAttributes(r -> r.cluster("prod").attributes(
        attribute("ecs.instance-type", "x9.huge", target)))).isInstanceOf(InvalidParameterException.class);
    List<Attribute> eleven = IntStream.range(0, 11).mapToObj(i -> attribute("a" + i, "v", target)).toList();
    assertThatThrownBy(() -> client.putAttributes(r -> r.cluster("prod").attributes(eleven)))
        .isInstanceOf(AttributeLimitExceededException.class);
    assertThatThrownBy(() -> client.listAttributes(r -> r.cluster("prod").targetType(TargetType.CONTAINER_INSTANCE)
        .attributeValue("blue"))).isInstanceOf(InvalidParameterException.class);

    assertThat(client.listAttributes(r -> r.cluster("prod").targetType(TargetType.CONTAINER_INSTANCE))
        .attributes()).noneMatch(a -> a.name().equals("stack") || a.name().startsWith("a"))
        .anyMatch(a -> a.name().equals("ecs.instance-type") && a.value().equals("m5.large"));
  }
}
