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
import dev.ecsdsl.validation.Problem;
import dev.ecsdsl.validation.Severity;
import dev.ecsdsl.validation.Validator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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

    List<ContainerInstance> instances = ecs.listContainerInstances(cluster.clusterName());
    assertThat(instances).hasSize(cluster.instanceGroups().stream().mapToInt(InstanceGroup::desiredCapacity).sum());
    for (ContainerInstance instance : instances) {
      InstanceGroup group = cluster.instanceGroups().stream()
          .filter(g -> g.name().equals(instance.instanceGroup())).findFirst().orElseThrow();
      assertThat(group.availabilityZones()).contains(instance.attribute("ecs.availability-zone"));
      assertThat(instance.attribute("ecs.instance-type")).isEqualTo(group.instanceType());
    }
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
