package dev.ecsdsl.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeploymentCircuitBreakerTest {
  private static DeploymentCircuitBreaker breaker(ThresholdType type, int value) {
    return DeploymentCircuitBreaker.builder().enable(true).rollback(true)
        .thresholdConfiguration(ThresholdConfiguration.of(type, value)).build();
  }

  @Test
  void theDefaultThresholdIsHalfTheDesiredCountRoundedUpBetween3And200() {
    DeploymentCircuitBreaker classic = DeploymentCircuitBreaker.builder().enable(true).rollback(false).build();

    assertThat(classic.failureThreshold(1)).isEqualTo(3);
    assertThat(classic.failureThreshold(7)).isEqualTo(4);
    assertThat(classic.failureThreshold(10)).isEqualTo(5);
    assertThat(classic.failureThreshold(1000)).isEqualTo(200);
    assertThat(classic.resetOnHealthyTaskOrDefault()).isTrue();
  }

  @Test
  void configuredThresholdsCountAsTheirTypeSays() {
    assertThat(breaker(ThresholdType.COUNT, 2).failureThreshold(100)).isEqualTo(2);
    assertThat(breaker(ThresholdType.UNBOUNDED_PERCENT, 50).failureThreshold(1000)).isEqualTo(500);
    assertThat(breaker(ThresholdType.UNBOUNDED_PERCENT, 10).failureThreshold(1)).isEqualTo(1);
    assertThat(breaker(ThresholdType.BOUNDED_PERCENT, 10).failureThreshold(10)).isEqualTo(3);
  }
}
