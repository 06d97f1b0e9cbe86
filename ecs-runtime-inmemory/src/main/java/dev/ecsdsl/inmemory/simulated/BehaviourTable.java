package dev.ecsdsl.inmemory.simulated;

import dev.ecsdsl.model.ContainerDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which {@link ContainerBehaviour} a container gets. Most specific first: task definition family and
 * container name, then container name, then the exact image, then the image's repository (a behaviour
 * given for {@code nginx} covers {@code nginx:1.27} and {@code nginx@sha256:…}, one given for {@code
 * nginx:1.27} covers only that tag), then the default. Images are compared as written: {@code nginx} and
 * {@code docker.io/library/nginx} are different keys.
 */
final class BehaviourTable {
  private final Map<FamilyContainer, ContainerBehaviour> byFamilyAndContainer = new HashMap<>();
  private final Map<String, ContainerBehaviour> byContainer = new HashMap<>();
  private final Map<String, ContainerBehaviour> byImage = new HashMap<>();
  private ContainerBehaviour fallback = ContainerBehaviour.runsUntilStopped();

  void putForFamilyAndContainer(String family, String containerName, ContainerBehaviour behaviour) {
    byFamilyAndContainer.put(new FamilyContainer(requireName(family, "family"),
        requireName(containerName, "container name")), Objects.requireNonNull(behaviour, "behaviour"));
  }

  void putForContainer(String containerName, ContainerBehaviour behaviour) {
    byContainer.put(requireName(containerName, "container name"), Objects.requireNonNull(behaviour, "behaviour"));
  }

  void putForImage(String image, ContainerBehaviour behaviour) {
    byImage.put(requireName(image, "image"), Objects.requireNonNull(behaviour, "behaviour"));
  }

  void putDefault(ContainerBehaviour behaviour) {
    fallback = Objects.requireNonNull(behaviour, "behaviour");
  }

  /**
   * The behaviour of a container: by revision and name, by family and name, by name, by image, by repository,
   * else the default.
   *
   * @param revision {@code family:revision} of the task definition (a family's key matches it when no revision
   *     has one)
   * @param container the container's definition
   * @return the behaviour
   */
  ContainerBehaviour lookUp(String revision, ContainerDefinition container) {
    ContainerBehaviour found = byFamilyAndContainer.get(new FamilyContainer(revision, container.name()));
    int colon = revision.lastIndexOf(':');
    if (found == null && colon > 0) {
      found = byFamilyAndContainer.get(new FamilyContainer(revision.substring(0, colon), container.name()));
    }
    if (found == null) {
      found = byContainer.get(container.name());
    }
    if (found == null) {
      found = byImage.get(container.image());
    }
    if (found == null) {
      found = byImage.get(ImageReference.repository(container.image()));
    }
    return found == null ? fallback : found;
  }

  private static String requireName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return name;
  }

  private record FamilyContainer(String family, String containerName) {}
}
