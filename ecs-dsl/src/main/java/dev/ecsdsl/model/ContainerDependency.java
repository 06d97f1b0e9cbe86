package dev.ecsdsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A startup dependency on another container of the same task. ECS API: {@code ContainerDependency}. */
@Value.Immutable
@JsonSerialize(as = ImmutableContainerDependency.class)
@JsonDeserialize(as = ImmutableContainerDependency.class)
public interface ContainerDependency {
  /** {@return the container depended on} */
  @Value.Parameter
  String containerName();

  /** {@return what that container must reach first} */
  @Value.Parameter
  ContainerCondition condition();

  /**
   * {@return a dependency}
   *
   * @param containerName the container this one waits for
   * @param condition what that container must reach first (START, COMPLETE, SUCCESS or HEALTHY)
   */
  static ContainerDependency of(String containerName, ContainerCondition condition) {
    return ImmutableContainerDependency.of(containerName, condition);
  }
}
