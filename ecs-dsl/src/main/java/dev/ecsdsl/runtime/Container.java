package dev.ecsdsl.runtime;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A snapshot of one container of a task. ECS API: {@code Container}. */
@Value.Immutable
public interface Container {
  /** The container's name in the task definition. */
  String name();

  /** The image it runs. */
  String image();

  /** PENDING, RUNNING or STOPPED. */
  String lastStatus();

  /** Its exit code, once it exited. */
  Optional<Integer> exitCode();

  /** Why it stopped when that was not its own doing, e.g. {@code OutOfMemoryError: Container killed due to memory usage}. */
  Optional<String> reason();

  /** Its health, UNKNOWN without a health check or before the first result. */
  HealthStatus healthStatus();

  /** Whether the task stops when it exits. */
  boolean essential();

  /** Host ports bound to it (bridge and host network modes). */
  List<NetworkBinding> networkBindings();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Container}. */
  class Builder extends ImmutableContainer.Builder {}
}
