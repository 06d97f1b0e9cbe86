package dev.ecsdsl.control.launch;

import dev.ecsdsl.model.LaunchType;
import java.util.Optional;

/**
 * Where one task goes: a launch type, and the capacity provider (and its instance group) if any.
 *
 * @param launchType EC2 or FARGATE
 * @param capacityProvider the capacity provider, when the call named a strategy (or the cluster has a default)
 * @param instanceGroup the instance group of an Auto Scaling group capacity provider
 */
public record LaunchTarget(LaunchType launchType, Optional<String> capacityProvider, Optional<String> instanceGroup) {

  /** {@return whether the task runs on Fargate} */
  public boolean fargate() {
    return launchType == LaunchType.FARGATE;
  }
}
