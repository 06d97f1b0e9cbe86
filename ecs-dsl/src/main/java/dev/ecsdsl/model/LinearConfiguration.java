package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The steps of a LINEAR deployment: production traffic moves to the new service revision in equal steps of
 * {@code stepPercent}, with {@code stepBakeTimeInMinutes} between steps (not after the step that reaches 100%).
 * ECS API: {@code LinearConfiguration}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLinearConfiguration.class)
@JsonDeserialize(as = ImmutableLinearConfiguration.class)
public interface LinearConfiguration {
  /** ECS's default step: 10.0 percent. */
  double DEFAULT_STEP_PERCENT = 10.0;
  /** ECS's default wait between steps: 6 minutes. */
  int DEFAULT_STEP_BAKE_TIME_IN_MINUTES = 6;

  /** {@return the percent of production traffic each step shifts: 3.0–100.0, a multiple of 0.1} */
  Optional<Double> stepPercent();

  /** {@return minutes to wait between steps: 0–1440} */
  Optional<Integer> stepBakeTimeInMinutes();

  /** {@return {@link #stepPercent()}, ECS's default 10.0 when unset} */
  default double stepPercentOrDefault() {
    return stepPercent().orElse(DEFAULT_STEP_PERCENT);
  }

  /** {@return {@link #stepBakeTimeInMinutes()}, ECS's default 6 when unset} */
  default int stepBakeTimeInMinutesOrDefault() {
    return stepBakeTimeInMinutes().orElse(DEFAULT_STEP_BAKE_TIME_IN_MINUTES);
  }

  /**
   * {@return a linear configuration}
   *
   * @param stepPercent percent of production traffic per step (3.0–100.0)
   * @param stepBakeTimeInMinutes minutes between steps (0–1440)
   */
  static LinearConfiguration of(double stepPercent, int stepBakeTimeInMinutes) {
    return builder().stepPercent(stepPercent).stepBakeTimeInMinutes(stepBakeTimeInMinutes).build();
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LinearConfiguration}. */
  class Builder extends ImmutableLinearConfiguration.Builder {}
}
