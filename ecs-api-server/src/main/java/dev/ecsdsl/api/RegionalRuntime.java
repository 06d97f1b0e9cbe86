package dev.ecsdsl.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One region's runtime behind the endpoint, with the lock that serves its calls one at a time (a runtime is
 * single-threaded) and the operations that call it. Regions have runtimes of their own, as AWS keeps each region's
 * ECS apart.
 */
final class RegionalRuntime {
  private final EcsRuntime runtime;
  private final boolean owned;
  /**
   * How far the clock moves in one turn of the lock: a long advance is made of such slices, and the calls that wait
   * go in between them (the lock is fair), so that a year's step holds no caller up for longer than a slice takes.
   */
  static final Duration ADVANCE_SLICE = Duration.ofMinutes(10);
  /** Fair: a caller waiting for the lock gets it before the clock's next slice. */
  private final ReentrantLock lock = new ReentrantLock(true);
  private final Operations operations;

  /** Serves a runtime that has an environment deployed. */
  RegionalRuntime(EcsRuntime runtime, boolean owned) {
    this.runtime = runtime;
    this.owned = owned;
    Environment environment = runtime.environment();
    this.operations = new Operations(runtime, new References(environment.region(), environment.accountId()));
  }

  EcsRuntime runtime() {
    return runtime;
  }

  String region() {
    return operations.references().region();
  }

  /** Whether the endpoint made this runtime (and closes it). */
  boolean owned() {
    return owned;
  }

  /** One ECS call, under the lock. */
  ObjectNode call(String operation, ObjectNode body) {
    lock.lock();
    try {
      return operations.call(operation, body);
    } finally {
      lock.unlock();
    }
  }

  /** Moves the runtime's clock, between two calls, a slice at a time (other calls run between the slices). */
  void advance(Duration duration) {
    Duration left = duration;
    do {
      Duration slice = left.compareTo(ADVANCE_SLICE) > 0 ? ADVANCE_SLICE : left;
      lock.lock();
      try {
        runtime.clock().advance(slice);
      } finally {
        lock.unlock();
      }
      left = left.minus(slice);
    } while (!left.isZero() && !left.isNegative());
  }

  /** Whether this thread holds the runtime's lock (a call or a slice of a clock step is under way on it). */
  boolean isLockedByCurrentThread() {
    return lock.isHeldByCurrentThread();
  }

  /** Waits for a call in flight to return. */
  void quiesce() {
    lock.lock();
    lock.unlock();
  }

  /** The names of the operations served. */
  java.util.Set<String> operationNames() {
    return operations.names();
  }
}
