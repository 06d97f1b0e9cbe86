package dev.ecsdsl.control;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.NetworkBinding;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The control plane's state of one container of a task. */
final class ContainerRecord {
  /** Where a container is; ECS shows PENDING, RUNNING or STOPPED. */
  enum State { WAITING, STARTING, RUNNING, STOPPING, STOPPED }

  final ContainerDefinition definition;
  State state = State.WAITING;
  Optional<Integer> exitCode = Optional.empty();
  Optional<String> reason = Optional.empty();
  HealthStatus health = HealthStatus.UNKNOWN;
  List<NetworkBinding> networkBindings = List.of();
  boolean everStarted;
  Instant lastStartedAt;
  /** Fires when the container has waited too long for its dependencies. */
  EventLoop.Scheduled startTimeout;

  ContainerRecord(ContainerDefinition definition) {
    this.definition = definition;
  }

  String name() {
    return definition.name();
  }

  boolean essential() {
    return definition.isEssentialOrDefault();
  }

  String lastStatus() {
    return switch (state) {
      case WAITING, STARTING -> "PENDING";
      case RUNNING, STOPPING -> "RUNNING";
      case STOPPED -> "STOPPED";
    };
  }

  boolean isRunning() {
    return state == State.RUNNING || state == State.STOPPING;
  }
}
