package dev.ecsdsl.junit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ecsdsl.junit.jqwik.EcsArbitraries.InstanceGroupSpec;
import dev.ecsdsl.junit.jqwik.EcsArbitraries.ServiceSpec;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import java.util.stream.Collectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Failing properties shrink to the plainest description that still fails, printed readably. */
class ShrinkingTest {

  @Test
  void anInstanceGroupShrinksToTwoOfTheSmallestInstancesInOneZone() {
    assertThat(failureOf(GroupsAreSingletons.class))
        .contains("InstanceGroupSpec[instanceType=t3.micro, count=2, zones=[us-east-1a], stack=null]");
  }

  @Test
  void aServiceShrinksToTheOneChoiceThatFails() {
    assertThat(failureOf(ServicesNeverSpread.class)).contains("ServiceSpec[desiredCount=0, strategies=[PlacementStrategy{"
        + "type=SPREAD, field=attribute:ecs.availability-zone}], distinctInstance=false, minimumHealthyPercent=100,"
        + " maximumPercent=200, circuitBreaker=false]");
  }

  private static String failureOf(Class<?> properties) {
    var results = EngineTestKit.engine("jqwik").selectors(selectClass(properties))
        .configurationParameter("jqwik.reporting.usejunitplatform", "true").execute();
    results.testEvents().assertStatistics(s -> s.failed(1));
    // jqwik reports the shrunk sample in a report entry, next to the failure
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().toString())
        .collect(Collectors.joining("\n"));
  }

  static class GroupsAreSingletons {
    @Property(seed = "42", shrinking = ShrinkingMode.FULL)
    void aGroupHasOneInstance(@ForAll("groups") InstanceGroupSpec group) {
      assertThat(group.count()).isEqualTo(1);
    }

    @Provide
    Arbitrary<InstanceGroupSpec> groups() {
      return EcsArbitraries.instanceGroups();
    }
  }

  static class ServicesNeverSpread {
    @Property(seed = "42", shrinking = ShrinkingMode.FULL)
    void noServiceSpreadsOverZones(@ForAll("services") ServiceSpec service) {
      assertThat(service.strategies()).noneMatch(s -> s.field().orElse("").equals("attribute:ecs.availability-zone"));
    }

    @Provide
    Arbitrary<ServiceSpec> services() {
      return EcsArbitraries.serviceSpecs();
    }
  }
}
