package dev.ecsdsl.inmemory.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Per-second billing, rounded up, with a one-minute minimum. */
class BillingTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void anythingShorterThanAMinuteIsBilledAMinute() {
    assertThat(Billing.seconds(T0, T0)).isEqualTo(60);
    assertThat(Billing.seconds(T0, T0.plusMillis(59_200))).isEqualTo(60);
  }

  @Test
  void longerRunsAreBilledPerSecondRoundedUp() {
    assertThat(Billing.seconds(T0, T0.plusSeconds(61))).isEqualTo(61);
    assertThat(Billing.seconds(T0, T0.plusMillis(61_300))).isEqualTo(62);
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    assertThatThrownBy(() -> Billing.seconds(T0.plusSeconds(1), T0)).hasMessageContaining("before it starts");
  }
}
