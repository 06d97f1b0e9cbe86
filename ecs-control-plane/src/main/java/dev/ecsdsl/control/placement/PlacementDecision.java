package dev.ecsdsl.control.placement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of placing one task.
 *
 * @param containerInstanceArn the chosen instance; empty when the task could not be placed
 * @param dynamicTcpHostPorts the TCP host ports picked for the task's dynamic port mappings, in
 *     the order the mappings were counted; empty when not placed
 * @param dynamicUdpHostPorts likewise for UDP
 * @param failures when not placed: one entry per rejected instance, in registration order
 *     (DRAINING instances are left out, as ECS does); empty when placed
 * @param explanation readable: where the task went, or why nothing fitted, e.g. {@code no container
 *     instance met all requirements: 3 lacked memory, 1 was DRAINING; closest instance i-0abc
 *     lacked 256 MiB memory}
 * @param allocation what was reserved, to hand back to {@link ClusterPlacement#release(Allocation)}
 *     when the task stops; present exactly when placed
 */
public record PlacementDecision(
    Optional<String> containerInstanceArn,
    List<Integer> dynamicTcpHostPorts,
    List<Integer> dynamicUdpHostPorts,
    List<PlacementFailure> failures,
    String explanation,
    Optional<Allocation> allocation) {

  /**
   * Copies the lists; rejects nulls and an allocation that disagrees with the other members.
   *
   * @param containerInstanceArn the chosen instance, or empty
   * @param dynamicTcpHostPorts the TCP host ports picked, copied
   * @param dynamicUdpHostPorts the UDP host ports picked, copied
   * @param failures the rejected instances, copied
   * @param explanation the readable explanation
   * @param allocation present exactly when placed, on the same instance with the same ports
   */
  public PlacementDecision {
    Objects.requireNonNull(containerInstanceArn, "containerInstanceArn");
    dynamicTcpHostPorts = List.copyOf(dynamicTcpHostPorts);
    dynamicUdpHostPorts = List.copyOf(dynamicUdpHostPorts);
    failures = List.copyOf(failures);
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(allocation, "allocation");
    if (allocation.isPresent() != containerInstanceArn.isPresent()) {
      throw new IllegalArgumentException("a decision has an allocation exactly when it is placed");
    }
  }

  static PlacementDecision placed(Allocation allocation, String explanation) {
    return new PlacementDecision(
        Optional.of(allocation.containerInstanceArn()),
        allocation.dynamicTcpHostPorts(),
        allocation.dynamicUdpHostPorts(),
        List.of(),
        explanation,
        Optional.of(allocation));
  }

  static PlacementDecision notPlaced(List<PlacementFailure> failures, String explanation) {
    return new PlacementDecision(
        Optional.empty(), List.of(), List.of(), failures, explanation, Optional.empty());
  }

  /**
   * Whether the task was placed.
   *
   * @return true when placed
   */
  public boolean placed() {
    return containerInstanceArn.isPresent();
  }
}
