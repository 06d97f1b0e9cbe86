package dev.ecsdsl.junit;

import java.util.Locale;

/** The runtime an {@link EcsTest} runs against. */
public enum RuntimeKind {
  /** Whatever the system property {@code ecs.runtime} says ({@code inmemory} or {@code docker}); in memory when unset. */
  DEFAULT,
  /** {@code InMemoryEcs}: the simulated control plane on a virtual clock. */
  IN_MEMORY,
  /** {@code DockerEcs}: the same control plane with real containers on the local Docker engine. */
  DOCKER;

  /** The system property that chooses the runtime of {@link #DEFAULT} tests. */
  public static final String PROPERTY = "ecs.runtime";

  /**
   * This kind, with {@link #DEFAULT} resolved through the system property.
   *
   * @return {@link #IN_MEMORY} or {@link #DOCKER}
   */
  public RuntimeKind resolve() {
    if (this != DEFAULT) {
      return this;
    }
    String value = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "", "inmemory", "in-memory", "in_memory" -> IN_MEMORY;
      case "docker" -> DOCKER;
      default -> throw new IllegalArgumentException(
          "-D" + PROPERTY + "=" + value + " names no runtime: use inmemory or docker");
    };
  }
}
