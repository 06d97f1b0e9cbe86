package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The failure threshold of a deployment circuit breaker. ECS API: {@code ThresholdConfiguration}. */
@Value.Immutable
@JsonSerialize(as = ImmutableThresholdConfiguration.class)
@JsonDeserialize(as = ImmutableThresholdConfiguration.class)
public interface ThresholdConfiguration {
  /** {@return how {@link #value()} becomes a number of failed tasks} */
  ThresholdType type();

  /** {@return a percentage of the desired count, or the count itself} */
  int value();

  /**
   * {@return a threshold}
   *
   * @param type how the value becomes a number of failed tasks
   * @param value a percentage of the desired count, or the count itself
   */
  static ThresholdConfiguration of(ThresholdType type, int value) {
    return builder().type(type).value(value).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ThresholdConfiguration}. */
  class Builder extends ImmutableThresholdConfiguration.Builder {}
}
