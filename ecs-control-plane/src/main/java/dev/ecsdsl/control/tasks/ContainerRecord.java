package dev.ecsdsl.control.tasks;

import dev.ecsdsl.control.loop.EventLoop;
import dev.ecsdsl.model.ContainerDefinition;
import dev.ecsdsl.runtime.HealthStatus;
import dev.ecsdsl.runtime.NetworkBinding;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The control plane's state of one container of a task; only the {@link TaskLifecycle} changes it. */
public final class ContainerRecord {
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

  /** {@return the container's name} */
  public String name() {
    return definition.name();
  }

  /** {@return the container's definition (overrides applied)} */
  public ContainerDefinition definition() {
    return definition;
  }

  /** {@return whether it is essential} */
  public boolean essential() {
    return definition.isEssentialOrDefault();
  }

  /** {@return PENDING, RUNNING or STOPPED, as ECS shows it} */
  public String lastStatus() {
    return switch (state) {
      case WAITING, STARTING -> "PENDING";
      case RUNNING, STOPPING -> "RUNNING";
      case STOPPED -> "STOPPED";
    };
  }

  /** {@return whether it runs now (stopping included)} */
  public boolean isRunning() {
    return state == State.RUNNING || state == State.STOPPING;
  }

  /** {@return its health as its health check last reported it} */
  public HealthStatus health() {
    return health;
  }

  /** {@return the host ports it is bound to} */
  public List<NetworkBinding> networkBindings() {
    return networkBindings;
  }

  /** {@return its exit code, once it exited} */
  public Optional<Integer> exitCode() {
    return exitCode;
  }

  /** {@return why it exited, when that was not its own doing} */
  public Optional<String> reason() {
    return reason;
  }
}
