package dev.ecsdsl.junit.jqwik;

import dev.ecsdsl.junit.jqwik.EcsArbitraries.InstanceGroupSpec;
import dev.ecsdsl.junit.jqwik.EcsArbitraries.ServiceSpec;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.model.PlacementStrategy;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;

/** Random sequences of ECS calls and events keep ECS's rules, on a fixed shop and on arbitrary environments. */
class EcsChainsProperties {
  static final Environment SHOP = EcsArbitraries.environment(
      List.of(new InstanceGroupSpec("m5.large", 3, EcsArbitraries.ZONES, "blue"),
          new InstanceGroupSpec("t3.small", 2, List.of("us-east-1a"), null)),
      new ServiceSpec(4, List.of(PlacementStrategy.spread("attribute:ecs.availability-zone")), false, 50, 200, true),
      256);

  @Property(tries = 40)
  void theShopKeepsEcsRules(@ForAll("shop") ActionChain<EcsSystem> chain) {
    EcsInvariants.checkAll(chain).run();
  }

  @Property(tries = 25)
  void anyEnvironmentKeepsEcsRules(@ForAll("anyEnvironment") ActionChain<EcsSystem> chain) {
    EcsInvariants.checkAll(chain).run();
  }

  @Provide
  Arbitrary<ActionChain<EcsSystem>> shop() {
    return EcsChains.chains(SHOP, 11);
  }

  @Provide
  Arbitrary<ActionChain<EcsSystem>> anyEnvironment() {
    return EcsArbitraries.environments().flatMap(environment -> EcsChains.chains(environment, 3));
  }
}
