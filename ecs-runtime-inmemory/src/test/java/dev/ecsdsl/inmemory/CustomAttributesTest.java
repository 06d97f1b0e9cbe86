package dev.ecsdsl.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.Ecs;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.runtime.Attribute;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.EcsException;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.runtime.RunTaskRequest;
import dev.ecsdsl.runtime.Task;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Custom attributes put on container instances take part in placement as an instance group's do. */
class CustomAttributesTest {
  private InMemoryEcs ecs;
  private List<String> instances;

  @BeforeEach
  void deploy() {
    ecs = InMemoryEcs.create(23);
    ecs.deploy(Ecs.environment("racks")
        .cluster("prod", c -> c.instanceGroup("hosts", g -> g.instanceType("m5.large").count(4).zones("us-east-1a")))
        .taskDefinition("worker", td -> td.container("app", a -> a.image("worker:1").memory(256)))
        .build());
    instances = ListAndDescribe.containerInstances(ecs.ecs(), "prod").stream()
        .map(ContainerInstance::containerInstanceArn).toList();
  }

  @AfterEach
  void close() {
    ecs.close();
  }

  private void rack(String value, int... indexes) {
    ecs.ecs().putAttributes(q -> q.cluster("prod").attributes(java.util.Arrays.stream(indexes)
        .mapToObj(i -> new Attribute("rack", value, instances.get(i))).toList())).attributes();
  }

  private List<Task> runSpreadByRack(int count) {
    return ecs.ecs().runTask(RunTaskRequest.builder().cluster("prod").taskDefinition("worker").count(count)
        .addPlacementStrategy(PlacementStrategy.spread("attribute:rack"), PlacementStrategy.spread("instanceId"))
        .build()).tasks();
  }

  private static Map<String, Long> perInstance(List<Task> tasks) {
    return tasks.stream().collect(Collectors.groupingBy(t -> t.containerInstanceArn().orElseThrow(),
        Collectors.counting()));
  }

  @Test
  void spreadCountsAnInstancesTasksUnderItsNewAttributeValueAfterItMoves() {
    rack("a", 0, 1);
    rack("b", 2, 3);
    assertThat(perInstance(runSpreadByRack(4))).as("one per instance, two per rack")
        .containsOnly(Map.entry(instances.get(0), 1L), Map.entry(instances.get(1), 1L),
            Map.entry(instances.get(2), 1L), Map.entry(instances.get(3), 1L));

    rack("b", 1);

    assertThat(perInstance(runSpreadByRack(2))).as("rack a holds 1 task now, rack b 3: both new ones go to a")
        .containsOnly(Map.entry(instances.get(0), 2L));
  }

  @Test
  void aMemberOfConstraintFollowsPutAndDelete() {
    RunTaskRequest gpu = RunTaskRequest.builder().cluster("prod").taskDefinition("worker")
        .addPlacementConstraints(PlacementConstraint.memberOf("attribute:rack == gpu")).build();
    assertThat(ecs.ecs().runTask(gpu).tasks()).isEmpty();

    rack("gpu", 3);
    assertThat(ecs.ecs().runTask(gpu).tasks()).singleElement()
        .satisfies(t -> assertThat(t.containerInstanceArn()).contains(instances.get(3)));
    assertThat(ecs.ecs().describeContainerInstances(q -> q.cluster("prod").containerInstances(instances.get(3)))
        .containerInstance().attributes()).containsEntry("rack", "gpu");

    ecs.ecs().deleteAttributes(q -> q.cluster("prod").attributes(List.of(new Attribute("rack", "", instances.get(3)))))
        .attributes();
    assertThat(ecs.ecs().runTask(gpu).tasks()).isEmpty();
    assertThat(ecs.ecs().listAttributes(q -> q.cluster("prod")).attributes()).extracting(Attribute::name)
        .doesNotContain("rack")
        .contains("ecs.instance-type");
  }

  @Test
  void aCallWithOneBadAttributeChangesNothing() {
    Function<List<Attribute>, EcsException> put = attributes -> org.junit.jupiter.api.Assertions.assertThrows(
        EcsException.class, () -> ecs.ecs().putAttributes(q -> q.cluster("prod").attributes(attributes)).attributes());

    assertThat(put.apply(List.of(new Attribute("rack", "a", instances.get(0)),
        new Attribute("rack", "a", "i-missing"))).errorCode()).isEqualTo("TargetNotFoundException");
    assertThat(put.apply(List.of(new Attribute("rack", " padded", instances.get(0)))).errorCode())
        .isEqualTo("InvalidParameterException");
    assertThat(put.apply(List.of(new Attribute("ecs.os-type", "windows", instances.get(0)))).errorCode())
        .isEqualTo("InvalidParameterException");
    assertThatThrownBy(() -> ecs.ecs().deleteAttributes(q -> q.cluster("prod").attributes(List
        .of(new Attribute("ecs.os-type", "",
        instances.get(0))))).attributes()).isInstanceOf(EcsException.class);

    assertThat(ecs.ecs().describeContainerInstances(q -> q.cluster("prod").containerInstances(instances.get(0)))
        .containerInstance().attributes()).doesNotContainKey("rack")
        .containsEntry("ecs.os-type", "linux");
  }
}
