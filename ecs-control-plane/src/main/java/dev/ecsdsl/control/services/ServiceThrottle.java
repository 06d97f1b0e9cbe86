package dev.ecsdsl.control.services;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.control.tasks.TaskRecord;
import dev.ecsdsl.runtime.StopCode;
import java.time.Duration;
import java.time.Instant;

/**
 * ECS's service throttle logic (developer guide, "Amazon ECS service throttle logic"): when a service's tasks
 * repeatedly fail to reach RUNNING, "the time between subsequent restart attempts is incrementally increased up
 * to a maximum of 27 minutes", with the event "is unable to consistently start tasks successfully". ECS does not
 * publish the steps; here a batch of tasks launched together counts once (also when a failure takes no time and
 * the next batch follows at the same instant), and from the third failed batch in a row the wait doubles from
 * 15 s up to 27 min. A task that reaches RUNNING or a deployment of another task definition ends the throttle.
 */
final class ServiceThrottle {
  /** Start failures in a row after which the service throttle logic delays the next launch. */
  static final int THROTTLE_AFTER = 3;
  /** The longest delay of the service throttle logic ("up to a maximum of 27 minutes"). */
  static final Duration MAX_THROTTLE = Duration.ofMinutes(27);
  /** How long the scheduler waits before it tries again to place tasks that found no place, at first. */
  static final Duration PLACEMENT_RETRY = Duration.ofSeconds(30);

  private final EventLoop loop;
  private final ServiceEvents events;
  private final Runnable requestReconcile;

  ServiceThrottle(EventLoop loop, ServiceEvents events, Runnable requestReconcile) {
    this.loop = loop;
    this.events = events;
    this.requestReconcile = requestReconcile;
  }

  /** A task of the service stopped, launched in batch {@code batch}: a failed start may throttle the service. */
  void taskStopped(ServiceRecord service, TaskRecord task, long batch) {
    if (failedToStart(task) && batch > service.lastCountedBatch) {
      service.lastCountedBatch = batch;
      service.lastCountedStartFailure = task.createdAt();
      throttle(service);
    }
  }

  /** Whether the task went from PENDING straight to STOPPED by a failure of its own (not a stop request). */
  private static boolean failedToStart(TaskRecord task) {
    StopCode code = task.stopCode().orElse(null);
    return task.startedAt().isEmpty()
        && (code == StopCode.TaskFailedToStart || code == StopCode.EssentialContainerExited);
  }

  private void throttle(ServiceRecord service) {
    int failures = ++service.consecutiveStartFailures;
    if (failures < THROTTLE_AFTER) {
      return;
    }
    Duration delay = delay(failures);
    events.record(service, "is unable to consistently start tasks successfully.");
    Instant until = loop.now().plus(delay);
    if (until.isAfter(service.retryAt)) {
      service.retryAt = until;
      loop.scheduleBackground(delay, requestReconcile);
    }
  }

  /**
   * A placement of the service found no room: the wait before the next try. The first tries come 30 s apart; a
   * service that keeps failing is throttled as one whose tasks keep failing to start (from the third failure in a
   * row, doubling up to 27 minutes), so that a service that can never place costs a try every 27 minutes, not
   * every 30 s, however long a run. A placed task, a new deployment or room added to the cluster ends it.
   */
  Duration placementFailed(ServiceRecord service) {
    int failures = ++service.consecutivePlacementFailures;
    if (failures < THROTTLE_AFTER) {
      return PLACEMENT_RETRY;
    }
    Duration delay = delay(failures);
    return delay.compareTo(PLACEMENT_RETRY) < 0 ? PLACEMENT_RETRY : delay;
  }

  /**
   * Room was added to the service's cluster (an instance registered): a throttled placement is tried again within
   * the first wait, as it would be after a single failure.
   */
  void roomAdded(ServiceRecord service) {
    if (service.consecutivePlacementFailures == 0) {
      return;
    }
    service.consecutivePlacementFailures = 0;
    Instant soon = loop.now().plus(PLACEMENT_RETRY);
    if (service.retryAt.isAfter(soon)) {
      service.retryAt = soon;
      loop.scheduleBackground(PLACEMENT_RETRY, requestReconcile);
    }
  }

  /** The throttle's wait after the given number of failed launch batches in a row. */
  static Duration delay(int failures) {
    long seconds = 15L << Math.min(Math.max(failures - THROTTLE_AFTER, 0), 16);
    return Duration.ofSeconds(Math.min(seconds, MAX_THROTTLE.toSeconds()));
  }

  /** A task of the current rollout reached RUNNING after the last counted failure: the throttle ends. */
  static boolean ends(ServiceRecord service, TaskRecord task) {
    return task.startedAt().filter(s -> s.isAfter(service.lastCountedStartFailure)).isPresent();
  }

  /** A deployment of another task definition, or a rollback, ends the throttle at once. */
  void end(ServiceRecord service) {
    service.consecutiveStartFailures = 0;
    service.consecutivePlacementFailures = 0;
    service.retryAt = loop.now();
  }
}
