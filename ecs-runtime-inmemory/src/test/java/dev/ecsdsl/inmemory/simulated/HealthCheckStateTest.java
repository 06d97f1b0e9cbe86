package dev.ecsdsl.inmemory.simulated;

import static dev.ecsdsl.inmemory.simulated.Fixtures.healthCheck;
import static dev.ecsdsl.inmemory.simulated.Fixtures.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsdsl.runtime.HealthStatus;
import org.junit.jupiter.api.Test;

class HealthCheckStateTest {

  @Test
  void unknownUntilTheFirstResultThatChangesIt() {
    HealthCheckState state = new HealthCheckState(healthCheck(10, 3, 0));

    assertThat(state.status()).isEqualTo(HealthStatus.UNKNOWN);
    assertThat(state.record(seconds(10), false)).isEmpty();
    assertThat(state.record(seconds(20), false)).isEmpty();
    assertThat(state.record(seconds(30), false)).contains(HealthStatus.UNHEALTHY);
    assertThat(state.record(seconds(40), false)).isEmpty();
    assertThat(state.record(seconds(50), true)).contains(HealthStatus.HEALTHY);
    assertThat(state.record(seconds(60), true)).isEmpty();
  }

  @Test
  void aPassResetsTheFailingStreak() {
    HealthCheckState state = new HealthCheckState(healthCheck(10, 2, 0));

    assertThat(state.record(seconds(10), true)).contains(HealthStatus.HEALTHY);
    assertThat(state.record(seconds(20), false)).isEmpty();
    assertThat(state.record(seconds(30), true)).isEmpty();
    assertThat(state.record(seconds(40), false)).isEmpty();
    assertThat(state.record(seconds(50), false)).contains(HealthStatus.UNHEALTHY);
  }

  @Test
  void theStartPeriodEndsAtItsLastSecond() {
    HealthCheckState state = new HealthCheckState(healthCheck(10, 1, 30));

    assertThat(state.record(seconds(30).minusMillis(1), false)).isEmpty();
    assertThat(state.record(seconds(30), false)).contains(HealthStatus.UNHEALTHY);
  }
}
