package dev.ecsdsl.inmemory.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** The same seed and the same calls give the same timeline, byte for byte, whatever the rollout. */
@Tag("service")
class TimelineProperties {

  @Provide
  Arbitrary<RolloutScenario> anyRollout() {
    return RolloutArbitraries.scenarios();
  }

  @Property(tries = 200)
  void sameSeedSameTimeline(@ForAll("anyRollout") RolloutScenario scenario) {
    Duration limit = RollingDeploymentProperties.limit(scenario);
    String first = RolloutRun.play(scenario, limit).timeline();
    String second = RolloutRun.play(scenario, limit).timeline();

    assertThat(second).as("%s", scenario).isEqualTo(first);
  }
}
