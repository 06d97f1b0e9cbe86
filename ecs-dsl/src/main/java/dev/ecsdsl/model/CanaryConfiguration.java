package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The canary of a CANARY deployment: {@code canaryPercent} of production traffic goes to the new service
 * revision, ECS waits {@code canaryBakeTimeInMinutes}, then shifts the rest at once. ECS API:
 * {@code CanaryConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCanaryConfiguration.class)
@JsonDeserialize(as = ImmutableCanaryConfiguration.class)
public interface CanaryConfiguration {
  /** ECS's default canary: 5.0 percent. */
  double DEFAULT_CANARY_PERCENT = 5.0;
  /** ECS's default canary bake time: 10 minutes. */
  int DEFAULT_CANARY_BAKE_TIME_IN_MINUTES = 10;

  /** {@return the percent of production traffic the canary gets: 0.1–100.0, a multiple of 0.1} */
  Optional<Double> canaryPercent();

  /** {@return minutes to wait with the canary before shifting the rest: 0–1440} */
  Optional<Integer> canaryBakeTimeInMinutes();

  /** {@return {@link #canaryPercent()}, ECS's default 5.0 when unset} */
  default double canaryPercentOrDefault() {
    return canaryPercent().orElse(DEFAULT_CANARY_PERCENT);
  }

  /** {@return {@link #canaryBakeTimeInMinutes()}, ECS's default 10 when unset} */
  default int canaryBakeTimeInMinutesOrDefault() {
    return canaryBakeTimeInMinutes().orElse(DEFAULT_CANARY_BAKE_TIME_IN_MINUTES);
  }

  /**
   * {@return a canary configuration}
   *
   * @param canaryPercent percent of production traffic for the canary (0.1–100.0)
   * @param canaryBakeTimeInMinutes minutes with the canary before the rest shifts (0–1440)
   */
  static CanaryConfiguration of(double canaryPercent, int canaryBakeTimeInMinutes) {
    return builder().canaryPercent(canaryPercent).canaryBakeTimeInMinutes(canaryBakeTimeInMinutes).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CanaryConfiguration}. */
  class Builder extends ImmutableCanaryConfiguration.Builder {}
}
