package dev.ecsdsl.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a service with the ECS deployment controller replaces its tasks. ECS API: {@code DeploymentStrategy}
 * ({@code DeploymentConfiguration.strategy}); ROLLING when unset.
 */
public enum DeploymentStrategy {
  /** Rolling update: tasks replaced within minimumHealthyPercent and maximumPercent. */
  @JsonProperty("ROLLING") ROLLING,
  /** Blue/green: a full green revision beside blue, production traffic shifted all at once. */
  @JsonProperty("BLUE_GREEN") BLUE_GREEN,
  /** Linear: production traffic shifted to green in equal steps ({@link LinearConfiguration}). */
  @JsonProperty("LINEAR") LINEAR,
  /** Canary: a share of production traffic to green, then the rest ({@link CanaryConfiguration}). */
  @JsonProperty("CANARY") CANARY;

  /** {@return whether the strategy runs a green revision beside blue and shifts traffic (all but ROLLING)} */
  public boolean shiftsTraffic() {
    return this != ROLLING;
  }
}
