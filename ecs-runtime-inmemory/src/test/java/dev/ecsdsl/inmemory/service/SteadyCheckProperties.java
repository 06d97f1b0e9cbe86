package dev.ecsdsl.inmemory.service;

import static dev.ecsdsl.inmemory.service.RolloutScenario.CLUSTER;
import static dev.ecsdsl.inmemory.service.RolloutScenario.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.runtime.UpdateServiceRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;

/**
 * {@link InMemoryEcs#awaitSteadyState} watches the scheduler's own steady check instead of a
 * DescribeServices after every action; the two must agree at every instant of any rollout.
 */
@Tag("service")
class SteadyCheckProperties {

  @Property(tries = 100)
  void theCheapSteadyCheckAgreesWithDescribeServicesAfterEveryAction(@ForAll("scenarios") RolloutScenario scenario) {
    try (InMemoryEcs ecs = InMemoryEcs.create(scenario.seed())) {
      ecs.behaviourOfImage(RolloutScenario.NEW_IMAGE, scenario.script().behaviour());
      ecs.deploy(scenario.environment());
      List<String> disagreements = new ArrayList<>();
      ecs.runUntil(r -> {
        check(ecs, disagreements);
        return false;
      }, Duration.ofMinutes(5));
      ecs.updateService(UpdateServiceRequest.builder().cluster(CLUSTER).service(SERVICE).taskDefinition("web:2")
          .build());
      ecs.runUntil(r -> {
        check(ecs, disagreements);
        return false;
      }, Duration.ofMinutes(20));

      assertThat(disagreements).as("%s", scenario).isEmpty();
    }
  }

  private static void check(InMemoryEcs ecs, List<String> disagreements) {
    boolean described = ecs.describeService(CLUSTER, SERVICE).isSteady();
    boolean cheap = ecs.isSteady(CLUSTER, SERVICE);
    if (described != cheap) {
      disagreements.add(ecs.now() + ": DescribeServices says " + described + ", the cheap check " + cheap);
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<RolloutScenario> scenarios() {
    return RolloutArbitraries.scenarios();
  }
}
