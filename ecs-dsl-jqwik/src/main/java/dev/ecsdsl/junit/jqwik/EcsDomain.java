package dev.ecsdsl.junit.jqwik;

import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.junit.jqwik.EcsArbitraries.InvalidTaskDefinition;
import dev.ecsdsl.model.Cluster;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.PlacementConstraint;
import dev.ecsdsl.model.PlacementStrategy;
import dev.ecsdsl.model.Service;
import dev.ecsdsl.model.TaskDefinition;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of ECS descriptions: with {@code @Domain(EcsDomain.class)} on a property or its class,
 * {@code @ForAll} parameters of these types draw from {@link EcsArbitraries}: {@link Cluster},
 * {@link TaskDefinition}, {@link InvalidTaskDefinition}, {@link PlacementStrategy},
 * {@link PlacementConstraint}, {@link Service}, {@link Environment} and {@link ContainerBehaviour}.
 *
 * <p>It adds to jqwik's default domain rather than replacing it (a plain {@code @Domain} would): the class
 * itself carries {@code @Domain(DomainContext.Global.class)}, so {@code @ForAll @IntRange(min = 1, max = 9) int}
 * and the other built-in types keep working beside the ECS types.
 */
@Domain(DomainContext.Global.class)
public class EcsDomain extends DomainContextBase {

  @Provide
  Arbitrary<Cluster> clusters() {
    return EcsArbitraries.clusters();
  }

  @Provide
  Arbitrary<TaskDefinition> taskDefinitions() {
    return EcsArbitraries.taskDefinitions();
  }

  @Provide
  Arbitrary<InvalidTaskDefinition> invalidTaskDefinitions() {
    return EcsArbitraries.invalidTaskDefinitions();
  }

  @Provide
  Arbitrary<PlacementStrategy> placementStrategies() {
    return EcsArbitraries.placementStrategies();
  }

  @Provide
  Arbitrary<PlacementConstraint> placementConstraints() {
    return EcsArbitraries.placementConstraints();
  }

  @Provide
  Arbitrary<Service> services() {
    return EcsArbitraries.services();
  }

  @Provide
  Arbitrary<Environment> environments() {
    return EcsArbitraries.environments();
  }

  @Provide
  Arbitrary<ContainerBehaviour> containerBehaviours() {
    return EcsArbitraries.containerBehaviours();
  }
}
