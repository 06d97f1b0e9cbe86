package dev.ecsdsl.control.placement;

import dev.ecsdsl.runtime.Failure;
import java.util.List;
import java.util.Optional;

/**
 * Where one task goes, or why it goes nowhere.
 *
 * @param containerInstanceArn the instance, on EC2; empty on Fargate and when not placed
 * @param zone the task's Availability Zone; {@code null} when not placed
 * @param eni the task's ENI (awsvpc and Fargate)
 * @param decision what placement reserved on the instance, to release when the task stops
 * @param demand what the task asked of placement ({@code null} when its subnets or capacity provider had no room
 *     before placement was asked)
 * @param failures when not placed: ECS's failures, one per rejected instance (or one for the subnets)
 * @param explanation when not placed: why, as a sentence; empty when placed
 */
public record Placed(Optional<String> containerInstanceArn, String zone, Optional<Eni> eni,
    Optional<PlacementDecision> decision, TaskDemand demand, List<Failure> failures, String explanation) {

  static Placed failed(TaskDemand demand, List<Failure> failures, String explanation) {
    return new Placed(Optional.empty(), null, Optional.empty(), Optional.empty(), demand, failures, explanation);
  }

  /** {@return whether the task found a place} */
  public boolean placed() {
    return zone != null;
  }
}
