package dev.ecsdsl.junit;

import com.github.dockerjava.api.DockerClient;
import dev.ecsdsl.docker.DockerEcs;
import dev.ecsdsl.docker.engine.DockerEngine;
import dev.ecsdsl.model.Environment;
import dev.ecsdsl.runtime.EcsRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Everything the extension does with the Docker runtime, in one class that is loaded only once
 * {@link OptionalModule#DOCKER} is known to be present.
 */
final class DockerSupport {
  private static volatile Optional<String> unavailable;

  private DockerSupport() {}

  static EcsRuntime create(long seed) {
    return DockerEcs.create(seed);
  }

  static Class<?> runtimeClass() {
    return DockerEcs.class;
  }

  /** Aborts the test unless the engine holds every image of {@code environment}. */
  static void requireImages(EcsRuntime runtime, Environment environment) {
    if (runtime instanceof DockerEcs docker) {
      LocalImages.requirePresent(docker.docker(), environment);
    }
  }

  /** Why the description cannot run without pulls, if it cannot. */
  static Optional<String> missingImages(Environment environment) {
    try (DockerClient docker = DockerEngine.connect()) {
      return LocalImages.missing(docker, environment);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why no engine answers, if none does; asked once per JVM: an engine does not appear mid-run. */
  static Optional<String> unavailableReason() {
    Optional<String> known = unavailable;
    if (known == null) {
      known = DockerEngine.unavailableReason();
      unavailable = known;
    }
    return known;
  }
}
