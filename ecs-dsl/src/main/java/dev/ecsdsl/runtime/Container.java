package dev.ecsdsl.runtime;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A snapshot of one container of a task. ECS API: {@code Container}. */
@Value.Immutable
public interface Container {
  /** {@return the container's name in the task definition} */
  String name();

  /** {@return the image it runs} */
  String image();

  /** {@return PENDING, RUNNING or STOPPED} */
  ContainerStatus lastStatus();

  /** {@return its exit code, once it exited} */
  Optional<Integer> exitCode();

  /**
   * Why it stopped when that was not its own doing, e.g. {@code OutOfMemoryError: Container killed due to
   * memory usage}.
   *
   * @return the reason; empty while running or when the container exited by itself
   */
  Optional<String> reason();

  /** {@return its health, UNKNOWN without a health check or before the first result} */
  HealthStatus healthStatus();

  /** {@return whether the task stops when it exits} */
  boolean essential();

  /** {@return the host ports bound to it (bridge and host network modes)} */
  List<NetworkBinding> networkBindings();

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Container}. */
  class Builder extends ImmutableContainer.Builder {}
}
