package dev.ecsdsl.control.launch;

import dev.ecsdsl.model.Compatibility;
import dev.ecsdsl.model.LaunchType;
import java.util.Optional;

/**
 * Where one task goes: a launch type, and the capacity provider (and its instance group) if any.
 *
 * @param launchType EC2, FARGATE or MANAGED_INSTANCES
 * @param capacityProvider the capacity provider, when the call named a strategy (or the cluster has a default)
 * @param instanceGroup the instance group of an Auto Scaling group capacity provider, or the name of a Managed
 *     Instances one (its instances' group)
 */
public record LaunchTarget(LaunchType launchType, Optional<String> capacityProvider, Optional<String> instanceGroup) {

  /** {@return whether the task runs on Fargate} */
  public boolean fargate() {
    return launchType == LaunchType.FARGATE;
  }

  /** {@return the compatibility a task definition needs to run here} */
  public Compatibility compatibility() {
    return switch (launchType) {
      case FARGATE -> Compatibility.FARGATE;
      case MANAGED_INSTANCES -> Compatibility.MANAGED_INSTANCES;
      default -> Compatibility.EC2;
    };
  }
}
