package dev.ecsdsl.control.placement;

import java.util.Objects;

/**
 * Why one container instance could not take a task, in the shape of an ECS API {@code Failure}.
 *
 * @param containerInstanceArn the instance that was rejected
 * @param reason the ECS spelling of the reason, one of {@link FailureReason#ecsName()}, e.g.
 *     {@code RESOURCE:MEMORY} or {@code MemberOf placement constraint unsatisfied.}
 * @param detail what exactly was missing, e.g. {@code needs 512 MiB memory, 256 MiB remaining}
 */
public record PlacementFailure(String containerInstanceArn, String reason, String detail) {

  /**
   * Rejects nulls.
   *
   * @param containerInstanceArn the rejected instance's ARN
   * @param reason the ECS spelling of the reason
   * @param detail what was missing
   */
  public PlacementFailure {
    Objects.requireNonNull(containerInstanceArn, "containerInstanceArn");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
