package dev.ecsdsl.inmemory.simulated;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of pulling a task's images. The ECS agent pulls the images of a task's containers
 * concurrently (serial pulls were dropped with Docker before 1.9, amazon-ecs-agent#1549), so the task is
 * ready when the slowest pull is done, and fails when the first pull fails (on a tie, the first failing
 * container in definition order gives the reason). Every container pulls its own image, even when two
 * containers share one; with parallel pulls that changes nothing.
 *
 * @param after how long after the preparation began the outcome is known
 * @param failure the first failing pull's reason, without ECS's prefix
 */
record ImagePulls(Duration after, Optional<String> failure) {

  /** The outcome for these containers' behaviours, in definition order. */
  static ImagePulls of(List<ContainerBehaviour> containers) {
    Duration slowest = Duration.ZERO;
    ContainerBehaviour firstFailure = null;
    for (ContainerBehaviour container : containers) {
      if (container.pullTime().compareTo(slowest) > 0) {
        slowest = container.pullTime();
      }
      if (container.pullFailure().isPresent()
          && (firstFailure == null || container.pullTime().compareTo(firstFailure.pullTime()) < 0)) {
        firstFailure = container;
      }
    }
    return firstFailure == null
        ? new ImagePulls(slowest, Optional.empty())
        : new ImagePulls(firstFailure.pullTime(), firstFailure.pullFailure());
  }
}
