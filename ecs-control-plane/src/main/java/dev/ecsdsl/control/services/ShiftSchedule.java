package dev.ecsdsl.control.services;

import dev.ecsdsl.model.CanaryConfiguration;
import dev.ecsdsl.model.DeploymentConfiguration;
import dev.ecsdsl.model.LinearConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When a BLUE_GREEN, LINEAR or CANARY deployment moves production traffic, decided from its configuration alone:
 * green's share after each step, the wait after each step but the last, and the bake time.
 *
 * <ul>
 *   <li>BLUE_GREEN: one step to 100 % ("an immediate (all-at-once) shift", developer guide, "Amazon ECS blue/green
 *       service deployments workflow").
 *   <li>LINEAR: {@code min(100, k × stepPercent)}, {@code stepBakeTimeInMinutes} between steps, "not applied after
 *       reaching 100 percent traffic" (API reference, {@code LinearConfiguration}; developer guide, "Amazon ECS
 *       linear deployments"); a step that does not divide 100 leaves the remainder to the last step (A5).
 *   <li>CANARY: {@code canaryPercent}, then {@code canaryBakeTimeInMinutes}, then 100 % (developer guide, "Amazon
 *       ECS canary deployments").
 * </ul>
 *
 * @param steps green's production share in percent after each step, the last 100
 * @param stepBake the wait after each step that does not reach 100 %
 * @param bake {@code bakeTimeInMinutes}: blue and green both run after the last step
 */
record ShiftSchedule(List<Double> steps, Duration stepBake, Duration bake) {

  static ShiftSchedule of(DeploymentConfiguration configuration) {
    Duration bake = Duration.ofMinutes(configuration.bakeTimeInMinutes().orElse(0));
    switch (configuration.strategyOrDefault()) {
      case LINEAR -> {
        LinearConfiguration linear = configuration.linearConfiguration()
            .orElse(LinearConfiguration.builder().build());
        double step = linear.stepPercentOrDefault();
        List<Double> steps = new ArrayList<>();
        for (int k = 1; steps.isEmpty() || steps.get(steps.size() - 1) < 100.0; k++) {
          steps.add(Math.min(100.0, Math.round(k * step * 10) / 10.0));
        }
        return new ShiftSchedule(steps, Duration.ofMinutes(linear.stepBakeTimeInMinutesOrDefault()), bake);
      }
      case CANARY -> {
        CanaryConfiguration canary = configuration.canaryConfiguration()
            .orElse(CanaryConfiguration.builder().build());
        double first = canary.canaryPercentOrDefault();
        List<Double> steps = first >= 100.0 ? List.of(100.0) : List.of(first, 100.0);
        return new ShiftSchedule(steps, Duration.ofMinutes(canary.canaryBakeTimeInMinutesOrDefault()), bake);
      }
      default -> {
        return new ShiftSchedule(List.of(100.0), Duration.ZERO, bake);
      }
    }
  }
}
