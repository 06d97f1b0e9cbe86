package dev.ecsdsl.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsdsl.examples.ShopEnvironment;
import dev.ecsdsl.inmemory.InMemoryEcs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the tour moves time: phases, samples at every step, and a service that never settles. */
class TourRecorderTest {
  private static final ServiceRef ORDERS = new ServiceRef("shop-workers", "orders");

  @Test
  void passSamplesTheWatchedServicesAtEveryStepAndPhasesHoldTheirEvents() {
    try (InMemoryEcs ecs = InMemoryEcs.create(1)) {
      TourRecorder rec = deployTheShop(ecs);
      rec.pass(Duration.ofMinutes(1));
      rec.phase("quiet", "nothing");

      TourRecording recording = rec.finish("inmemory", 1, Optional.empty());

      Instant start = recording.start();
      assertThat(recording.samples()).extracting(s -> Duration.between(start, s.at()).toSeconds())
          .containsExactly(0L, 15L, 30L, 45L, 60L);
      assertThat(recording.samples().get(0).desired()).isEqualTo(6);
      assertThat(recording.phases()).extracting(Phase::name).containsExactly("deploy", "quiet");
      assertThat(recording.eventsOf(recording.phases().get(0))).isNotEmpty();
      assertThat(recording.eventsOf(recording.phases().get(1))).isEmpty();
    }
  }

  @Test
  void aServiceThatNeverSettlesEndsTheTourWithWhereItStood() {
    // the orders' migrate container is not scripted to exit, so its workers (dependsOn SUCCESS) never start
    try (InMemoryEcs ecs = InMemoryEcs.create(1)) {
      TourRecorder rec = deployTheShop(ecs);

      assertThatThrownBy(() -> rec.awaitSteady("shop-workers", "orders", Duration.ofMinutes(5)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("service orders was not steady after PT5M (desired 6, running 0, pending 6;");
    }
  }

  /** A recorder watching the orders, in a phase "deploy" in which the shop was deployed. */
  private static TourRecorder deployTheShop(InMemoryEcs ecs) {
    TourRecorder rec = new TourRecorder(ecs, List.of(ORDERS), Duration.ofSeconds(15));
    rec.phase("deploy", "deploy");
    ecs.deploy(ShopEnvironment.build());
    return rec;
  }
}
