package dev.ecsdsl.examples;

import static dev.ecsdsl.junit.assertj.EcsAssertions.assertThat;

import dev.ecsdsl.inmemory.InMemoryEcs;
import dev.ecsdsl.inmemory.simulated.ContainerBehaviour;
import dev.ecsdsl.junit.Deploy;
import dev.ecsdsl.junit.EcsTest;
import dev.ecsdsl.junit.Service;
import dev.ecsdsl.junit.ServiceHandle;
import dev.ecsdsl.model.Environment;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fails on purpose, to show what a failure looks like: the assertion's message, then the runtime's event
 * timeline and the seed. Kept out of the normal build by its tag; run it with
 * {@code mvn -pl examples verify -Dgroups=demo-failure -DexcludedGroups=none}.
 */
@Tag("demo-failure")
@EcsTest(seed = 7)
class TimelineOnFailureDemoTest {
  @Deploy Environment storefront = WebServiceRolloutTest.storefront();

  @Test
  void aRolloutOfABrokenImageIsNotWhatItSeems(@Service("web") ServiceHandle web, InMemoryEcs ecs) {
    ecs.behaviourOfImage("shop/web:2", ContainerBehaviour.becomesUnhealthyAfter(Duration.ofSeconds(30)));
    web.awaitSteady(Duration.ofHours(1));
    web.deploy("web:2");
    web.awaitSteady(Duration.ofHours(1));

    assertThat(web).runsTaskDefinition("web:2");
  }
}
