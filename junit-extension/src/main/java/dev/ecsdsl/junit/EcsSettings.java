package dev.ecsdsl.junit;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What an {@link EcsTest} asked for, with the system properties applied: the runtime, the seed of every
 * runtime of the class, and the Docker policies.
 *
 * @param kind {@link RuntimeKind#IN_MEMORY} or {@link RuntimeKind#DOCKER}, never {@code DEFAULT}
 * @param seed the seed
 * @param seedChosenAtRandom whether nobody gave the seed (a failure then says how to repeat the run)
 * @param disabledWithoutDocker skip rather than fail without an engine (outside CI)
 * @param pullImages whether the Docker engine may pull missing images
 */
public record EcsSettings(RuntimeKind kind, long seed, boolean seedChosenAtRandom, boolean disabledWithoutDocker,
    boolean pullImages) {
  /** The system property that fixes the seed of tests that do not give one. */
  public static final String SEED_PROPERTY = "ecs.seed";

  /**
   * Checks the kind is resolved.
   *
   * @param kind the runtime, resolved (not {@code DEFAULT})
   * @param seed the seed
   * @param seedChosenAtRandom whether the seed was picked at random
   * @param disabledWithoutDocker whether to skip without an engine
   * @param pullImages whether the engine may pull images
   */
  public EcsSettings {
    if (kind == RuntimeKind.DEFAULT) {
      throw new IllegalArgumentException("resolve RuntimeKind.DEFAULT first");
    }
  }

  /**
   * The settings of an {@code @EcsTest} annotation, or the defaults when there is none.
   *
   * @param annotation the test class's annotation, if any
   * @return the settings
   */
  public static EcsSettings of(Optional<EcsTest> annotation) {
    RuntimeKind kind = annotation.map(EcsTest::runtime).orElse(RuntimeKind.DEFAULT).resolve();
    long given = annotation.map(EcsTest::seed).orElse(EcsTest.RANDOM_SEED);
    boolean disabledWithoutDocker = annotation.map(EcsTest::disabledWithoutDocker).orElse(true);
    boolean pullImages = annotation.map(EcsTest::pullImages).orElse(false);
    if (given != EcsTest.RANDOM_SEED) {
      return new EcsSettings(kind, given, false, disabledWithoutDocker, pullImages);
    }
    Optional<Long> property = seedProperty();
    return new EcsSettings(kind, property.orElseGet(() -> ThreadLocalRandom.current().nextLong()),
        property.isEmpty(), disabledWithoutDocker, pullImages);
  }

  /**
   * These settings with another seed.
   *
   * @param newSeed the seed
   * @return a copy with that seed
   */
  public EcsSettings withSeed(long newSeed) {
    return new EcsSettings(kind, newSeed, false, disabledWithoutDocker, pullImages);
  }

  /**
   * These settings on another runtime.
   *
   * @param newKind the runtime, resolved
   * @return a copy on that runtime
   */
  public EcsSettings withKind(RuntimeKind newKind) {
    return new EcsSettings(newKind.resolve(), seed, seedChosenAtRandom, disabledWithoutDocker, pullImages);
  }

  /**
   * How to run again with this seed, for failure messages.
   *
   * @return the seed and, when it was chosen at random, the property or annotation that repeats it
   */
  public String howToRepeat() {
    return "seed " + seed + (seedChosenAtRandom ? " (chosen at random; repeat with -D" + SEED_PROPERTY + "=" + seed
        + " or @EcsTest(seed = " + seed + "L))" : "");
  }

  private static Optional<Long> seedProperty() {
    String value = System.getProperty(SEED_PROPERTY, "").trim();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + SEED_PROPERTY + "=" + value + " is not a number (a long)", e);
    }
  }
}
