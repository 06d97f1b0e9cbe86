package dev.ecsdsl.junit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.cql.ClusterQuery;
import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.junit.jqwik.EcsArbitraries.InvalidTaskDefinition;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.InstanceGroup;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.TaskDefinition;
import dev.ecsdsl.runtime.ContainerInstance;
import dev.ecsdsl.runtime.ListAndDescribe;
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.Severity;
import dev.ecsdsl.validation.Validator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.domains.Domain;

/** The arbitraries make what they promise, through the domain as {@code @ForAll} parameters. */
@Domain(EcsDomain.class)
class EcsArbitrariesProperties {

  @Property(tries = 200)
  void validTaskDefinitionsPassTheValidator(@ForAll TaskDefinition taskDefinition) {
    assertThat(errors(Validator.validate(taskDefinition).problems())).isEmpty();
    assertThat(taskDefinition.containerDefinitions()).isNotEmpty().first()
        .satisfies(c -> assertThat(c.essential()).isNotEqualTo(java.util.Optional.of(false)));
  }

  @Property(tries = 200)
  void anInvalidTaskDefinitionBreaksTheRuleItNames(@ForAll InvalidTaskDefinition invalid) {
    assertThat(errors(Validator.validate(invalid.taskDefinition()).problems())).extracting(Problem::rule)
        .contains(invalid.rule());
  }

  @Property(tries = 50)
  @EcsRuntimePerTry
  void aClusterRegistersItsInstancesInItsGroupsZones(@ForAll Cluster cluster, InMemoryEcs ecs) {
    ecs.deploy(dev.ecsdsl.model.Environment.builder().name("arbitrary").addClusters(cluster).build());

    List<ContainerInstance> instances = ListAndDescribe.containerInstances(ecs.ecs(), cluster.clusterName());
    assertThat(instances).hasSize(cluster.instanceGroups().stream().mapToInt(InstanceGroup::desiredCapacity).sum());
    for (ContainerInstance instance : instances) {
      InstanceGroup group = cluster.instanceGroups().stream()
          .filter(g -> g.name().equals(instance.instanceGroup())).findFirst().orElseThrow();
      assertThat(group.availabilityZones()).contains(instance.attribute("ecs.availability-zone"));
      assertThat(instance.attribute("ecs.instance-type")).isEqualTo(group.instanceType());
    }
  }

  @Provide
  Arbitrary<Cluster> sizedClusters() {
    return EcsArbitraries.clusters().instanceTypes("m5.large", "c5.xlarge").instances(2, 4).groups(1, 1)
        .zones(2, 3);
  }

  @Property(tries = 30)
  @EcsRuntimePerTry
  void aSizedClusterAlwaysFitsWhatItWasSizedFor(@ForAll("sizedClusters") Cluster cluster, InMemoryEcs ecs) {
    assertThat(cluster.instanceGroups()).singleElement().satisfies(g -> {
      assertThat(g.instanceType()).isIn("m5.large", "c5.xlarge");
      assertThat(g.desiredCapacity()).isBetween(2, 4);
      assertThat(g.availabilityZones()).hasSizeBetween(2, 3);
    });
    ecs.deploy(dev.ecsdsl.model.Environment.builder().name("arbitrary").addClusters(cluster)
        .addTaskDefinitions(TaskDefinition.builder().family("gib").addContainerDefinitions(
            dev.ecsdsl.model.ContainerDefinition.builder().name("app").image("gib:1").memory(1024).build()).build())
        .build());

    assertThat(ecs.ecs().runTask(r -> r.cluster(cluster.clusterName()).taskDefinition("gib").count(2)).tasks())
        .as("a 1 GiB task fits every instance of a sized cluster").hasSize(2);
  }

  @Property(tries = 20)
  void clustersOverNamedZonesUseExactlyThoseZones(@ForAll("euClusters") Cluster cluster) {
    assertThat(cluster.instanceGroups()).allSatisfy(g -> assertThat(g.availabilityZones())
        .containsExactly("eu-west-1a", "eu-west-1b"));
  }

  @Provide
  Arbitrary<Cluster> euClusters() {
    return EcsArbitraries.clusters().zones("eu-west-1a", "eu-west-1b");
  }

  @Example
  void anEmptyOrReversedSizeIsRefusedSayingSo() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EcsArbitraries.clusters().instances(3, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("instances must be a range within 1..100; got 3..2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EcsArbitraries.clusters().zones(1, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("zones must be a range within 1..3; got 1..4");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EcsArbitraries.clusters().zones("eu-west-1a", "us-east-1b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zones must be zones a, b or c of one region");
  }

  @Property(tries = 300)
  void memberOfExpressionsAreClusterQueryLanguage(@ForAll PlacementConstraint constraint) {
    constraint.expression().ifPresent(expression -> {
      ClusterQuery query = ClusterQuery.parse(expression);
      assertThat(ClusterQuery.parse(query.canonical())).isEqualTo(query);
    });
  }

  @Property(tries = 100)
  void containerBehavioursAreScriptable(@ForAll ContainerBehaviour behaviour) {
    assertThat(behaviour).isNotNull();
    assertThat(behaviour.toString()).isNotBlank();
  }

  /** The ECS domain adds to jqwik's default one: built-in types and their constraints still generate. */
  @Property(tries = 50)
  void theDefaultDomainStaysBesideTheEcsOne(@ForAll Cluster cluster, @ForAll @IntRange(min = 3, max = 7) int count,
      @ForAll @StringLength(2) String tag) {
    assertThat(cluster.clusterName()).isNotBlank();
    assertThat(count).isBetween(3, 7);
    assertThat(tag).hasSize(2);
  }

  private static List<Problem> errors(List<Problem> problems) {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }
}
